/**
 * Content or page furniture, for every unit of a plain-text page, in the manner of jusText
 * (Pomikálek 2011) with boilerpipe's shallow text features: each unit is first classed from its
 * own features (length, stopword density, sentence shape, the clutter rules), then short and
 * borderline units take the class of their neighbours, and the article's main span (the densest
 * run of prose) is found. These classes and the span are features of the final keep-or-drop
 * decision (unit-vector.ts, weights.ts), not the decision itself.
 */
import type { RemovalReason } from '../../article';
import type { Language } from './language';
import { unitTokens } from './language';
import { endsLikeSentence } from './shape';
import type { Unit } from './units';

export type UnitClass = 'good' | 'neargood' | 'short' | 'bad';

export interface UnitFeatures {
  chars: number;
  words: number;
  /** Share of words that are stopwords of the text's language. */
  stopwordDensity: number;
  /** Ends like a sentence: . ! ? … (a closing quote may follow). */
  sentence: boolean;
  /** How many units of the file have exactly this text. */
  repeats: number;
}

/** jusText's defaults, adjusted for stopwords-iso's longer lists (measured on the corpora). */
export const CLASSIFIER = {
  lengthLow: 70,
  lengthHigh: 200,
  stopwordsLow: 0.3,
  stopwordsHigh: 0.32,
  /** How far (in characters) a heading may be from the good text it introduces. */
  maxHeadingDistance: 200,
  sentenceGood: 100,
  badCost: 5,
  badShare: 0.05,
  };

