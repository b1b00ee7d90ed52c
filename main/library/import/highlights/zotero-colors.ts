/**
 * Zotero's annotation colours onto Commonplace's five. Zotero's reader offers eight (yellow, red,
 * green, blue, purple, magenta, orange, grey); a colour from elsewhere (an older palette, a
 * plugin) goes to the nearest of the five by hue, and a grey to the default colour.
 */
import type { HighlightColor } from '../../../contract/constants';

const ZOTERO_PALETTE: Readonly<Record<string, HighlightColor>> = {
  '#ffd400': 'yellow',
  '#ff6666': 'pink',
  '#5fb236': 'green',
  '#2ea8e5': 'blue',
  '#a28ae5': 'purple',
  '#e56eee': 'pink',
  '#f19837': 'yellow',
};

/** Hue in degrees at which each of the five sits, for colours outside Zotero's palette. */
const HUES: readonly [HighlightColor, number][] = [
  ['pink', 0],
  ['yellow', 50],
  ['green', 120],
  ['blue', 205],
  ['purple', 270],
  ['pink', 320],
  ['pink', 360],
];

function hueOf(hex: string): { hue: number; saturation: number } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  if (d === 0) return { hue: 0, saturation: 0 };
  const hue = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { hue: hue * 60, saturation: d / max };
}

/** The colour for a Zotero hex colour; undefined (the default colour) for grey or anything unreadable. */
export function colorOfZoteroHex(raw: string | undefined): HighlightColor | undefined {
  if (!raw) return undefined;
  let hex = raw.trim().toLowerCase();
  if (/^#[0-9a-f]{3}$/.test(hex)) hex = `#${[...hex.slice(1)].map((c) => c + c).join('')}`;
  if (!/^#[0-9a-f]{6}$/.test(hex)) return undefined;
  const known = ZOTERO_PALETTE[hex];
  if (known) return known;
  const { hue, saturation } = hueOf(hex);
  if (saturation < 0.2) return undefined;
  return HUES.reduce((best, entry) => (Math.abs(entry[1] - hue) < Math.abs(best[1] - hue) ? entry : best))[0];
}
