/**
 * Lines in reading order → blocks, each knowing the page it starts on. Paragraphs break at a
 * gap wider than the usual line spacing, a change of size, a new column or page (unless the
 * sentence plainly runs on: no closing punctuation, a lower-case start), and around headings.
 * Headings are lines set larger than the body text (levels by size, largest first) or short
 * bold lines at body size. A word hyphenated at a line's end is joined again.
 */
import type { Block } from '../../article';
import type { PlacedFragment } from './reading-order';

/** Larger than the body text by this share: a heading. */
const HEADING_SCALE = 1.15;
/** A bold body-size line longer than this is emphasis in the text, not a heading. */
const MAX_BOLD_HEADING = 100;
/** A gap between lines wider than this share of the usual spacing starts a new paragraph. */
const PARAGRAPH_GAP = 1.4;
const MAX_LEVEL = 4;

/** The size most characters are set in. */
export function bodySize(lines: readonly PlacedFragment[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(l.size, (chars.get(l.size) ?? 0) + l.text.length);
  let best = 0;
  let most = -1;
  for (const [size, n] of chars) if (n > most) [best, most] = [size, n];
  return best;
}

/** The usual distance between two lines of body text in one column: the most common one. */
function usualSpacing(lines: readonly PlacedFragment[], body: number): number {
  const gaps = new Map<number, number>();
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    if (a.page !== b.page || a.column !== b.column || a.size !== body || b.size !== body) continue;
    const gap = Math.round(a.y - b.y);
    // Farther apart than this is never line spacing: a paragraph break between one-line paragraphs.
    if (gap > 0 && gap <= body * 2.5) gaps.set(gap, (gaps.get(gap) ?? 0) + 1);
  }
  let best = body * 1.2;
  let most = 0;
  for (const [gap, n] of gaps) if (n > most || (n === most && gap < best)) [best, most] = [gap, n];
  return best;
}

// Tests on the last characters only: a paragraph's text grows line by line, and a regular expression anchored at its end scans it whole.
const endsSentence = (text: string): boolean => /[.!?:;"”’)\]]/.test(text.slice(-1));
const startsLower = (text: string): boolean => /^\p{Ll}/u.test(text);

/** Two lines of one paragraph as one text: a hyphen at a line's end before a lower-case word is a break in that word. */
export function joinLines(a: string, b: string): string {
  const tail = a.slice(-2);
  if (tail.endsWith('\u00ad')) return a.slice(0, -1) + b;
  if (/^\p{L}-$/u.test(tail) && startsLower(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}

interface Draft {
  kind: 'heading' | 'paragraph';
  level?: number;
  text: string;
  page: number;
  last: PlacedFragment;
}

export function toBlocks(lines: readonly PlacedFragment[]): Block[] {
  if (lines.length === 0) return [];
  const body = bodySize(lines);
  const spacing = usualSpacing(lines, body);
  const headingSizes = [...new Set(lines.filter((l) => l.size >= body * HEADING_SCALE).map((l) => l.size))].sort((a, b) => b - a);
  const levelOf = (l: PlacedFragment): number | null => {
    const rank = headingSizes.indexOf(l.size);
    if (rank !== -1) return Math.min(rank + 1, MAX_LEVEL);
    if (l.bold && l.size >= body && l.text.length <= MAX_BOLD_HEADING && !/[.,;]$/.test(l.text)) return Math.min(headingSizes.length + 1, MAX_LEVEL);
    return null;
  };
  const drafts: Draft[] = [];
  for (const line of lines) {
    const level = levelOf(line);
    const prev = drafts.at(-1);
    if (prev && continues(prev, line, level, spacing)) {
      prev.text = joinLines(prev.text, line.text);
      prev.last = line;
      continue;
    }
    drafts.push(level === null ? { kind: 'paragraph', text: line.text, page: line.page, last: line } : { kind: 'heading', level, text: line.text, page: line.page, last: line });
  }
  return drafts.map((d) => (d.kind === 'heading' ? { kind: 'heading', level: d.level, text: d.text, page: d.page } : { kind: 'paragraph', text: d.text, page: d.page }));
}

function continues(prev: Draft, line: PlacedFragment, level: number | null, spacing: number): boolean {
  const last = prev.last;
  if (prev.kind === 'heading' || level !== null) {
    // A heading set on two lines: same level, lines close together.
    return prev.kind === 'heading' && level === prev.level && last.page === line.page && last.column === line.column && last.y - line.y <= line.size * 1.6 && last.y > line.y;
  }
  if (Math.abs(last.size - line.size) > 0.5) return false;
  if (last.page !== line.page || last.column !== line.column) return !endsSentence(prev.text) && startsLower(line.text);
  const gap = last.y - line.y;
  return gap > 0 && gap <= spacing * PARAGRAPH_GAP;
}
