/**
 * Whether a short line states a date, in any of the languages Intl knows: month names come from
 * Intl.DateTimeFormat (no hand lists), numeric dates by shape. For telling metadata lines
 * ("Veröffentlicht am 28. Oktober 2023 | 3 Kommentare") from headlines; parsing the date itself
 * is dates.ts's job.
 */
import { MONTH_NAMES } from './month-names';

const LOCALES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'sv', 'da', 'nb', 'fi', 'cs', 'hu', 'ro', 'tr', 'ru', 'uk'];

/**
 * Every month name, long and short, standalone and beside a day (Russian "январь" and "января"),
 * in LOCALES, as Intl gives them. Asking Intl takes 72 formatters and 25–40 ms, which every parse
 * worker would pay on its first file; month-names.ts holds its answer, written by
 * `npx tsx build/scripts/month-names.ts` and checked against this by a test.
 */
export function monthNamesFromIntl(): string[] {
  const names = new Set<string>();
  for (const locale of LOCALES) {
    for (const month of ['long', 'short'] as const) {
      for (const context of [{ month }, { month, day: 'numeric' as const }]) {
        const format = new Intl.DateTimeFormat(locale, { ...context, timeZone: 'UTC' });
        for (let m = 0; m < 12; m++) {
          for (const part of format.formatToParts(new Date(Date.UTC(2020, m, 15)))) {
            if (part.type === 'month') names.add(part.value.toLowerCase().replace(/\.$/, ''));
          }
        }
      }
    }
  }
  return [...names];
}

let months: Set<string> | null = null;

const NUMERIC_DATE = /\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b/;
const YEAR = /\b(?:1[89]|20)\d{2}\b/;

/** True when the line holds a date: a numeric one, or a month name beside a day or a year. */
export function mentionsDate(text: string): boolean {
  if (text.length > 300) return false;
  if (NUMERIC_DATE.test(text)) return true;
  if (!YEAR.test(text) && !/\b\d{1,2}\b/.test(text)) return false;
  months ??= new Set(MONTH_NAMES);
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((w) => w.length >= 3 && months!.has(w)) && (YEAR.test(text) || /\b\d{1,2}\.?\s+\p{L}/u.test(text));
}
