/**
 * The article's title, chosen among candidates by score rather than taken from the first
 * plausible line: pages copied as text open with menus, labels and banners, and the headline
 * sits just above the body (often followed by a byline or a date, often printed twice).
 */
import type { RemovalReason } from '../../article';
import type { Classification } from './classify';
import { isCaption, isClutterLine, isConsentBanner } from './clutter-rules';
import { mentionsDate } from './date-words';
import { parseDateLine } from './dates';
import { classifyHeadLine } from './metadata';
import { countWordsQuick, isHeadingLike, normaliseForCompare } from './shape';
import type { Language } from './language';
import type { Unit } from './units';
import { dot, unitWords } from './unit-vector';
import { TITLE_WEIGHTS } from './weights';
import { compileTrees } from './trees';
import { TITLE_TREES } from './title-trees';
import { foldAccents } from './title';

/** How far above the body's start a headline may sit (menus and kickers in between)… */
const WINDOW_BEFORE = 40;
/** …and how far into it (a body that starts with the dek or a caption). */
const WINDOW_AFTER = 6;
/** A headline is near the top of its article: past this many candidates, none is looked at (and a huge file stays linear). */
const MAX_CANDIDATES = 200;

/** The title's trees, compiled on first use. */
const scoreTitle = compileTrees(TITLE_TREES);

/** A short line that states a date (a dateline, or a bar of metadata fields with one), in any language. */
function isDateish(text: string): boolean {
  if (text.length > 160) return false;
  return parseDateLine(text) !== null || (mentionsDate(text) && (countWordsQuick(text) <= 8 || /\s[|·•/]\s/.test(text)));
}

const metaCache = new WeakMap<Unit, boolean>();

/** A unit that says who wrote it or when (what follows a headline), worked out once per unit. */
export function isMetaUnit(unit: Unit | undefined): boolean {
  if (!unit) return false;
  let meta = metaCache.get(unit);
  if (meta === undefined) {
    meta = isMetaLine(unit.text);
    metaCache.set(unit, meta);
  }
  return meta;
}

function isMetaLine(text: string): boolean {
  return isDateish(text) || classifyHeadLine(text) !== null || /^(?:by|von|par|por|di|door|przez|av|af)\s+\p{Lu}/iu.test(text);
}

/**
 * Could be a headline: short, not ending like a clause (a headline may end with ! or ?), not a
 * label, banner or metadata line. Dates and captions are left to the scorer's features.
 */
