/**
 * Questions about the shape of one line of text (is it a sentence? could it be a heading?).
 * Predicates that run regexes bail out on length first, so a 5 MB line costs a comparison,
 * not a scan.
 */

/** Closing quotes and brackets that may follow a sentence's final punctuation. */
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '*', '_']);

/** The last character that is not a closing quote or bracket (looking back a little way only). */
export function lastSignificantChar(text: string): string {
  for (let i = text.length - 1; i >= Math.max(0, text.length - 32); i--) {
    const c = text[i] as string;
    if (!CLOSERS.has(c) && c !== ' ') return c;
  }
  return '';
}

/** Ends like a sentence or a clause: . ! … , ; : (a question mark is judged separately). */
export function endsLikeSentence(text: string): boolean {
  return '.!…,;:'.includes(lastSignificantChar(text) || '#');
}

export function countWordsQuick(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function countChar(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i !== -1; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** A conjunction opening a question marks a sentence in the flow ("So where does it lie?"). */
const SENTENCE_OPENERS = /^(and|but|so|or|yet|then|because|also|still|now|well|oh)\b/i;

/** "Terms. Then more": a sentence break inside, after a word too long to be an abbreviation. */
const INNER_SENTENCE_BREAK = /[\p{L}\p{N}]{4,}[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u;

export interface HeadingRules {
  maxWords: number;
  maxCommas: number;
}

const DEFAULT_RULES: HeadingRules = { maxWords: 16, maxCommas: 1 };

/**
 * A short, capitalised line that does not end like a sentence: a section heading or the title of
 * another piece. Questions qualify ("What did Trump announce?") unless they read as part of the
 * prose (an opening conjunction, a clause after a colon, several commas).
 */
export function isHeadingLike(text: string, rules: HeadingRules = DEFAULT_RULES): boolean {
  if (text.length < 2 || text.length > 140) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(text)) return false;
  if (endsLikeSentence(text)) return false;
  if (countWordsQuick(text) > rules.maxWords) return false;
  if (countChar(text, ',') > rules.maxCommas) return false;
  if (text.includes(':') && /:\s+\p{Ll}/u.test(text)) return false;
  if (/[.!?]/.test(text) && INNER_SENTENCE_BREAK.test(text)) return false;
  if (lastSignificantChar(text) === '?' && SENTENCE_OPENERS.test(text)) return false;
  return /\p{L}/u.test(text);
}

/** A line that could be an article's title: short enough, and not a lead-in to something else. */
export function isTitleLike(text: string): boolean {
  if (text.length > 250 || countWordsQuick(text) > 35) return false;
  if (!/^["“‘']?[\p{Lu}\p{N}]/u.test(text)) return false;
  return !endsLikeSentence(text);
}

export interface ListItem {
  text: string;
  ordered: boolean;
}

const BULLET = /^(?:[-*•◦▪‣·]|\d{1,3}[.)])\s+(?=\S)/;

/** "- item", "• item", "1. item", "2) item": the item's text without its marker. */
export function listItemOf(text: string): ListItem | null {
  const match = BULLET.exec(text);
  if (!match) return null;
  // "* * *" and "- - -" are section breaks, not list items.
  const rest = text.slice(match[0].length);
  if (!/[\p{L}\p{N}]/u.test(rest)) return null;
  return { text: rest, ordered: /\d/.test(match[0]) };
}

/** "> quoted" (email and plain-text convention): the quoted text, or null. */
export function quotedTextOf(text: string): string | null {
  if (!text.startsWith('>')) return null;
  return text.replace(/^(?:>\s?)+/, '');
}

/** "## Heading" in a .txt that was written with Markdown habits. */
export function atxHeadingOf(text: string): { level: number; text: string } | null {
  const match = /^(#{1,6})\s+(\S.*?)(?:\s+#+)?$/.exec(text.length <= 300 ? text : '');
  if (!match) return null;
  return { level: (match[1] as string).length, text: match[2] as string };
}

export function normaliseForCompare(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}
