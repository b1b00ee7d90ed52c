/**
 * Kindle's My Clippings.txt, parsed on every fixture file (read in place from the shared
 * fixtures): books, highlights, notes on their highlight, bookmarks and duplicates skipped,
 * localised headers and dates, and the clipping limit.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClippingHeader } from '../../main/library/import/highlights/kindle-header';
import { looksLikeKindleClippings, parseKindleClippings, splitTitleLine } from '../../main/library/import/highlights/kindle';
import { highlightExportKind, parseHighlightExport } from '../../main/library/import/highlights/index';
import { sharedFixtures } from './fixtures';

const dir = path.join(sharedFixtures, 'formats', 'kindle-clippings');
const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');

/** Every fixture: books, highlights, and what was skipped (bookmarks, duplicates, empty, unreadable). */
const EXPECTED: [string, number, number, [number, number, number, number]][] = [
  ['HereChen-KindleClippingsExport/My Clippings.txt', 26, 149, [4, 10, 1, 0]],
  ['hadynz-kindle-clippings/blockParser__simple.txt', 1, 2, [1, 0, 0, 0]],
  ['hadynz-kindle-clippings/blockParser__trailing-separator-start.txt', 1, 2, [0, 0, 0, 0]],
  ['hadynz-kindle-clippings/bookParser__dup-location-scenario.txt', 3, 3, [0, 0, 0, 0]],
  ['hadynz-kindle-clippings/bookParser__dup-same-page.txt', 1, 3, [0, 1, 0, 0]],
  ['hadynz-kindle-clippings/bookParser__first-scenario.txt', 2, 4, [0, 1, 0, 0]],
  ['hadynz-kindle-clippings/bookParser__missing-note-scenario.txt', 1, 1, [0, 0, 0, 0]],
  ['hadynz-kindle-clippings/bookParser__no-content-scenario.txt', 1, 1, [1, 0, 1, 0]],
  ['hadynz-kindle-clippings/bookParser__unordered-scenario.txt', 1, 3, [0, 0, 0, 0]],
  ['kindle-tools-ts/clippings/sample-en.txt', 3, 3, [1, 0, 0, 0]],
  ['kindle-tools-ts/clippings/sample-es.txt', 1, 1, [0, 0, 0, 0]],
  ['kindle-tools-ts/clippings/standard.txt', 3, 3, [0, 0, 0, 0]],
  ['kindle-tools-ts/clippings/edge-cases/extra-space.txt', 1, 1, [0, 0, 0, 0]],
  ['kindle2readwise/clippings_sample.txt', 4, 5, [1, 0, 0, 0]],
  ['kindle2readwise/clippings_with_notes.txt', 4, 4, [0, 0, 0, 0]],
  ['kindle2readwise/edge_cases_clippings.txt', 2, 4, [0, 0, 2, 0]],
  ['kindle2readwise/image_highlights_clippings.txt', 1, 2, [0, 0, 2, 0]],
  ['kindle2readwise/issue_3_example.txt', 1, 1, [0, 2, 0, 0]],
];

describe('parseKindleClippings on every fixture', () => {
  it.each(EXPECTED)('%s', (name, books, highlights, [bookmarks, duplicates, empty, unreadable]) => {
    const text = read(name);
    expect(looksLikeKindleClippings(text)).toBe(true);
    expect(highlightExportKind(text, name)).toBe('kindle');
    const parsed = parseKindleClippings(text);
    expect(parsed.books).toHaveLength(books);
    expect(parsed.books.reduce((n, b) => n + b.highlights.length, 0)).toBe(highlights);
    expect(parsed.skipped).toEqual({ bookmarks, duplicates, empty, unreadable });
    // Windows line endings (real devices write CRLF) read the same.
    expect(parseKindleClippings(text.replace(/\n/g, '\r\n'))).toEqual(parsed);
  });

  it('refuses the malformed file, saying what an entry needs', () => {
    const text = read('kindle-tools-ts/clippings/edge-cases/malformed.txt');
    expect(highlightExportKind(text, 'malformed.txt')).toBe('kindle');
    expect(() => parseKindleClippings(text)).toThrow(/none of its 2 entries could be read: each entry needs a title line/);
  });

  it('matches the expected output of kindle-tools-ts for titles, authors, text and places', () => {
    const expected = JSON.parse(read('kindle-tools-ts/expected-output/standard.output.json')) as {
      clippings: { title: string; author: string | null; content: string; type: string; page: number | null; location: { start: number; end: number | null } }[];
    };
    const parsed = parseKindleClippings(read('kindle-tools-ts/clippings/standard.txt'));
    const ours = parsed.books.flatMap((b) => [
      ...b.highlights.map((h) => ({ title: b.title, author: b.author ?? null, content: h.quote, locator: h.locator })),
      ...b.looseNotes.map((n) => ({ title: b.title, author: b.author ?? null, content: n.text, locator: n.locator })),
    ]);
    for (const c of expected.clippings) {
      const page = c.page === null ? null : `p. ${c.page}`;
      const loc = `loc. ${c.location.start}${c.location.end === null ? '' : `–${c.location.end}`}`;
      // kindle-tools-ts names a missing author "Unknown"; Commonplace leaves it empty rather than invent one.
      const author = c.author === 'Unknown' ? null : c.author;
      expect(ours).toContainEqual({ title: c.title, author, content: c.content, locator: [page, loc].filter(Boolean).join(' · ') });
    }
  });
});

