/** Dates in a line, by month names that come from Intl, kept in month-names.ts so no parse asks Intl. */
import { describe, expect, it } from 'vitest';
import { mentionsDate, monthNamesFromIntl } from '../../main/library/import/text/date-words';
import { MONTH_NAMES } from '../../main/library/import/text/month-names';

describe('month names', () => {
  it('are what Intl gives now (else run `npx tsx build/scripts/month-names.ts`)', () => {
    expect([...MONTH_NAMES].sort()).toEqual(monthNamesFromIntl().sort());
  });

  it('tell a date in a line in several languages, standalone and declined forms alike', () => {
    expect(mentionsDate('Veröffentlicht am 28. Oktober 2023 | 3 Kommentare')).toBe(true);
    expect(mentionsDate('Опубликовано 5 января 2024')).toBe(true);
    expect(mentionsDate('Le 3 févr. 2022')).toBe(true);
    expect(mentionsDate('Posted 2024-03-01')).toBe(true);
    expect(mentionsDate('March of the penguins')).toBe(false);
    expect(mentionsDate('The council met 3 times')).toBe(false);
  });
});