export function featuresOf(units: readonly Unit[], language: Language): UnitFeatures[] {
  const counts = new Map<string, number>();
  for (const u of units) counts.set(u.text, (counts.get(u.text) ?? 0) + 1);
  return units.map((unit) => {
    const text = unit.text;
    const words = language.spaced ? unitTokens(unit) : [];
    let stop = 0;
    for (const w of words) if (language.stopwords.has(w)) stop++;
    return {
      chars: text.length,
      words: words.length,
      stopwordDensity: words.length ? stop / words.length : 0,
      sentence: /[.!?…。！？]["”’»)\]」』]*$/u.test(text.slice(-4)) || endsLikeSentence(text),
      repeats: counts.get(text) ?? 1,
    };
  });
}

/** A unit's class from its own features alone (jusText's context-free stage). */
function initialClass(f: UnitFeatures, rule: RemovalReason | null, language: Language, byShape: boolean): UnitClass {
  if (rule) return 'bad';
  // Unspaced scripts: no words to count, so characters stand in (a CJK character is about a word).
  const length = language.spaced ? f.chars : f.chars * 3;
  if (f.repeats > 1 && length < CLASSIFIER.lengthHigh) return 'bad';
  const density = language.spaced && !byShape ? f.stopwordDensity : f.sentence ? 0.4 : 0;
  if (length < CLASSIFIER.lengthLow) return 'short';
  // A finished sentence of ordinary prose is good at a copied line's usual length too.
  if (density >= CLASSIFIER.stopwordsHigh) return length > CLASSIFIER.lengthHigh || (f.sentence && length >= CLASSIFIER.sentenceGood) ? 'good' : 'neargood';
  if (density >= CLASSIFIER.stopwordsLow) return 'neargood';
  return 'bad';
}

/** The class of the nearest neighbour that is not short (nor neargood, if asked); 'bad' past the ends. */
function neighbour(classes: readonly UnitClass[], from: number, step: 1 | -1, ignoreNeargood: boolean): UnitClass {
  for (let i = from + step; i >= 0 && i < classes.length; i += step) {
    const c = classes[i] as UnitClass;
    if (c === 'short' || (ignoreNeargood && c === 'neargood')) continue;
    return c;
  }
  return 'bad';
}

/** jusText's context stage: short and borderline units take their neighbours' class. */
function reviseWithContext(initial: readonly UnitClass[]): UnitClass[] {
  const classes = [...initial];
  for (let i = 0; i < initial.length; i++) {
    if (initial[i] !== 'short') continue;
    const prev = neighbour(initial, i, -1, true);
    const next = neighbour(initial, i, 1, true);
    if (prev === 'good' && next === 'good') classes[i] = 'good';
    else if (prev === 'bad' && next === 'bad') classes[i] = 'bad';
    else if ((prev === 'bad' && neighbour(initial, i, -1, false) === 'neargood') || (next === 'bad' && neighbour(initial, i, 1, false) === 'neargood')) classes[i] = 'good';
    else classes[i] = 'bad';
  }
  for (let i = 0; i < initial.length; i++) {
    if (classes[i] !== 'neargood') continue;
    const prev = neighbour(classes, i, -1, true);
    const next = neighbour(classes, i, 1, true);
    classes[i] = prev === 'bad' && next === 'bad' ? 'bad' : 'good';
  }
  return classes;
}

/** Short lines that introduce good text close below them are headings of the article. */
function reviveHeadings(classes: UnitClass[], initial: readonly UnitClass[], units: readonly Unit[], rules: readonly (RemovalReason | null)[]): void {
  for (let i = 0; i < classes.length; i++) {
    if (classes[i] !== 'bad' || initial[i] !== 'short' || rules[i]) continue;
    let distance = 0;
    for (let k = i + 1; k < classes.length && distance <= CLASSIFIER.maxHeadingDistance; k++) {
      if (classes[k] === 'good') {
        classes[i] = 'good';
        break;
      }
      distance += (units[k] as Unit).text.length;
    }
  }
}

export interface Classification {
  /** Each unit's class from its own features, before its neighbours had a say. */
  initial: UnitClass[];
  classes: UnitClass[];
  features: UnitFeatures[];
  /** The densest run of good text: [start, end) unit indexes. */
  span: { start: number; end: number };
  /** Prose found by sentence shape alone, the language's stopwords having found none. */
  byShape: boolean;
}

/**
 * The run of units with the most good text net of bad text (a maximum-sum segment): the
 * article's body. Bad units inside it cost their length, so a page's footer, separated from
 * the article by a long menu, falls outside.
 */
function mainSpan(classes: readonly UnitClass[], units: readonly Unit[]): { start: number; end: number } {
  let best = { start: 0, end: 0, sum: 0 };
  let start = 0;
  let sum = 0;
  for (let i = 0; i < classes.length; i++) {
    const length = Math.min((units[i] as Unit).text.length, 2000);
    const c = classes[i];
    sum += c === 'good' ? length : c === 'neargood' ? length / 2 : -(CLASSIFIER.badCost + length * CLASSIFIER.badShare);
    if (sum <= 0) {
      sum = 0;
      start = i + 1;
    } else if (sum > best.sum) best = { start, end: i + 1, sum };
  }
  return { start: best.start, end: best.end };
}

export function classifyUnits(units: readonly Unit[], rules: readonly (RemovalReason | null)[], language: Language): Classification {
  const features = featuresOf(units, language);
  const byStopwords = classifyBy(units, rules, language, features, false);
  if (byStopwords.span.end > byStopwords.span.start || !language.spaced) return byStopwords;
  // Not one line of prose by its stopwords: the list does not fit this text (Norwegian taken
  // for Swedish, a language with no list, a highly inflected one). Sentence shape stands in,
  // as it does for unspaced scripts, rather than leaving the file with no article at all.
  return classifyBy(units, rules, language, features, true);
}

function classifyBy(units: readonly Unit[], rules: readonly (RemovalReason | null)[], language: Language, features: UnitFeatures[], byShape: boolean): Classification {
  const initial = features.map((f, i) => initialClass(f, rules[i] ?? null, language, byShape));
  const classes = reviseWithContext(initial);
  reviveHeadings(classes, initial, units, rules);
  return { initial, classes, features, span: mainSpan(classes, units), byShape };
}
