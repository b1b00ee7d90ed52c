/** How dates and counts read in the UI: in the user's own locale, never as raw ISO strings. */

const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });
const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const integer = new Intl.NumberFormat();

/**
 * A date-only value ("2025-10-17") is a calendar day, not an instant: parsing it as UTC
 * midnight would show the day before for everyone west of Greenwich.
 */
function parseDate(value: string): Date | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  const year = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  if (year) return null;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? null : parsed;
}

/** "October 17, 2025"; partial or odd dates from the source are shown as the source wrote them. */
export function formatLongDate(value: string | null): string {
  if (!value) return '';
  const date = parseDate(value);
  return date ? longDate.format(date) : value;
}

/** "Oct 17, 2025", for the library's columns. */
export function formatShortDate(value: string | null): string {
  if (!value) return '';
  const date = parseDate(value);
  return date ? shortDate.format(date) : value;
}

export function formatCount(value: number): string {
  return integer.format(value);
}

/** Reading time at an unhurried 230 words a minute, for the reader's metadata line. */
export function readingTime(words: number): string {
  const minutes = Math.max(1, Math.round(words / 230));
  return `${minutes} min read`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
