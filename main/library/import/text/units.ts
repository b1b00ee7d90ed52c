/**
 * Lines → units. A unit is one logical line: a line of a one-paragraph-per-line file, or a
 * hard-wrapped paragraph (e-mail, Gutenberg style) joined back together. Every later step works
 * on units, so wrapped and unwrapped files are cleaned by the same rules.
 */
import { endsLikeSentence, listItemOf, quotedTextOf } from './shape';

export interface Unit {
  text: string;
  /** Index of its first line in the text it came from (so a part of a file can be cut out exactly). */
  line?: number;
}

/**
 * Tabs, NBSP and the other wide spaces become one plain space; invisible junk goes, and so do
 * Private Use Area characters: icon-font glyphs copied with buttons ("Save", "Share").
 */
export function cleanLine(line: string): string {
  let out = line;
  if (/[\t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff\ue000-\uf8ff]/.test(out)) {
    out = out.replace(/[\u200b\ufeff\ue000-\uf8ff]/g, '').replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ');
  }
  if (out.includes('  ')) out = out.replace(/ {2,}/g, ' ');
  return out.trim();
}

/** Lines longer than this cannot come from a hard-wrapping editor or mail client. */
const WRAP_LIMIT = 120;

/**
 * Hard-wrapped text has lines under the wrap limit and many sentences broken mid-way: a line
 * not ending a sentence, followed by one starting in lower case.
 */
export function isHardWrapped(lines: readonly string[]): boolean {
  let nonEmpty = 0;
  let tooLong = 0;
  let midSentenceBreaks = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    nonEmpty++;
    if (line.length > WRAP_LIMIT) tooLong++;
    const next = lines[i + 1];
    if (next && !endsLikeSentence(line) && /^[\p{Ll}\p{N}(]/u.test(next)) midSentenceBreaks++;
  }
  if (nonEmpty < 4) return false;
  return tooLong <= nonEmpty * 0.02 && midSentenceBreaks >= Math.max(2, nonEmpty * 0.15);
}

/** The 90th-percentile line length, by counting (a file may have millions of lines). */
function widthOfWrap(lines: readonly string[]): number {
  const counts = new Array<number>(WRAP_LIMIT + 2).fill(0);
  let total = 0;
  for (const line of lines) {
    if (line === '') continue;
    counts[Math.min(line.length, WRAP_LIMIT + 1)]!++;
    total++;
  }
  let seen = 0;
  for (let length = 0; length < counts.length; length++) {
    seen += counts[length] as number;
    if (seen > total * 0.9) return length;
  }
  return WRAP_LIMIT;
}

function startsOwnBlock(line: string): boolean {
  return listItemOf(line) !== null || quotedTextOf(line) !== null;
}

/** A paragraph being re-assembled from wrapped lines; joined once, so a huge one stays linear. */
interface OpenUnit {
  parts: string[];
  line: number;
}

/** "well-" + "known" was one word before wrapping; the hyphen stays, since "well-known" may be real. */
function endsWithWordHyphen(part: string): boolean {
  return part.endsWith('-') && /\p{L}/u.test(part.charAt(part.length - 2));
}

function close(open: OpenUnit): Unit {
  const { parts } = open;
  const pieces: string[] = [parts[0] as string];
  for (let i = 1; i < parts.length; i++) {
    if (!endsWithWordHyphen(parts[i - 1] as string)) pieces.push(' ');
    pieces.push(parts[i] as string);
  }
  return { text: pieces.join(''), line: open.line };
}

export function toUnits(text: string): Unit[] {
  const lines = text.split('\n').map(cleanLine);
  const wrapped = isHardWrapped(lines);
  const shortLine = wrapped ? widthOfWrap(lines) * 0.6 : 0;
  const units: Unit[] = [];
  let open: OpenUnit | null = null;
  let previousLength = 0;
  for (const [index, line] of lines.entries()) {
    if (line === '') {
      if (open) units.push(close(open));
      open = null;
      continue;
    }
    // A line well short of the wrap width ended its paragraph (or was a heading), unless the
    // next one plainly continues the sentence.
    const continues = previousLength >= shortLine || /^\p{Ll}/u.test(line);
    if (open && wrapped && continues && !startsOwnBlock(line)) {
      open.parts.push(line);
    } else {
      if (open) units.push(close(open));
      open = { parts: [line], line: index };
    }
    previousLength = line.length;
  }
  if (open) units.push(close(open));
  return units;
}
