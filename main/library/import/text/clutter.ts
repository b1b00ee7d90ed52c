/**
 * Removes web clutter from a sequence of units. Line rules live in clutter-rules.ts; this file
 * handles clutter that spans lines: carousel widgets ("list of 4 items … end of list"), teaser
 * lists under a "Related" header, navigation menus (navigation.ts), and a run of other articles'
 * headlines at the very end.
 * When in doubt a line is kept: losing a sentence is worse than leaving a label.
 */
import { parseDateLine } from './dates';
import {
  isClutterLine,
  isConsentBanner,
  isInlineTeaser,
  isTeaserListHeader,
  stripTrailingLinkLabel,
} from './clutter-rules';
import { removeMenuRuns } from './navigation';
import { isHeadingLike } from './shape';
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
  return isClutterLine(text) || isConsentBanner(text) || isInlineTeaser(text);
}

export function removeClutter(units: readonly Unit[]): Unit[] {
  const kept: Unit[] = [];
  let i = 0;
  while (i < units.length) {
    const unit = units[i] as Unit;
    const text = stripTrailingLinkLabel(unit.text);
    if (WIDGET_START.test(text)) {
      i = skipWidget(units, i);
    } else if (isTeaserListHeader(text)) {
      i = skipTeasers(units, i + 1);
    } else if (isLineClutter(text)) {
      i++;
    } else {
      const previous = kept[kept.length - 1];
      // The same line twice in a row is a scraping artefact (a heading rendered twice).
      if (!previous || previous.text !== text) kept.push({ text });
      i++;
    }
  }
  return dropTrailingTeasers(removeMenuRuns(kept));
}

/** A run of headlines at the very end: teasers for other articles ("more from this site"). */
export function dropTrailingTeasers(units: Unit[]): Unit[] {
  let start = units.length;
  while (start > 0 && isTeaserHeadline((units[start - 1] as Unit).text)) start--;
  // A file that is nothing but short lines is left alone: there is no article to protect.
  return start > 0 && units.length - start >= MIN_TRAILING_TEASERS ? units.slice(0, start) : units;
}
