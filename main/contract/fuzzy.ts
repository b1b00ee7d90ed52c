/**
 * The palette's fuzzy matcher: does a query's letters appear in order in a title, and how well.
 * 'pktlbn' finds "Pakistan and the Taliban". Both sides use it (the renderer for commands and to
 * mark the matched letters, main/ for articles, notes and tags), so it is pure: no imports, no DOM.
 *
 * Scoring is a small dynamic programme over (query letter, title position): each matched letter
 * earns points, more at the start of a word (after a space or punctuation, or a camelCase hump);
 * a letter that follows the previous match directly earns a little more and keeps the bonus of
 * the run's first letter (so a whole word typed scores as a word); every skipped letter between
 * two matches costs a little. The best alignment wins, so "tal" prefers the word "Taliban" over the
 * letters scattered through "Pakistan and the…".
 */

export interface FuzzyMatch {
  score: number;
  /** Indexes (UTF-16) of the matched letters in the text, ascending. */
  positions: number[];
}

const MATCH = 16;
const BONUS_WORD_START = 12;
const BONUS_CAMEL = 10;
const BONUS_FIRST = 4;
const BONUS_CONSECUTIVE = 4;
const PENALTY_GAP_OPEN = 3;
const PENALTY_GAP_PER_CHAR = 0.5;
const PENALTY_LEADING_PER_CHAR = 0.3;
const LEADING_CAP = 12;
/** Longer texts are cut here: a title longer than this gains nothing from matching further in. */
export const FUZZY_TEXT_MAX = 300;
export const FUZZY_QUERY_MAX = 100;

const ASCII = /^[\x20-\x7e]*$/;
const MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\x00-\x7f]/g;
const LOOKALIKES: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-' };
const folded = new Map<string, string>();

function foldChar(ch: string): string {
  const known = folded.get(ch);
  if (known !== undefined) return known;
  let out = LOOKALIKES[ch] ?? ch.normalize('NFD').replace(MARKS, '').toLowerCase();
  // One output unit per input unit, so positions in the folded text are positions in the text.
  if (out.length !== 1) out = ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  folded.set(ch, out);
  return out;
}

/** Lower-cased, accents removed, curly quotes straightened; always the same length as `text`. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (ASCII.test(text)) return lower;
  // toLowerCase keeps the length for all but a few letters (İ); those go one by one.
  if (lower.length === text.length) return lower.replace(NON_ASCII, foldChar);
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out;
}

/** The query as matched: folded, without spaces (they only separate what the user typed). */
export function prepareQuery(query: string): string {
  return fold(query.slice(0, FUZZY_QUERY_MAX)).replace(/\s+/g, '');
}

const enum Kind {
  Other,
  Lower,
  Upper,
  Digit,
}

function kindOf(code: number, ch: string): Kind {
  if (code < 128) {
    if (code >= 97 && code <= 122) return Kind.Lower;
    if (code >= 65 && code <= 90) return Kind.Upper;
    if (code >= 48 && code <= 57) return Kind.Digit;
    return Kind.Other;
  }
  if (/\p{N}/u.test(ch)) return Kind.Digit;
  if (!/\p{L}/u.test(ch)) return Kind.Other;
  return ch === ch.toLowerCase() ? Kind.Lower : Kind.Upper;
}

/** The bonus for a match at `j`, from the original text (case tells camelCase humps). */
function bonusAt(text: string, j: number): number {
  if (j === 0) return BONUS_WORD_START + BONUS_FIRST;
  const prev = kindOf(text.charCodeAt(j - 1), text[j - 1]!);
  const cur = kindOf(text.charCodeAt(j), text[j]!);
  if (cur === Kind.Other) return 0;
  if (prev === Kind.Other) return BONUS_WORD_START;
  if (prev === Kind.Lower && cur === Kind.Upper) return BONUS_CAMEL;
  if ((prev === Kind.Digit) !== (cur === Kind.Digit)) return BONUS_CAMEL;
  return 0;
}

/** Whether every letter of `q` appears in `t` in order: the cheap test before scoring. */
export function isSubsequence(q: string, t: string): boolean {
  let from = 0;
  for (let i = 0; i < q.length; i++) {
    const at = t.indexOf(q[i]!, from);
    if (at < 0) return false;
    from = at + 1;
  }
  return true;
}

const NONE = -Infinity;
// Scratch reused across calls: matching 20,000 titles should not allocate 60,000 arrays.
const rowA = new Float64Array(FUZZY_TEXT_MAX);
const rowB = new Float64Array(FUZZY_TEXT_MAX);
// The bonus of the first letter of the run each cell's match ends (a run keeps it).
const runA = new Float64Array(FUZZY_TEXT_MAX);
const runB = new Float64Array(FUZZY_TEXT_MAX);
const lows = new Int32Array(FUZZY_QUERY_MAX);
const highs = new Int32Array(FUZZY_QUERY_MAX);

