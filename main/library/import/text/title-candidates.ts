/**
 * The article's title, chosen among candidates by score rather than taken from the first
 * plausible line: pages copied as text open with menus, labels and banners, and the headline
 * sits just above the body (often followed by a byline or a date, often printed twice).
 */
import type { RemovalReason } from '../../article';
import type { Classification } from './classify';
import { isClutterLine, isConsentBanner } from './clutter-rules';
import { isCaption } from './clutter-rules';
import { mentionsDate } from './date-words';
import { parseDateLine } from './dates';
import { classifyHeadLine } from './metadata';
import { countWordsQuick, isTitleLike, normaliseForCompare } from './shape';
import type { Unit } from './units';

/** How far above the body's start a headline may sit (menus and kickers in between)… */
const WINDOW_BEFORE = 40;
/** …and how far into it (a body that starts with the dek or a caption). */
const WINDOW_AFTER = 6;

/** A short line that states a date (a dateline, or a bar of metadata fields with one), in any language. */
function isDateish(text: string): boolean {
  if (text.length > 160) return false;
  return parseDateLine(text) !== null || (mentionsDate(text) && (countWordsQuick(text) <= 8 || /\s[|·•/]\s/.test(text)));
}

/** A line that says who wrote it or when: what follows a headline. */
function isMetaLine(text: string): boolean {
  return isDateish(text) || classifyHeadLine(text) !== null || /^(?:by|von|par|por|di|door|przez|av|af)\s+\p{Lu}/iu.test(text);
}

function isCandidate(text: string, rule: RemovalReason | null): boolean {
  if (rule === 'banner' || rule === 'navigation' || rule === 'widget') return false;
  const words = countWordsQuick(text);
  if (words < 2 || words > 30 || text.length > 220) return false;
  if (!isTitleLike(text) || isClutterLine(text) || isConsentBanner(text) || isDateish(text) || isCaption(text)) return false;
  return classifyHeadLine(text, false) === null;
}

/** How many other units repeat this one, whole or as the start of a longer line ("Title | Site"). */
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
      if (other === key || (other.length > key.length + 3 && other.startsWith(key))) counts.set(i, (counts.get(i) ?? 0) + 1);
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
    if (!isMetaLine((units[k] as Unit).text)) gap++;
  }
  return Infinity;
}

/** Scores the title-shaped units around the body; null when none is convincing. */
export function chooseTitle(units: readonly Unit[], rules: readonly (RemovalReason | null)[], c: Classification, from = 0, to = units.length): TitleChoice | null {
  // No prose anywhere: nothing to score against, and the first headline is the best guess.
  if (c.span.end <= c.span.start) return null;
  const spanStart = Math.max(from, c.span.start);
  const lo = Math.max(from, spanStart - WINDOW_BEFORE);
  const hi = Math.min(to, Math.max(spanStart + WINDOW_AFTER, spanStart + Math.floor((c.span.end - spanStart) / 2)));
  const window: number[] = [];
  for (let i = lo; i < hi; i++) if (isCandidate((units[i] as Unit).text, rules[i] ?? null)) window.push(i);
  if (window.length === 0) return null;
  const repeats = repeatCounts(units, window);
  let best: TitleChoice | null = null;
  for (const i of window) {
    const text = (units[i] as Unit).text;
    const words = countWordsQuick(text);
    let score = 0;
    // The headline sits just above the prose it heads (a byline or date may come between).
    const gap = gapToProse(units, c, i, to, 12);
    score -= gap === Infinity ? 4 : gap * W.gap;
    // And near the top of the article's body.
    score -= Math.abs(spanStart - i) * W.distance;
    if (words <= 2) score -= 2.5;
    else if (words <= 4) score -= 0.8;
    else if (words <= 20) score += W.words;
    else if (words > 24) score -= 1;
    for (let k = i + 1; k < Math.min(to, i + 4); k++) {
      if (isMetaLine((units[k] as Unit).text)) {
        score += W.meta;
        break;
      }
    }
    // The line above a dek that is followed by a byline or a date.
    const dek = units[i + 1]?.text ?? '';
    if (countWordsQuick(dek) >= 12 && [i + 2, i + 3].some((k) => k < to && isMetaLine((units[k] as Unit).text))) score += W.meta;
    if ((repeats.get(i) ?? 0) > 0) score += W.repeat;
    // A line between two short labels is a menu item.
    const next = units[i + 1]?.text ?? '';
    const prev = units[i - 1]?.text ?? '';
    if (prev && next && countWordsQuick(prev) <= 3 && countWordsQuick(next) <= 3 && !isMetaLine(next)) score -= W.menu;
    // "Question? Then an answer": a dek or a teaser, rarely a headline.
    if (/[\p{L}\p{N}]{3,}[.!?]\s+\p{Lu}\p{Ll}/u.test(text)) score -= W.sentences;
    // Capitals all through: a label or a site name, rarely a headline.
    if (text === text.toUpperCase() && /\p{Lu}{3}/u.test(text)) score -= 1;
    if (process.env.TDEBUG) console.log(i, score.toFixed(2), gap, text.slice(0, 80));
    if (!best || score > best.score) best = { index: i, score };
  }
  return best;
}

/** The weights of the title's signals, set on the extraction corpus (see docs/formats.md). */
const W = {
  gap: 0.3,
  distance: 0.05,
  words: 0.8,
  meta: 1.5,
  repeat: 1.5,
  menu: 1,
  sentences: 0.7,
};
