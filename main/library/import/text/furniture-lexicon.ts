/**
 * How much a unit's vocabulary speaks of the page rather than of the article. Each word's weight
 * is the log-odds that a unit holding it is furniture (newsletter, comments, licence, privacy,
 * contact words) rather than prose, learned on the extraction corpus's labelled units by
 * tests/corpus/train-classifier.ts and written to furniture-words.ts. Only words found on units
 * of at least MIN_SITES different sites are learned, so what is learned is the web's common
 * furniture vocabulary, not any site's strings; the trees that read it are measured on sites
 * they never saw. jusText does the same with its stopword lists (learned from Wikipedia) for the
 * opposite class.
 */
import { FURNITURE_WORDS } from './furniture-words';
import { unitTokens } from './language';

export const LEXICON_FEATURES = [
  'furniture words: mean', 'furniture words: most', 'furniture words: least', 'furniture words: share known',
  'furniture words: previous mean', 'furniture words: next mean',
] as const;

/** A word needs units on this many sites to be learned. */
export const MIN_SITES = 4;

/** A unit of at least this many words counts towards the page's usual vocabulary. */
const PROSE_WORDS = 8;

/** Words the lexicon may learn: letters only (numbers, dates and prices say nothing general). */
const isLexiconWord = (word: string): boolean => !/\d/.test(word);

/** A unit's distinct words, as the lexicon reads them. */
export function lexiconWords(unit: { text: string }): string[] {
  return [...new Set(unitTokens(unit))].filter(isLexiconWord);
}

let learned: ReadonlyMap<string, number> | null = null;

/** The learned lexicon, built from its generated table on first use. */
export function furnitureLexicon(): ReadonlyMap<string, number> {
  learned ??= new Map(Object.entries(FURNITURE_WORDS));
  return learned;
}

/** The words' mean, highest and lowest weights and the share of them the lexicon knows; zeros when it knows none. */
function ownFeatures(words: readonly string[], lexicon: ReadonlyMap<string, number>): number[] {
  let sum = 0;
  let known = 0;
  let most = -Infinity;
  let least = Infinity;
  for (const w of words) {
    const v = lexicon.get(w);
    if (v === undefined) continue;
    sum += v;
    known++;
    if (v > most) most = v;
    if (v < least) least = v;
  }
  return known === 0 ? [0, 0, 0, 0] : [sum / known, most, least, known / words.length];
}

/**
 * Each unit's LEXICON_FEATURES from the units' words (lexiconWords), in file order: its own
 * weights and its neighbours' means (a "Related" header above a teaser, a comment form's lines
 * together), each less the median mean of the page's longer units. A page about its own site or
 * tool (a colophon, a browser's developer tools) speaks that vocabulary in its prose too, and
 * its prose must not look like furniture for it: with absolute weights, the Readability pages as
 * text lost a point of recall.
 */
export function lexiconFeaturesOf(words: readonly (readonly string[])[], lexicon: ReadonlyMap<string, number> = furnitureLexicon()): number[][] {
  const own = words.map((w) => ownFeatures(w, lexicon));
  const usual = median(own.filter((f, i) => (f[3] as number) > 0 && (words[i] as readonly string[]).length >= PROSE_WORDS).map((f) => f[0] as number));
  const relative = own.map(([mean, most, least, known]) => ((known as number) > 0 ? [(mean as number) - usual, (most as number) - usual, (least as number) - usual, known as number] : [0, 0, 0, 0]));
  return relative.map((f, i) => [...f, relative[i - 1]?.[0] ?? 0, relative[i + 1]?.[0] ?? 0]);
}

/** The upper median (0 for none), as the trainer computed it. */
function median(values: number[]): number {
  if (values.length === 0) return 0;
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] as number;
}
