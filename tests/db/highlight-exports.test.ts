/**
 * Kindle clippings and Readwise CSV through the real importer, on real library files with the
 * real migrations and the shared fixture files read in place: source items and their pending
 * highlights, the report in words, re-import adding nothing, highlights attaching to a text
 * already in the library and to one imported later, and malformed files refused untouched.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDocument, listDocuments } from '../../db/repos/documents';
import { listHighlightsOfDocument } from '../../db/repos/highlights';
import { tagsOfHighlight } from '../../db/repos/tags';
import type { Db } from '../../db/open';
import { importSources } from '../../main/library/importer';
import { sharedFixtures } from '../unit/fixtures';
import { apiFor } from './annotations-helpers';
import { readVault } from './export-helpers';
import { tempDir, tempLibrary } from './helpers';

const formats = path.join(sharedFixtures, 'formats');
const kindle = (name: string) => path.join(formats, 'kindle-clippings', name);
const readwise = (name: string) => path.join(formats, 'readwise-csv', name);
const REAL_DEVICE = kindle('HereChen-KindleClippingsExport/My Clippings.txt');
const paths = (...files: string[]) => files.map((p) => ({ kind: 'path' as const, path: p }));

function counts(db: Db) {
  const documents = listDocuments(db, { sort: 'importedAt', direction: 'asc' });
  const highlights = documents.flatMap((d) => listHighlightsOfDocument(db, d.id));
  return { documents: documents.length, cards: documents.filter((d) => d.kind === 'card').length, highlights: highlights.length };
}

function writeArticle(dir: string, name: string, paragraphs: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, paragraphs.join('\n\n'));
  return file;
}

const FILLER = [
  'The summer had been long and the house by the water stood empty for most of it, its windows shuttered against the heat.',
  'Neighbours said the owner came only at night, and that the parties he gave were larger than any the bay had seen before.',
];

describe('Kindle My Clippings.txt', () => {
  it('imports a real device file as one source item per book, and says what it did', async () => {
    const { db } = tempLibrary();
    const report = await importSources(db, paths(REAL_DEVICE));
    expect(report.refused).toEqual([]);
    expect(report.highlightFiles).toHaveLength(1);
    expect(report.highlightFiles![0]!.message).toBe(
      'Kindle clippings: 149 highlights from 26 books; 10 duplicates skipped; 4 bookmarks skipped; 1 entry without text skipped (images, or cut by the clipping limit).',
    );
    expect(report.split).toEqual([]);
    expect(counts(db)).toEqual({ documents: 26, cards: 26, highlights: 149 });
    const zhihu = listDocuments(db, { sort: 'importedAt', direction: 'asc' }).find((d) => d.title === '知乎周刊·读书这件小事')!;
    expect(zhihu.byline).toBe('知乎');
    const [first] = listHighlightsOfDocument(db, zhihu.id);
    expect(first).toMatchObject({ status: 'pending', locator: 'loc. 465–466', comment: '同感呢', partial: 0 });
    expect(first!.exact).toMatch(/^小的时候读《背影》/);
    // 2013年12月24日星期二 下午09:10:24, read as this computer's local time.
    expect(new Date(first!.createdAt).getFullYear()).toBe(2013);
    expect(new Date(first!.createdAt).getHours()).toBe(21);
  });

  it('re-importing the same file adds nothing', async () => {
    const { db } = tempLibrary();
    await importSources(db, paths(REAL_DEVICE));
    const before = counts(db);
    const again = await importSources(db, paths(REAL_DEVICE));
    expect(again.imported).toEqual([]);
    expect(again.duplicates).toHaveLength(1);
    expect(again.highlightFiles![0]!.message).toBe('Kindle clippings: this file was imported before, so nothing was added.');
    expect(counts(db)).toEqual(before);
  });

  it('takes from a grown clippings file only what is new, adding it to the books already in the library', async () => {
    const { db } = tempLibrary();
    const sample = readFileSync(kindle('kindle-tools-ts/clippings/sample-en.txt'), 'utf8');
    await importSources(db, paths(kindle('kindle-tools-ts/clippings/sample-en.txt')));
    const before = counts(db);
    const grown = path.join(tempDir(), 'My Clippings.txt');
    writeFileSync(
      grown,
      sample +
        [
          'The Great Gatsby (F. Scott Fitzgerald)',
          '- Your Highlight on page 180 | Location 2700-2702 | Added on Friday, February 2, 2024 9:00:00 PM',
          '',
          'So we beat on, boats against the current, borne back ceaselessly into the past.',
          '==========',
          'Walden (Henry David Thoreau)',
          '- Your Highlight on page 90 | Location 1300-1301 | Added on Saturday, February 3, 2024 9:00:00 AM',
          '',
          'I went to the woods because I wished to live deliberately.',
          '==========',
          '',
        ].join('\n'),
    );
    const report = await importSources(db, paths(grown));
    expect(report.highlightFiles![0]!.message).toBe(
      'Kindle clippings: 1 highlight from 1 book; 1 new highlight added to 1 book already in your library; 2 books already in your library; 1 bookmark skipped.',
    );
    expect(counts(db)).toEqual({ documents: before.documents + 1, cards: before.cards + 1, highlights: before.highlights + 2 });
    const gatsby = listDocuments(db, { sort: 'importedAt', direction: 'asc' }).find((d) => d.title === 'The Great Gatsby')!;
    expect(listHighlightsOfDocument(db, gatsby.id).map((h) => h.locator)).toEqual(['p. 5 · loc. 100–105', 'p. 180 · loc. 2700–2702']);
    expect(getDocument(db, gatsby.id)!.plainText).toContain('So we beat on');
    const again = await importSources(db, paths(grown));
    expect(again.imported).toEqual([]);
    expect(counts(db)).toEqual({ documents: before.documents + 1, cards: before.cards + 1, highlights: before.highlights + 2 });
  });

  it('reads the same file with Windows line endings (as devices write it) the same way', async () => {
    const { db } = tempLibrary();
    const crlf = path.join(tempDir(), 'My Clippings.txt');
    writeFileSync(crlf, readFileSync(kindle('kindle-tools-ts/clippings/sample-en.txt'), 'utf8').replace(/\n/g, '\r\n'));
    const report = await importSources(db, paths(crlf));
    expect(report.highlightFiles![0]!.message).toBe('Kindle clippings: 3 highlights from 3 books; 1 bookmark skipped.');
    const gatsby = listDocuments(db, { sort: 'importedAt', direction: 'asc' }).find((d) => d.title === 'The Great Gatsby')!;
    expect(listHighlightsOfDocument(db, gatsby.id)[0]).toMatchObject({ comment: 'This is my note about the opening line.', locator: 'p. 5 · loc. 100–105' });
  });

  it('attaches to a text already in the library', async () => {
    const { db } = tempLibrary();
    const dir = tempDir();
    const article = writeArticle(dir, 'gatsby.txt', [
      'The Great Gatsby',
      ...FILLER,
      "In my younger and more vulnerable years my father gave me some advice that I've been turning over in my mind ever since.",
      ...FILLER,
    ]);
    await importSources(db, paths(article));
    const report = await importSources(db, paths(kindle('kindle-tools-ts/clippings/sample-en.txt')));
    expect(report.highlightFiles![0]!.message).toBe('Kindle clippings: 3 highlights from 3 books; 1 highlight attached to its text in your library; 1 bookmark skipped.');
    const host = listDocuments(db, { sort: 'importedAt', direction: 'asc' }).find((d) => d.kind === 'article')!;
    const [placed] = listHighlightsOfDocument(db, host.id);
    expect(placed).toMatchObject({ status: 'ok', locator: 'p. 5 · loc. 100–105', comment: 'This is my note about the opening line.' });
    expect(placed!.exact).toMatch(/^In my younger/);
  });

  it('attaches pending highlights to a text imported later', async () => {
    const { db } = tempLibrary();
    await importSources(db, paths(kindle('kindle2readwise/clippings_with_notes.txt')));
    const article = writeArticle(tempDir(), 'fahrenheit.txt', [
      'Fahrenheit 451',
      ...FILLER,
      'Who knows who might be the target of the well-read man? Me? I won’t stomach them for a minute.',
      ...FILLER,
    ]);
    const report = await importSources(db, paths(article));
    expect(report.attached).toEqual([expect.objectContaining({ cardTitle: 'Fahrenheit 451', highlights: 1 })]);
    const host = listDocuments(db, { sort: 'importedAt', direction: 'asc' }).find((d) => d.kind === 'article')!;
    expect(listHighlightsOfDocument(db, host.id)[0]).toMatchObject({ status: 'ok', locator: 'loc. 784–785', exact: 'Who knows who might be the target of the well-read man?' });
  });

  it('exports a source item’s highlights with their place in the book, and partial ones as partial', async () => {
    const { db } = tempLibrary();
    const file = path.join(tempDir(), 'My Clippings.txt');
    writeFileSync(
      file,
      [
        'A Long Book (Some Author)',
        '- Your Highlight on page 12 | Location 180-190 | Added on Monday, January 1, 2024 10:00:00 AM',
        '',
        'The first words of a long passage <You have reached the clipping limit for this item>',
        '==========',
        '',
      ].join('\n'),
    );
    const report = await importSources(db, paths(file));
    expect(report.highlightFiles![0]!.message).toBe('Kindle clippings: 1 highlight from 1 book; 1 highlight cut short by Kindle’s clipping limit (marked “partial”).');
    const folder = path.join(tempDir(), 'vault');
    await apiFor(db).call('export.run', { jobId: 'job', folder });
    const exported = [...readVault(folder).values()].find((f) => f.raw.includes('The first words of a long passage'))!;
    expect(exported.raw).toContain('*Yellow — Important* (not yet placed in the article) · p. 12 · loc. 180–190 · partial (cut short by Kindle’s clipping limit)');
  });

  it('refuses a malformed clippings file and stores nothing', async () => {
    const { db } = tempLibrary();
    await importSources(db, paths(kindle('kindle-tools-ts/clippings/standard.txt')));
    const before = counts(db);
    const report = await importSources(db, paths(kindle('kindle-tools-ts/clippings/edge-cases/malformed.txt')));
    expect(report.imported).toEqual([]);
    expect(report.refused[0]!.reason).toMatch(/^This looks like a Kindle clippings file, but none of its 2 entries could be read/);
    expect(counts(db)).toEqual(before);
  });
});

describe('Readwise CSV', () => {
  const FILES = [
    ['readwise-data_2019_9col_dpastoor_subset.csv', 'Readwise export: 19 highlights from 10 books or articles.'],
    ['readwise-data_2020_10col_davidlove_subset.csv', 'Readwise export: 30 highlights from 16 books or articles.'],
    ['readwise-data_2026_11col_SteshinSS.csv', 'Readwise export: 3 highlights from 3 books or articles.'],
  ] as const;

  it.each(FILES)('imports %s and, imported again, adds nothing', async (name, message) => {
    const { db } = tempLibrary();
    const report = await importSources(db, paths(readwise(name)));
    expect(report.refused).toEqual([]);
    expect(report.highlightFiles![0]!.message).toBe(message);
    const before = counts(db);
    const again = await importSources(db, paths(readwise(name)));
    expect(again.imported).toEqual([]);
    expect(counts(db)).toEqual(before);
  });

  it('keeps colour, tags, note and location', async () => {
    const { db } = tempLibrary();
    await importSources(db, paths(readwise('readwise-data_2019_9col_dpastoor_subset.csv')));
    const book = listDocuments(db, { sort: 'importedAt', direction: 'asc' }).find((d) => d.title.startsWith('Presentation Skills 201'))!;
    const [h] = listHighlightsOfDocument(db, book.id);
    expect(h).toMatchObject({ color: 'pink', locator: 'loc. 1511', status: 'pending' });
    expect(tagsOfHighlight(db, h!.id)).toEqual(['pink']);
  });

  it('refuses a damaged CSV and a CSV that is not from Readwise, storing nothing', async () => {
    const { db } = tempLibrary();
    const dir = tempDir();
    const damaged = path.join(dir, 'readwise-data.csv');
    writeFileSync(damaged, 'Highlight,Book Title,Book Author\n"An unclosed quote,A Book,Someone\nMore,Another,Person\n');
    const other = path.join(dir, 'prices.csv');
    writeFileSync(other, 'date,price\n2024-01-01,3\n');
    const report = await importSources(db, paths(damaged, other));
    expect(report.refused.map((r) => r.reason)).toEqual([
      expect.stringMatching(/^This Readwise CSV file is damaged: a quoted field is never closed/),
      expect.stringMatching(/^This CSV file is not a Readwise export/),
    ]);
    expect(counts(db)).toEqual({ documents: 0, cards: 0, highlights: 0 });
  });
});