describe('what each clipping becomes', () => {
  it('puts notes on the highlight at their location, and keeps notes at no highlight as loose notes', () => {
    const [book] = parseKindleClippings(read('hadynz-kindle-clippings/bookParser__unordered-scenario.txt')).books;
    expect(book!.highlights.map((h) => [h.locator, h.comment])).toEqual([
      ['loc. 89–91', 'Hollow 1'],
      ['loc. 98', 'Few more'],
      ['loc. 113–114', 'Hollow 2\n\nHollow 3'],
    ]);
    const orwell = parseKindleClippings(read('hadynz-kindle-clippings/bookParser__first-scenario.txt')).books[1]!;
    expect(orwell.looseNotes).toEqual([{ text: 'Airplane Accidents - also how software projects go wrong', locator: 'loc. 1971' }]);
  });

  it('keeps only the latest version of a resized highlight, and both of two that merely touch', () => {
    const [book] = parseKindleClippings(read('kindle2readwise/issue_3_example.txt')).books;
    expect(book!.highlights).toEqual([
      expect.objectContaining({ quote: 'Ginny saß ganz niedergeschlagen auf Hermines Stammplatz und sah ihnen zu.', comment: 'Niedergeschlagen', locator: 'p. 283' }),
    ]);
    const [elantris] = parseKindleClippings(read('hadynz-kindle-clippings/bookParser__first-scenario.txt')).books;
    expect(elantris!.highlights.map((h) => h.locator)).toEqual(['p. 27 · loc. 398–399', 'p. 30 · loc. 481–484', 'p. 31 · loc. 483–484']);
  });

  it('reads English, Spanish and Chinese headers and their dates', () => {
    const es = parseKindleClippings(read('kindle-tools-ts/clippings/sample-es.txt')).books[0]!;
    expect(es.highlights[0]).toMatchObject({ locator: 'p. 10 · loc. 150–160', comment: 'Inicio del libro', createdAt: new Date(2024, 0, 1, 11, 0, 0).toISOString() });
    const zh = parseKindleClippings(read('HereChen-KindleClippingsExport/My Clippings.txt')).books;
    const squirrel = zh.find((b) => b.title === '《科学松鼠会-Kindle精选》第1期（2013年5月）')!;
    expect(squirrel.highlights[0]).toMatchObject({ locator: 'loc. 469–471', comment: '未婚妻问题。', createdAt: new Date(2013, 11, 27, 1, 58, 30).toISOString() });
    const old = parseKindleClippings(read('hadynz-kindle-clippings/bookParser__dup-same-page.txt')).books[0]!;
    expect(old.highlights[0]!.createdAt).toBe(new Date(2012, 11, 3, 19, 42, 30).toISOString());
  });

  it('reads headers in German, French and Japanese, old abbreviated locations, and the title line', () => {
    expect(parseClippingHeader('- Ihre Markierung auf Seite 12 | Position 100-105 | Hinzugefügt am Montag, 1. Januar 2024 10:00:00')).toEqual({
      kind: 'highlight', page: { start: 12, end: 12 }, location: { start: 100, end: 105 }, language: 'de', dateText: 'Montag, 1. Januar 2024 10:00:00',
    });
    expect(parseClippingHeader('- Votre signet à l’emplacement 100 | Ajouté le lundi 1 janvier 2024 10:00:00')?.kind).toBe('bookmark');
    expect(parseClippingHeader('- 位置No. 100-105のハイライト |作成日: 2024年1月1日月曜日 10:00:00')).toMatchObject({ kind: 'highlight', location: { start: 100, end: 105 }, language: 'ja' });
    expect(parseClippingHeader('- Highlight Loc. 486-87 | Added on Tuesday, March 1, 2011, 10:00 PM')?.location).toEqual({ start: 486, end: 487 });
    expect(parseClippingHeader('Just one line')).toBeUndefined();
    expect(splitTitleLine('\uFEFF飘（上下） (外国文学名著名译丛书) ((美)米切尔)')).toEqual({ title: '飘（上下） (外国文学名著名译丛书)', author: '(美)米切尔' });
    expect(splitTitleLine('The_Power_of_Now')).toEqual({ title: 'The Power of Now' });
  });

  it('marks a highlight cut by the clipping limit as partial, without the marker', () => {
    const text = [
      'A Long Book (Some Author)',
      '- Your Highlight on Location 10-90 | Added on Monday, January 1, 2024 10:00:00 AM',
      '',
      'The first words of a long passage <You have reached the clipping limit for this item>',
      '==========',
      '',
    ].join('\n');
    expect(parseKindleClippings(text).books[0]!.highlights[0]).toMatchObject({ quote: 'The first words of a long passage', partial: true });
  });

  it('keeps for each source item only its own entries, so reading that original again gives the same item', () => {
    const { articles } = parseHighlightExport('kindle', read('HereChen-KindleClippingsExport/My Clippings.txt'));
    expect(articles).toHaveLength(26);
    for (const article of articles) {
      const again = parseHighlightExport('kindle', article.original!).articles;
      expect(again).toHaveLength(1);
      expect(again[0]!.title).toBe(article.title);
      expect(again[0]!.highlights).toEqual(article.highlights);
      expect(again[0]!.blocks).toEqual(article.blocks);
    }
  });

  it('does not take an ordinary article for a clippings file', () => {
    expect(highlightExportKind('A title\n\nA paragraph of text.\n\nAnother paragraph.', 'article.txt')).toBeNull();
  });
});
