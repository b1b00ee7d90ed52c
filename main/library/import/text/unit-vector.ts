/**
 * The numbers the final keep-or-drop decision weighs for each unit: its own shape (length,
 * stopwords, sentence end, capitals, digits), its jusText classes, where it lies relative to the
 * article's main span, how much of its vocabulary the article's prose shares (a caption, a
 * newsletter box or another article's teaser speak of something else), and its neighbours.
 * The weights are learned on the extraction corpus (tests/corpus/train-classifier.ts) and live
 * in unit-trees.ts; nothing here names a site or a string of a page.
 */
import type { RemovalReason } from '../../article';
import type { Classification, UnitClass } from './classify';
import { isCaption } from './clutter-rules';
import { LEXICON_FEATURES } from './furniture-lexicon';
import { mentionsDate } from './date-words';
import { unitTokens, wordsOf, type Language } from './language';
import { isHeadingLike, listItemOf } from './shape';
import type { Unit } from './units';

export const UNIT_FEATURES = [
  'bias', 'log chars', 'stopword density', 'sentence end', 'colon end', 'question end', 'repeated',
  'good', 'neargood', 'short', 'initially good', 'initially neargood', 'initially short',
  'in span', 'units before span', 'units after span', 'position', 'topic overlap', 'no content words',
  'caption', 'digits', 'capitals', 'heading-like', 'dateline', 'address', 'separators', 'list item',
  'previous good', 'next good', 'neighbour density', 'neighbour log chars', 'log words',
  'in span × good', 'in span × sentence', 'in span × overlap', 'outside × good', 'outside × overlap',
  'good × overlap', 'density × log chars', 'sentence × log chars', 'heading-like × next good',
] as const;

/** The trees read the unit's features and where it lies relative to the likeliest headline. */
export const TREE_FEATURES = [...UNIT_FEATURES, 'above the title', 'units below the title', 'share of prose above', 'units from prose above', 'units to prose below', 'run of furniture', 'trailing ellipsis or arrow', 'capitalised words'] as const;

/** The furniture trees read the furniture lexicon's features of the unit and its neighbours as well (furniture-lexicon.ts). */
export const FURNITURE_TREE_FEATURES = [...TREE_FEATURES, ...LEXICON_FEATURES] as const;

/**
 * Where each unit lies relative to the likeliest headline (`titleAt`) and to the file's prose:
 * the share of the good text above it, and how many units separate it from the nearest good
 * unit above and below (a footer is far below the last paragraph, a caption sits between two).
 */
export function placeFeatures(c: Classification, titleAt: number | undefined): number[][] {
  const n = c.classes.length;
  const good = c.classes.map((k, i) => (k === 'good' ? c.features[i]!.chars : 0));
  const total = good.reduce((a, b) => a + b, 0) || 1;
  const above: number[] = [];
  const fromAbove: number[] = [];
  let sum = 0;
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    above.push(sum / total);
    fromAbove.push(i - last);
    sum += good[i]!;
    if (good[i]! > 0) last = i;
  }
  const toBelow = new Array<number>(n);
  let nextGood = Infinity;
  for (let i = n - 1; i >= 0; i--) {
    toBelow[i] = nextGood - i;
    if (good[i]! > 0) nextGood = i;
  }
  const log = (d: number) => (Number.isFinite(d) ? Math.log1p(d) / 5 : 2);
  // The length of the run of units that are not good around each unit: menus and link lists come in long runs.
  const run = new Array<number>(n).fill(0);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j < n && good[j] === 0) j++;
    for (let k = i; k < j; k++) run[k] = j - i;
    i = j === i ? i + 1 : j;
  }
  return above.map((share, i) => [
    titleAt !== undefined && i < titleAt ? 1 : 0,
    titleAt !== undefined ? Math.log1p(Math.max(0, i - titleAt)) / 5 : 0,
    share,
    log(fromAbove[i]!),
    log(toBelow[i]!),
    log(run[i]!),
  ]);
}

