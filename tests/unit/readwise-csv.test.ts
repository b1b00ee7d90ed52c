/**
 * Readwise CSV exports, parsed on every fixture file (all three header generations, read in
 * place): books by title and author, multi-line and quoted fields, notes, tags, colours,
 * locations, dates; damaged files refused.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightExportKind, parseHighlightExport } from '../../main/library/import/highlights/index';
import { parseReadwiseCsv, tagsOf } from '../../main/library/import/highlights/readwise';
import { sharedFixtures } from './fixtures';

const dir = path.join(sharedFixtures, 'formats', 'readwise-csv');
const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
const NINE = 'readwise-data_2019_9col_dpastoor_subset.csv';
const TEN = 'readwise-data_2020_10col_davidlove_subset.csv';
const ELEVEN = 'readwise-data_2026_11col_SteshinSS.csv';

describe('parseReadwiseCsv on every fixture', () => {
  it.each([
    [NINE, 10, 19],
    [TEN, 16, 30],
    [ELEVEN, 3, 3],
  ])('%s: %i books, %i highlights', (name, books, highlights) => {
    const text = read(name);
    expect(highlightExportKind(text, name)).toBe('readwise');
    const parsed = parseReadwiseCsv(text);
    expect(parsed.books).toHaveLength(books);
    expect(parsed.books.reduce((n, b) => n + b.highlights.length, 0)).toBe(highlights);
    expect(parsed.skipped).toEqual({ bookmarks: 0, duplicates: 0, empty: 0, unreadable: 0 });
    expect(parseReadwiseCsv(text.replace(/\r?\n/g, '\r\n'))).toEqual(parsed);
  });

  it('reads the 9-column generation: colour, tags, location, Amazon link, multi-line fields', () => {
    const { books } = parseReadwiseCsv(read(NINE));
    const talk = books.find((b) => b.title.startsWith('Presentation Skills 201'))!;
    expect(talk).toMatchObject({ author: 'William R. Steele', url: 'https://www.amazon.com/dp/B003L780ZG' });
    expect(talk.highlights[0]).toMatchObject({ color: 'pink', tags: ['pink'], locator: 'loc. 1511' });
    expect(talk.highlights[0]!.quote).toMatch(/^“Are there any questions\?”/);
  });

  it('reads the 10-column generation: escaped quotes and the time it was highlighted', () => {
    const { books } = parseReadwiseCsv(read(TEN));
    const guillotine = books.find((b) => b.title === 'The Guillotine Mystique')!;
    expect(guillotine.author).toBe('reason.com');
    // "order" places only sort: the highlight numbered 1 comes first.
    expect(guillotine.highlights[0]!.quote).toMatch(/^Robespierre's grand vision/);
    expect(guillotine.highlights[0]!.locator).toBeUndefined();
    expect(guillotine.highlights[1]!.quote).toContain('"There is no prosperity to hope for');
    expect(guillotine.highlights[1]!.createdAt).toBe('2020-11-26T03:28:15.000Z');
    expect(books.flatMap((b) => b.highlights).some((h) => h.quote.includes('\n'))).toBe(true);
  });

  it('reads the 11-column generation: notes, microsecond times', () => {
    const { books } = parseReadwiseCsv(read(ELEVEN));
    expect(books[0]!.highlights[0]).toMatchObject({ quote: 'nd Thursday', comment: 'beware', createdAt: '2026-06-22T10:34:42.964Z' });
  });

  it('keeps for each source item only its own rows, so reading that original again gives the same item', () => {
    const { articles } = parseHighlightExport('readwise', read(NINE));
    for (const article of articles) {
      const again = parseHighlightExport('readwise', article.original!).articles;
      expect(again).toHaveLength(1);
      expect(again[0]!.highlights).toEqual(article.highlights);
    }
  });

  it('refuses a damaged file and one without the columns, saying why', () => {
    expect(() => parseReadwiseCsv('Highlight,Book Title\n"never closed,A Book\n')).toThrow(/damaged: a quoted field is never closed/);
    expect(() => parseReadwiseCsv('Highlight,Book Title\nOne,Two,Three\n')).toThrow(/different number of fields than the header \(row 2/);
    expect(() => parseReadwiseCsv('Quote,Title\nOne,Two\n')).toThrow(/not a Readwise export: it has no Highlight or Book Title column/);
  });

  it('tidies comma-separated tags', () => {
    expect(tagsOf('favorite, Deep Work ,favorite')).toEqual(['favorite', 'Deep Work']);
  });
});
