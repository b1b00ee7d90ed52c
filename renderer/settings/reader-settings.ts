/**
 * The reader's typography (Settings → Reader): font, size, measure and line height. Pure: the
 * defaults, the choices, reading a stored value leniently field by field (a field out of range
 * or of the wrong kind falls back to its default, the others are kept), and the CSS custom
 * properties the stylesheet reads (`--reader-*` on <html>, see styles/reader.css).
 */

export const READER_FONTS = ['serif', 'sans', 'system'] as const;
export type ReaderFont = (typeof READER_FONTS)[number];

export interface ReaderSettings {
  font: ReaderFont;
  /** Text size in pixels. */
  size: number;
  /** The measure: the article's widest line, in characters (`ch`). */
  width: number;
  /** Line height, unitless. */
  lineHeight: number;
}

export const READER_DEFAULTS: Readonly<ReaderSettings> = { font: 'serif', size: 18, width: 68, lineHeight: 1.6 };

/** Each number's bounds and step, as the settings' sliders offer them. */
export const READER_LIMITS = {
  size: { min: 14, max: 28, step: 1 },
  width: { min: 45, max: 100, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.05 },
} as const;

export const READER_FONT_NAMES: Record<ReaderFont, string> = { serif: 'Serif', sans: 'Sans serif', system: 'System UI' };

/** The font stacks: the stylesheet's own variables, so a font is written once. */
const FONT_STACKS: Record<ReaderFont, string> = {
  serif: 'var(--font-read)',
  sans: "'Helvetica Neue', 'Noto Sans', 'Liberation Sans', Arial, sans-serif",
  system: 'var(--font-ui)',
};

type NumberField = keyof typeof READER_LIMITS;

function numberIn(value: unknown, field: NumberField): number {
  const { min, max } = READER_LIMITS[field];
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max ? value : READER_DEFAULTS[field];
}

/** A stored value (anything: JSON from storage, or garbage) read field by field. */
export function readReaderSettings(stored: unknown): ReaderSettings {
  const o = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  // Own fields only: nothing inherited (a prototype) counts as a setting.
  const own = (key: keyof ReaderSettings): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);
  const font = own('font');
  return {
    font: READER_FONTS.includes(font as ReaderFont) ? (font as ReaderFont) : READER_DEFAULTS.font,
    size: numberIn(own('size'), 'size'),
    width: numberIn(own('width'), 'width'),
    lineHeight: numberIn(own('lineHeight'), 'lineHeight'),
  };
}

/** A change from a control, clamped into its bounds and rounded to its step (a typed 30 is 28). */
export function withReaderChange(settings: ReaderSettings, change: Partial<ReaderSettings>): ReaderSettings {
  const next = { ...settings, ...change };
  const fit = (field: NumberField) => {
    const { min, max, step } = READER_LIMITS[field];
    const value = Number.isFinite(next[field]) ? next[field] : READER_DEFAULTS[field];
    const stepped = Math.round((Math.min(max, Math.max(min, value)) - min) / step) * step + min;
    return Number(stepped.toFixed(2));
  };
  return readReaderSettings({ font: next.font, size: fit('size'), width: fit('width'), lineHeight: fit('lineHeight') });
}

export function isDefaultReader(settings: ReaderSettings): boolean {
  return (Object.keys(READER_DEFAULTS) as (keyof ReaderSettings)[]).every((k) => settings[k] === READER_DEFAULTS[k]);
}

/** The custom properties the reader's stylesheet reads. */
export function readerStyle(settings: ReaderSettings): Record<string, string> {
  return {
    '--reader-font': FONT_STACKS[settings.font],
    '--reader-size': `${settings.size}px`,
    '--reader-measure': `${settings.width}ch`,
    '--reader-line-height': String(settings.lineHeight),
  };
}