function isCandidate(text: string, rule: RemovalReason | null): boolean {
  if (rule === 'banner' || rule === 'navigation' || rule === 'widget') return false;
  const words = countWordsQuick(text);
  if (words > 30 || text.length > 220 || text.length < 3) return false;
  // Opening marks of any kind may precede the capital: quotes, ¿ ¡, brackets, asterisks.
  if (!/^[\p{P}\p{S}]{0,2}(?:[\p{Lu}\p{N}]|\p{Ll}+\p{Lu})/u.test(text) && !/^[\p{Lo}]/u.test(text)) return false;
  // A clause's comma or colon ends no headline; a full stop ends some ("Denkmäler in neuem
  // Licht."), when the line is short: the ranking weighs it ('full stop').
  if (/[,;:]["”’»)]*$/.test(text) && !/(?:\.\.\.|…)$/.test(text)) return false;
  if (/[^.]\.["”’»)]*$/.test(text) && words > 14) return false;
  if (isClutterLine(text) || isConsentBanner(text)) return false;
  if (isShortItemList(text)) return false;
  return classifyHeadLine(text, false) === null;
}

/**
 * Four or more short items in a row ("Allgemein, Essen und Trinken, Gesellschaft, Lifestyle";
 * "Musik : Krimi : Rezension : Hörbuch"): a post's categories or tags, not its headline.
 */
function isShortItemList(text: string): boolean {
  const items = text.split(/\s*[,;|·•]\s*|\s+:\s+/);
  return items.length >= 4 && items.every((item) => item.length > 0 && item.split(/\s+/).length <= 3);
}

/** How many other units repeat this one, whole or as the start or end of a longer line. */
function repeatCounts(units: readonly Unit[], window: readonly number[]): Map<number, number> {
  const keys = window.map((i) => normaliseForCompare((units[i] as Unit).text));
  const counts = new Map<number, number>(window.map((i) => [i, 0]));
  const shortest = Math.min(...keys.map((k) => k.length));
  for (let k = 0; k < units.length; k++) {
    const text = (units[k] as Unit).text;
    if (text.length < shortest || text.length > 300) continue;
    const other = normaliseForCompare(text);
    window.forEach((i, n) => {
      const key = keys[n] as string;
      if (k === i || key.length < 12 || other.length > key.length + 80) return;
      // Whole, as the start of a longer line ("Title | Site"), or as the end of a trail ("Home > News > Title").
      if (other === key || (other.length > key.length + 3 && (other.startsWith(key) || other.endsWith(key)))) counts.set(i, (counts.get(i) ?? 0) + 1);
    });
  }
  return counts;
}

export interface TitleChoice {
  index: number;
  score: number;
}

/** Units from `i` to the next good unit, not counting metadata lines; Infinity past `limit`. */
function gapToProse(units: readonly Unit[], c: Classification, i: number, to: number, limit: number): number {
  let gap = 0;
  for (let k = i + 1; k < to && k <= i + limit; k++) {
    if (c.classes[k] === 'good' && c.features[k]!.chars >= 80) return gap;
    if (!isMetaUnit(units[k])) gap++;
  }
  return Infinity;
}

/** Scores the title-shaped units around the body; null when none is convincing. */
export interface TitleContext {
  units: readonly Unit[];
  rules: readonly (RemovalReason | null)[];
  c: Classification;
  /** Each unit's probability of being content by the linear model (UNIT_WEIGHTS): smooth, as a linear ranking wants. */
  content: readonly number[];
  /** The content words of the article's prose, with counts. */
  topic: ReadonlyMap<string, number>;
  language: Language;
  /** The words of the file's name, accents folded, host names out: a saved page is often named after its headline or its URL's slug. */
  fileWords: ReadonlySet<string>;
  /**
   * Each unit's probability of being content by the keep-or-drop trees, once they have run
   * (they read where the first-pass title lies): the title is then chosen again by the title's
   * trees, which also read it.
   */
  keep?: readonly number[];
}

/** The title-shaped units that may be the title of the article in [from, to). */
export function titleWindow(x: TitleContext, from: number, to: number): number[] {
  const { units, rules, c } = x;
  if (c.span.end <= c.span.start) return [];
  const spanStart = Math.max(from, c.span.start);
  const lo = Math.max(from, spanStart - WINDOW_BEFORE);
  const hi = Math.min(to, Math.max(spanStart + WINDOW_AFTER, c.span.end));
  const window: number[] = [];
  for (let i = lo; i < hi && window.length < MAX_CANDIDATES; i++) if (isCandidate((units[i] as Unit).text, rules[i] ?? null)) window.push(i);
  return window;
}

export const TITLE_FEATURES = [
  'bias', 'gap to prose', 'no prose below', 'lines above the body', 'lines into the body', 'one or two words',
  'three or four words', 'five to twenty words', 'over 24 words', 'log words', 'byline or date below',
  'above a dek', 'repeated', 'log repeats', 'between labels', 'two sentences', 'all capitals', 'good',
  'initially short', 'content probability', 'next content probability', 'previous content probability',
  'colon', 'question', 'exclamation', 'position', 'rank in window', 'heading-like', 'stopword density',
  'label above', 'topic overlap', 'dateline', 'caption', 'lower-case start', 'one word', 'lede overlap',
  'breadcrumb', 'kicker above', 'file name overlap', 'full stop', 'nearest above the body', 'best lede overlap', 'best topic overlap',
] as const;

/** "Home / Essays / 2017 / Title", "Start » News » Title": a trail of links, not a headline. */
function isBreadcrumb(text: string): boolean {
  return (text.match(/\s[/»›>|]\s|[»›]/g)?.length ?? 0) >= 2;
}

/**
 * A kicker printed on its own line above the headline and ending with a colon ("Theatre in
 * St. Gallen:"): part of the title. Returns its index, or null.
 */
export function kickerAbove(units: readonly Unit[], i: number): number | null {
  const above = units[i - 1]?.text;
  if (!above || !/\p{L}\s*:$/u.test(above) || countWordsQuick(above) > 8 || /^\p{Ll}/u.test(above)) return null;
  return isMetaUnit(units[i - 1]) ? null : i - 1;
}

/** Share of the title's content words found in the first prose below it: a headline announces its lede. */
function ledeOverlap(x: TitleContext, title: readonly string[], i: number, to: number): number {
  if (title.length === 0) return 0;
  const lede = new Set<string>();
  let found = 0;
  for (let k = i + 1; k < Math.min(to, i + 12) && found < 3; k++) {
    if (x.c.classes[k] !== 'good') continue;
    found++;
    for (const w of unitWords(x.units[k] as Unit, x.language)) lede.add(w);
  }
  return title.filter((w) => lede.has(w)).length / title.length;
}

/** The features of each candidate in `window` (TITLE_FEATURES, same order). */
export function titleVectors(x: TitleContext, window: readonly number[], to: number): number[][] {
  const { units, c } = x;
  const repeats = repeatCounts(units, window);
  const spanStart = c.span.start;
  const rows = window.map((i, rank) => {
    const text = (units[i] as Unit).text;
    const words = countWordsQuick(text);
    const gap = gapToProse(units, c, i, to, 12);
    const next = units[i + 1]?.text ?? '';
    const prev = units[i - 1]?.text ?? '';
    const meta = [i + 1, i + 2, i + 3].some((k) => k < to && isMetaUnit(units[k]));
    const aboveDek = countWordsQuick(next) >= 12 && [i + 2, i + 3].some((k) => k < to && isMetaUnit(units[k]));
    const title = unitWords(units[i] as Unit, x.language);
    const overlap = title.length ? title.filter((w) => (x.topic.get(w) ?? 0) > 0).length / title.length : 0;
    const n = repeats.get(i) ?? 0;
    const one = (b: boolean) => (b ? 1 : 0);
    return [
      1,
      gap === Infinity ? 1 : gap / 12,
      one(gap === Infinity),
      Math.log1p(Math.max(0, spanStart - i)) / 4,
      Math.log1p(Math.max(0, i - spanStart)) / 4,
      one(words <= 2),
      one(words >= 3 && words <= 4),
      one(words >= 5 && words <= 20),
      one(words > 24),
      Math.log1p(words) / 4,
      one(meta),
      one(aboveDek),
      one(n > 0),
      Math.log1p(n) / 3,
      one(Boolean(prev && next && countWordsQuick(prev) <= 3 && countWordsQuick(next) <= 3 && !isMetaUnit(units[i + 1]))),
      one(/[\p{L}\p{N}]{3,}[.!?]\s+\p{Lu}\p{Ll}/u.test(text)),
      one(text === text.toUpperCase() && /\p{Lu}{3}/u.test(text)),
      one(c.classes[i] === 'good'),
      one(c.initial[i] === 'short'),
      x.content[i] ?? 0,
      x.content[i + 1] ?? 0,
      x.content[i - 1] ?? 0,
      one(text.includes(':')),
      one(/\?\W{0,2}$/.test(text)),
      one(/!\W{0,2}$/.test(text)),
      units.length > 1 ? i / (units.length - 1) : 0,
      window.length > 1 ? rank / (window.length - 1) : 0,
      one(isHeadingLike(text)),
      c.features[i]?.stopwordDensity ?? 0,
      one(countWordsQuick(prev) <= 3),
      overlap,
      one(isDateish(text)),
      one(isCaption(text)),
      one(/^\p{Ll}/u.test(text)),
      one(words === 1),
      ledeOverlap(x, title, i, to),
      one(isBreadcrumb(text)),
      one(kickerAbove(units, i) !== null),
      title.length ? title.filter((w) => x.fileWords.has(foldAccents(w))).length / title.length : 0,
      one(/[^.]\.["”’»)]*$/.test(text)),
    ];
  });
  // Features relative to the other candidates: the nearest one above the body, and the ones
  // whose words the lede and the article use most.
  const nearest = window.reduce((best, i, k) => (i <= spanStart && (best < 0 || i > (window[best] as number)) ? k : best), -1);
  const best = (feature: number) => rows.reduce((top, row, k) => ((row[feature] as number) > (rows[top]?.[feature] as number) ? k : top), 0);
  const lede = TITLE_FEATURES.indexOf('lede overlap');
  const topic = TITLE_FEATURES.indexOf('topic overlap');
  const bestLede = best(lede);
  const bestTopic = best(topic);
  return rows.map((row, k) => [...row, k === nearest ? 1 : 0, k === bestLede && (row[lede] as number) > 0 ? 1 : 0, k === bestTopic && (row[topic] as number) > 0 ? 1 : 0]);
}

/** What the title's trees read beyond TITLE_FEATURES: the keep-or-drop trees' verdicts around the candidate, and the first pass's choice. */
export const TITLE_TREE_FEATURES = [...TITLE_FEATURES, 'kept', 'next kept', 'previous kept', 'second below kept', 'first-pass choice'] as const;

/** Each candidate's vector for the title's trees (TITLE_TREE_FEATURES), from its TITLE_FEATURES vector. */
export function titleTreeVectors(keep: readonly number[], window: readonly number[], vectors: readonly number[][]): number[][] {
  const first = argmax(vectors.map((v) => dot(TITLE_WEIGHTS, v)));
  return window.map((i, k) => [...(vectors[k] as number[]), keep[i] ?? 0, keep[i + 1] ?? 0, keep[i - 1] ?? 0, keep[i + 2] ?? 0, k === first ? 1 : 0]);
}

function argmax(scores: readonly number[]): number {
  return scores.reduce((best, s, k) => (s > (scores[best] as number) ? k : best), 0);
}

/**
 * The best-scoring candidate for the title of the article in [from, to); null when there is
 * none. First by the linear ranking (TITLE_WEIGHTS), which the keep-or-drop trees need to
 * know where the article starts; once they have run (`x.keep`), by the title's trees, which
 * weigh the candidates' features together with the trees' verdicts on the lines around them.
 */
export function chooseTitle(x: TitleContext, from = 0, to = x.units.length, candidates = titleCandidates(x, from, to)): TitleChoice | null {
  const { window, vectors } = candidates;
  if (window.length === 0) return null;
  const scores = x.keep ? titleTreeVectors(x.keep, window, vectors).map((v) => scoreTitle(v)) : vectors.map((v) => dot(TITLE_WEIGHTS, v));
  const k = argmax(scores);
  const index = firstCopy(x.units, x.rules, window[k] as number);
  return { index: x.keep ? headlineAlone(x.units, index, to) : index, score: scores[k] as number };
}

/**
 * A trail or label glued to the headline ("Forum>iPhone>Headline", "StartseiteNews & mehrHeadline",
 * as copying a page's markup without spaces gives) when one of the next lines prints the headline
 * alone: that line. A title that merely ends with a line below it after a space ("Kicker: Headline")
 * stays whole. Only the final choice: the keep-or-drop trees read the first pass's as it was trained.
 */
export function headlineAlone(units: readonly Unit[], i: number, to: number): number {
  const text = (units[i] as Unit).text;
  for (let k = i + 1; k < Math.min(to, i + 3); k++) {
    const alone = (units[k] as Unit).text;
    if (alone.length < 12 || alone.length >= text.length || !text.endsWith(alone)) continue;
    const before = text.slice(0, -alone.length);
    if (!before.endsWith(' ') || /[>»›|/]\s*$/u.test(before)) return k;
  }
  return i;
}

/** A headline rendered twice in a row is one title: the first copy, since the rules drop the second as a duplicate. */
export function firstCopy(units: readonly Unit[], rules: readonly (RemovalReason | null)[], i: number): number {
  while (i > 0 && rules[i] === 'duplicate' && (units[i - 1] as Unit).text === (units[i] as Unit).text) i--;
  return i;
}

/** The title-shaped units of [from, to) and their features (TITLE_FEATURES), worked out once for both passes. */
export interface TitleCandidates {
  window: number[];
  vectors: number[][];
}

export function titleCandidates(x: TitleContext, from = 0, to = x.units.length): TitleCandidates {
  const window = titleWindow(x, from, to);
  return { window, vectors: window.length ? titleVectors(x, window, to) : [] };
}