/**
 * Scores `text` against a prepared query (see `prepareQuery`); null when it does not match.
 * `foldedText` may be passed when the caller has it cached (it must be `fold(text)`).
 * An empty query matches everything with score 0.
 */
export function fuzzyMatch(query: string, text: string, foldedText?: string, withPositions = true): FuzzyMatch | null {
  const q = query.length > FUZZY_QUERY_MAX ? query.slice(0, FUZZY_QUERY_MAX) : query;
  const n = q.length;
  if (n === 0) return { score: 0, positions: [] };
  const folded = foldedText ?? fold(text);
  const m = Math.min(folded.length, FUZZY_TEXT_MAX);
  if (n > m) return null;

  // Letter i can only sit between its earliest place (matching greedily from the front) and its
  // latest (greedily from the back): the programme fills only that band.
  let from = 0;
  for (let i = 0; i < n; i++) {
    const at = folded.indexOf(q[i]!, from);
    if (at < 0 || at >= m) return null;
    lows[i] = at;
    from = at + 1;
  }
  let to = m - 1;
  for (let i = n - 1; i >= 0; i--) {
    const at = folded.lastIndexOf(q[i]!, to);
    highs[i] = at;
    to = at - 1;
  }

  // back[i*m + j]: where letter i-1 sat when letter i matched at j (for the positions).
  const back = withPositions ? new Int32Array(n * m) : null;
  let prev = rowA;
  let cur = rowB;
  let prevRun = runA;
  let curRun = runB;
  const q0 = q.charCodeAt(0);
  for (let j = lows[0]!; j <= highs[0]!; j++) {
    if (folded.charCodeAt(j) !== q0) {
      prev[j] = NONE;
      continue;
    }
    const bonus = bonusAt(text, j);
    prev[j] = MATCH + bonus - Math.min(j, LEADING_CAP) * PENALTY_LEADING_PER_CHAR;
    prevRun[j] = bonus;
  }
  for (let i = 1; i < n; i++) {
    const qi = q.charCodeAt(i);
    const lo = lows[i]!;
    const hi = highs[i]!;
    const prevLo = lows[i - 1]!;
    const prevHi = highs[i - 1]!;
    // best (prev[k] + k * gap) over prevLo <= k <= j-2: a match at j after a gap from k.
    let best = NONE;
    let bestK = -1;
    let k = prevLo;
    for (let j = lo; j <= hi; j++) {
      for (; k <= j - 2 && k <= prevHi; k++) {
        const v = prev[k]! + k * PENALTY_GAP_PER_CHAR;
        if (v > best) {
          best = v;
          bestK = k;
        }
      }
      cur[j] = NONE;
      if (folded.charCodeAt(j) !== qi) continue;
      const bonus = bonusAt(text, j);
      const before = j - 1 >= prevLo && j - 1 <= prevHi ? prev[j - 1]! : NONE;
      const runBonus = before === NONE ? 0 : Math.max(bonus, prevRun[j - 1]!);
      const run = before === NONE ? NONE : before + BONUS_CONSECUTIVE + runBonus;
      const gap = best === NONE ? NONE : best - (j - 1) * PENALTY_GAP_PER_CHAR - PENALTY_GAP_OPEN + bonus;
      if (run === NONE && gap === NONE) continue;
      const fromRun = run >= gap;
      cur[j] = (fromRun ? run : gap) + MATCH;
      curRun[j] = fromRun ? runBonus : bonus;
      if (back) back[i * m + j] = fromRun ? j - 1 : bestK;
    }
    [prev, cur] = [cur, prev];
    [prevRun, curRun] = [curRun, prevRun];
  }

  let score = NONE;
  let end = -1;
  for (let j = lows[n - 1]!; j <= highs[n - 1]!; j++) {
    if (prev[j]! > score) {
      score = prev[j]!;
      end = j;
    }
  }
  if (end < 0) return null;
  const positions: number[] = [];
  if (back) {
    for (let i = n - 1, j = end; i >= 0; i--) {
      positions.push(j);
      j = back[i * m + j]!;
    }
    positions.reverse();
  }
  return { score, positions };
}

/** Splits `text` into plain and matched runs, for showing which letters matched. */
export function matchRuns(text: string, positions: readonly number[]): { text: string; matched: boolean }[] {
  const runs: { text: string; matched: boolean }[] = [];
  const at = new Set(positions);
  for (let i = 0; i < text.length; i++) {
    const matched = at.has(i);
    const last = runs[runs.length - 1];
    if (last && last.matched === matched) last.text += text[i];
    else runs.push({ text: text[i]!, matched });
  }
  return runs;
}
