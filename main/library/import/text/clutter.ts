/**
 * Marks web clutter in a sequence of units (what is marked always goes; the classifier decides
 * the rest). Line rules live in clutter-rules.ts; this file handles clutter that spans lines: carousel widgets ("list of 4 items … end of list"), teaser
 * lists under a "Related" header, navigation menus (navigation.ts), and a run of other articles'
 * headlines at the very end.
 * When in doubt a line is kept: losing a sentence is worse than leaving a label.
 */
import { parseDateLine } from './dates';
import {
  isCitationOrCopyright,
  isClutterLine,
  isConsentBanner,
  isInlineTeaser,
  isTeaserListHeader,
} from './clutter-rules';
import { markMenuRuns } from './navigation';
import { isHeadingLike } from './shape';
import type { RemovalReason } from '../../article';
import type { Unit } from './units';

/** How far a carousel widget may run before we stop believing its "end of list" is coming. */
const MAX_WIDGET_UNITS = 60;
/** This many headlines in a row at the end of a file are a teaser list, not section headings. */
const MIN_TRAILING_TEASERS = 3;

const WIDGET_START = /^list of \d+ items?$/i;
const WIDGET_END = /end of list$/i;

export function isTeaserHeadline(text: string): boolean {
  return isHeadingLike(text, { maxWords: 22, maxCommas: 3 }) || parseDateLine(text) !== null;
}

/** Index just past a carousel widget that starts at `start`, or `start + 1` if it never closes. */
function skipWidget(units: readonly Unit[], start: number): number {
  const limit = Math.min(units.length, start + MAX_WIDGET_UNITS);
  for (let i = start + 1; i < limit; i++) {
    if (WIDGET_END.test((units[i] as Unit).text.slice(-20))) return i + 1;
  }
  return start + 1;
}

/**
 * After a teaser header, the headlines that follow are other articles. The last headline before
 * prose resumes might be a real section heading, so it stays (unless the file ends there).
 */
function skipTeasers(units: readonly Unit[], start: number): number {
  let end = start;
  while (end < units.length && isTeaserHeadline((units[end] as Unit).text)) end++;
  if (end === units.length) return end;
  return end - start >= 2 ? end - 1 : start;
}

function isLineClutter(text: string): boolean {
  return isClutterLine(text) || isConsentBanner(text) || isInlineTeaser(text) || isCitationOrCopyright(text);
}

/**
 * What the rules say about each unit: the reason it is page furniture, or null. The rules are
 * one signal for the classifier (classify.ts), which has the last word.
 */
export function markClutter(units: readonly Unit[]): (RemovalReason | null)[] {
  const marks: (RemovalReason | null)[] = new Array<RemovalReason | null>(units.length).fill(null);
  let i = 0;
  let previous: string | null = null;
  while (i < units.length) {
    const text = (units[i] as Unit).text;
    if (WIDGET_START.test(text)) {
      const end = skipWidget(units, i);
      for (let k = i; k < end; k++) marks[k] = 'widget';
      i = end;
    } else if (isTeaserListHeader(text)) {
      const end = skipTeasers(units, i + 1);
      for (let k = i; k < end; k++) marks[k] = 'teaser';
      i = end;
    } else {
      if (isLineClutter(text)) marks[i] = isConsentBanner(text) ? 'banner' : 'boilerplate';
      // The same line twice in a row is a scraping artefact (a heading rendered twice).
      else if (previous === text) marks[i] = 'duplicate';
      previous = text;
      i++;
    }
  }
  markMenuRuns(units, marks);
  markTrailingTeasers(units, marks);
  return marks;
}

/** A run of headlines at the very end: teasers for other articles ("more from this site"). */
function markTrailingTeasers(units: readonly Unit[], marks: (RemovalReason | null)[]): void {
  let end = units.length;
  while (end > 0 && marks[end - 1] !== null) end--;
  let start = end;
  let headlines = 0;
  while (start > 0 && (marks[start - 1] !== null || isTeaserHeadline((units[start - 1] as Unit).text))) {
    start--;
    if (marks[start] === null) headlines++;
  }
  // A file that is nothing but short lines is left alone: there is no article to protect.
  if (start === 0 || headlines < MIN_TRAILING_TEASERS) return;
  for (let k = start; k < end; k++) marks[k] ??= 'teaser';
}