/** A link label's tail ("Read more …", "Next ›") and the share of words that start with a capital (headlines, names, menus). */
export function surfaceFeatures(text: string): number[] {
  const words = text.slice(0, 400).split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^["“‘'(«„]?\p{Lu}/u.test(w)).length;
  return [/(?:\.\.\.|…|[›»→>])\s*$/u.test(text) ? 1 : 0, words.length ? capitalised / words.length : 0];
}

/** Content words: no stopwords, numbers or words under three letters. */
export function contentWords(text: string, language: Language): string[] {
  return wordsOf(text.length > 5000 ? text.slice(0, 5000) : text).filter((w) => w.length >= 3 && !language.stopwords.has(w) && !/^\d+$/.test(w));
}

const wordCache = new WeakMap<Unit, string[]>();

/** A unit's content words, worked out once (each unit belongs to one file, so one language). */
export function unitWords(unit: Unit, language: Language): string[] {
  let words = wordCache.get(unit);
  if (!words) {
    words = unitTokens(unit).filter((w) => w.length >= 3 && !language.stopwords.has(w) && !/^\d+$/.test(w));
    wordCache.set(unit, words);
  }
  return words;
}

/** How often each content word occurs in the good units of the main span: the article's topic. */
export function topicOf(units: readonly Unit[], c: Classification, language: Language): Map<string, number> {
  const topic = new Map<string, number>();
  for (let i = c.span.start; i < c.span.end; i++) {
    if (c.classes[i] !== 'good') continue;
    for (const w of unitWords(units[i] as Unit, language)) topic.set(w, (topic.get(w) ?? 0) + 1);
  }
  return topic;
}

const one = (b: boolean): number => (b ? 1 : 0);
const is = (c: UnitClass | undefined, want: UnitClass): number => one(c === want);

/** Shares of digits and of capital letters among the first 400 non-space characters. */
function digitsAndCapitals(text: string): [number, number] {
  let chars = 0;
  let digits = 0;
  let capitals = 0;
  for (let k = 0; k < text.length && chars < 400; k++) {
    const ch = text.charAt(k);
    if (ch === ' ') continue;
    chars++;
    if (ch >= '0' && ch <= '9') digits++;
    else if (ch !== ch.toLowerCase()) capitals++;
  }
  return chars ? [digits / chars, capitals / chars] : [0, 0];
}

/** The share of a unit's content words used elsewhere in the article's prose (leaving the unit itself out). */
function topicOverlap(words: readonly string[], topic: ReadonlyMap<string, number>, counted: boolean): number {
  if (words.length === 0) return 0;
  const own = new Map<string, number>();
  if (counted) for (const w of words) own.set(w, (own.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of words) if ((topic.get(w) ?? 0) - (own.get(w) ?? 0) > 0) shared++;
  return shared / words.length;
}

export function unitVector(i: number, units: readonly Unit[], rules: readonly (RemovalReason | null)[], c: Classification, language: Language, topic: ReadonlyMap<string, number>): number[] {
  const text = (units[i] as Unit).text;
  const f = c.features[i]!;
  const { start, end } = c.span;
  const inSpan = i >= start && i < end;
  const words = unitWords(units[i] as Unit, language);
  const around = [i - 2, i - 1, i + 1, i + 2].filter((k) => k >= 0 && k < units.length && !rules[k]);
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const tail = text.slice(-3);
  const good = is(c.classes[i], 'good');
  const overlap = topicOverlap(words, topic, inSpan && c.classes[i] === 'good');
  const logChars = Math.log1p(f.chars) / 8;
  const sentence = one(f.sentence);
  const span = one(inSpan);
  return [
    1,
    Math.log1p(f.chars) / 8,
    f.stopwordDensity,
    one(f.sentence),
    one(/:\s*$/.test(tail)),
    one(/\?["”’»)]*\s*$/.test(tail)),
    one(f.repeats > 1),
    is(c.classes[i], 'good'),
    is(c.classes[i], 'neargood'),
    is(c.classes[i], 'short'),
    is(c.initial[i], 'good'),
    is(c.initial[i], 'neargood'),
    is(c.initial[i], 'short'),
    one(inSpan),
    Math.log1p(Math.max(0, start - i)) / 5,
    Math.log1p(Math.max(0, i - end + 1)) / 5,
    units.length > 1 ? i / (units.length - 1) : 0,
    topicOverlap(words, topic, inSpan && c.classes[i] === 'good'),
    one(words.length === 0),
    one(isCaption(text)),
    ...digitsAndCapitals(text),
    one(isHeadingLike(text)),
    one(text.length < 120 && mentionsDate(text)),
    one(/https?:\/\/|www\.|@\w/.test(text)),
    one(/\s[|•·»›]\s/.test(text)),
    one(listItemOf(text) !== null),
    is(c.classes[i - 1], 'good'),
    is(c.classes[i + 1], 'good'),
    mean(around.map((k) => c.features[k]!.stopwordDensity)),
    mean(around.map((k) => Math.log1p(c.features[k]!.chars) / 8)),
    Math.log1p(f.words) / 5,
    span * good,
    span * sentence,
    span * overlap,
    (1 - span) * good,
    (1 - span) * overlap,
    good * overlap,
    f.stopwordDensity * logChars,
    sentence * logChars,
    one(isHeadingLike(text)) * is(c.classes[i + 1], 'good'),
  ];
}

export function dot(weights: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let k = 0; k < x.length; k++) z += (weights[k] ?? 0) * (x[k] as number);
  return z;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
