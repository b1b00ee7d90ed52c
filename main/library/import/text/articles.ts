/**
 * Where a file holding several scraped articles changes article. A title-shaped line starts a
 * new article when it heads prose and either (a) is followed by what followed the first
 * article's title (the same widget, a byline or a date), or (b) the words change there: the
 * prose before and after it share almost no content words (lexical cohesion, as in Hearst's
 * TextTiling), which a section heading inside one article never does.
 */
import type { RemovalReason } from '../../article';
import type { Classification } from './classify';
import type { Language } from './language';
import { contentWords, unitWords } from './unit-vector';
import { countWordsQuick, isTitleLike } from './shape';
import { isClutterLine } from './clutter-rules';
import { isMetaUnit } from './title-candidates';
import type { Unit } from './units';

/** Prose units compared on each side of a candidate. */
const COHESION_WINDOW = 6;
/** Below this cosine similarity of content words the two sides are different articles. */
const MAX_COHESION = 0.12;
/** Without a repeated opening, the change of words must be stark: almost nothing shared. */
const MAX_COHESION_ALONE = 0.08;
/** An article has at least this many words of prose, in this many paragraphs (so a teaser, a comment or a footer never is one). */
const MIN_ARTICLE_WORDS = 250;
const MIN_ARTICLE_PARAGRAPHS = 5;
const MIN_TITLE_WORDS = 5;
const MAX_TITLE_WORDS_SEEN = 0.34;

type Shape = 'prose' | 'meta' | 'widget' | 'other';

function shapeOf(i: number, units: readonly Unit[], rules: readonly (RemovalReason | null)[], c: Classification): Shape {
  const rule = rules[i];
  if (rule === 'widget' || rule === 'teaser') return 'widget';
  if (isMetaUnit(units[i])) return 'meta';
  if (c.classes[i] === 'good' && c.features[i]!.chars >= 80) return 'prose';
  return 'other';
}

/** The shapes of the units just after a title, up to the first non-prose one. */
function opening(i: number, units: readonly Unit[], rules: readonly (RemovalReason | null)[], c: Classification): Shape[] {
  const shapes: Shape[] = [];
  for (let k = i + 1; k < Math.min(units.length, i + 5); k++) {
    const shape = shapeOf(k, units, rules, c);
    shapes.push(shape);
    if (shape !== 'prose') break;
  }
  return shapes;
}

function bag(units: readonly Unit[], indexes: readonly number[], language: Language): Map<string, number> {
  const counts = new Map<string, number>();
  for (const i of indexes) {
    for (const w of unitWords(units[i] as Unit, language)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, x] of a) {
    na += x * x;
    const y = b.get(w);
    if (y) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 1;
}

function proseAround(i: number, c: Classification, step: 1 | -1, limit: number): number[] {
  const found: number[] = [];
  for (let k = i + step; k >= 0 && k < c.classes.length && found.length < limit; k += step) {
    if (c.classes[k] === 'good') found.push(k);
  }
  return found;
}

/** Share of a candidate title's content words that the current article has already used. */
function titleWordsSeen(text: string, used: ReadonlySet<string>, language: Language): number {
  const title = contentWords(text, language);
  return title.length === 0 ? 1 : title.filter((w) => used.has(w)).length / title.length;
}

function isArticleSized(units: readonly Unit[], c: Classification, from: number, to: number): boolean {
  let words = 0;
  let paragraphs = 0;
  for (let k = from; k < to; k++) {
    if (c.classes[k] !== 'good' || c.features[k]!.chars < 80) continue;
    words += countWordsQuick((units[k] as Unit).text);
    paragraphs++;
  }
  return words >= MIN_ARTICLE_WORDS && paragraphs >= MIN_ARTICLE_PARAGRAPHS;
}

/**
 * Start indexes of the articles after the first (empty for a file of one article). `firstTitle`
 * is the first article's title unit.
 */
export function articleStarts(units: readonly Unit[], rules: readonly (RemovalReason | null)[], c: Classification, language: Language, firstTitle: number): number[] {
  const first = opening(firstTitle, units, rules, c);
  const firstMarker = first.find((s) => s === 'widget' || s === 'meta');
  const starts: number[] = [];
  let previous = firstTitle;
  // The current article's words so far, grown unit by unit (so the scan stays linear).
  let used = new Set<string>();
  for (let i = firstTitle + 1; i < units.length - 1; i++) {
    const text = (units[i] as Unit).text;
    for (const w of unitWords(units[i - 1] as Unit, language)) used.add(w);
    if (rules[i] || countWordsQuick(text) < MIN_TITLE_WORDS || !isTitleLike(text) || isClutterLine(text)) continue;
    if (shapeOf(i + 1, units, rules, c) !== 'prose') continue;
    const shapes = opening(i, units, rules, c);
    const sameOpening = firstMarker !== undefined && shapes.includes(firstMarker);
    const before = proseAround(i, c, -1, COHESION_WINDOW).filter((k) => k > previous);
    const after = proseAround(i, c, 1, COHESION_WINDOW);
    const similarity = before.length >= 2 && after.length >= 2 ? cosine(bag(units, before, language), bag(units, after, language)) : 1;
    // A section heading speaks of what came before it; another article's title does not.
    const seen = titleWordsSeen(text, used, language);
    // Alone, the change of words must be stark and the line must not be a question (an
    // interview's or an explainer's section heading).
    // Alone, it must also open like an article: three paragraphs of prose straight below it.
    const opensWithProse = shapes.length >= 3 && shapes.slice(0, 3).every((s) => s === 'prose');
    const alone = similarity <= MAX_COHESION_ALONE && seen === 0 && !text.trimEnd().endsWith('?') && opensWithProse;
    if (sameOpening ? similarity > MAX_COHESION || seen > MAX_TITLE_WORDS_SEEN : !alone) continue;
    if (!isArticleSized(units, c, previous, i)) continue;
    starts.push(i);
    previous = i;
    used = new Set();
  }
  // The last article must be an article too, not a teaser at the end of the page.
  while (starts.length && !isArticleSized(units, c, starts[starts.length - 1]!, units.length)) starts.pop();
  return starts;
}
