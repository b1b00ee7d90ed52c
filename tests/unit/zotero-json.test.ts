/**
 * Zotero annotation JSON (the reader's demo annotations for a PDF, an EPUB and a saved page, read
 * in place): highlights and underlines with colour, comment, tags, page label and time; notes and
 * text boxes kept as notes; ink and image areas counted as skipped with the reason; colours onto
 * the five; malformed files refused naming the bad field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusalOf } from './refusal';
import { highlightExportKind, parseHighlightExport } from '../../main/library/import/highlights/index';
import { describeHighlightImport } from '../../main/library/import/highlights/report';
import { summariseExport } from '../../main/library/import/highlights/to-articles';
import { parseZotero, titleFromFileName } from '../../main/library/import/highlights/zotero';
import { colorOfZoteroHex } from '../../main/library/import/highlights/zotero-colors';
import { sharedFixtures } from './fixtures';

const dir = path.join(sharedFixtures, 'formats', 'zotero', 'zotero-reader-demo');
const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');

const refusal = (json: unknown): string => refusalOf(() => parseHighlightExport('zotero', JSON.stringify(json), 'paper-annotations.json'));

describe('Zotero fixtures', () => {
  it.each([
    ['pdf-annotations.json', 'pdf', 17, 2, { 'ink drawing': 2, 'image area': 2 }],
    ['epub-annotations.json', 'epub', 13, 1, undefined],
    ['snapshot-annotations.json', 'snapshot', 6, 2, undefined],
  ])('%s: titled “%s”, %i highlights, %i notes', (name, title, highlights, notes, noText) => {
    const text = read(name);
    expect(highlightExportKind(text, name)).toBe('zotero');
    const parsed = parseZotero(JSON.parse(text), name);
    expect(parsed.books).toHaveLength(1);
    expect(parsed.books[0]!.title).toBe(title);
    expect(parsed.books[0]!.highlights).toHaveLength(highlights);
    expect(parsed.books[0]!.looseNotes).toHaveLength(notes);
    expect(parsed.skipped.noText).toEqual(noText);
  });

  it('reads the PDF’s annotations in page order with colour, comment, tags, page and time', () => {
    const [book] = parseZotero(JSON.parse(read('pdf-annotations.json')), 'pdf-annotations.json').books;
    const tagged = book!.highlights.find((h) => h.quote.startsWith('Dynamic languages such as JavaScript, Python, and Ruby, are popular') && h.tags)!;
    expect(tagged).toMatchObject({ color: 'blue', locator: 'p. 1', tags: ['programming languages', 'compiler'], createdAt: '2020-02-07T07:24:37.870Z' });
    expect(tagged.comment).toMatch(/^This demonstrates pdf-reader highlighted text and comments editing capabilities\.\n\nNew lines are supported/);
    // Red (#ff6666) becomes pink; dateCreated wins over dateModified.
    expect(book!.highlights.find((h) => h.quote.startsWith('We have implemented'))).toMatchObject({ color: 'pink', createdAt: '2023-06-19T10:20:10.675Z' });
    expect(book!.highlights.map((h) => h.locator)).toEqual([...Array(11).fill('p. 1'), ...Array(5).fill('p. 2'), 'p. 3']);
    expect(book!.looseNotes).toEqual([
      { text: 'Text annotation example', locator: 'p. 1' },
      { text: 'Use this in my thesis', locator: 'p. 2' },
    ]);
  });

  it('says in the report what it skipped and why', () => {
    const parsed = parseZotero(JSON.parse(read('pdf-annotations.json')), 'pdf-annotations.json');
    const outcome = { highlights: 17, books: 1, withHighlights: 1, booksUpdated: 0, highlightsAdded: 0, attached: 0, booksAlreadyThere: 0, fileAlreadyThere: false };
    expect(describeHighlightImport(summariseExport(parsed), outcome)).toBe(
      'Zotero annotations: 17 highlights from 1 document; 2 ink drawings and 2 image areas skipped (they hold no text to import).',
    );
  });

  it('titles the document from the file’s name, since the annotations name none', () => {
    expect(titleFromFileName('/home/me/Stahl 2021-annotations.json')).toBe('Stahl 2021');
    expect(titleFromFileName('tracemonkey_annotations.json')).toBe('tracemonkey');
    expect(titleFromFileName('annotations.json')).toBe('annotations');
  });
});

describe('Zotero colours onto the five', () => {
  it.each([
    ['#ffd400', 'yellow'],
    ['#ff6666', 'pink'],
    ['#5fb236', 'green'],
    ['#2ea8e5', 'blue'],
    ['#a28ae5', 'purple'],
    ['#e56eee', 'pink'],
    ['#f19837', 'yellow'],
    ['#FFD400', 'yellow'],
    ['#0f0', 'green'],
    ['#1a237e', 'blue'],
    ['#aaaaaa', undefined],
    ['red', undefined],
    [undefined, undefined],
  ])('%s → %s', (hex, color) => {
    expect(colorOfZoteroHex(hex)).toBe(color);
  });
});

describe('Zotero edge cases', () => {
  const base = { type: 'highlight', sortIndex: '00000|000001|00000', position: { pageIndex: 0 }, text: 'A passage', color: '#ffd400' };

  it('skips a repeated annotation and a highlight without text, and accepts tags as plain names', () => {
    const parsed = parseZotero([{ ...base, id: 'A', tags: ['plain', { name: 'object' }] }, { ...base, id: 'A' }, { ...base, id: 'B', text: '  ' }, { ...base, id: 'C', type: 'note', comment: '' }], 'x.json');
    expect(parsed.books[0]!.highlights).toEqual([{ quote: 'A passage', color: 'yellow', tags: ['plain', 'object'] }]);
    expect(parsed.skipped).toMatchObject({ duplicates: 1, empty: 2 });
  });

  it('refuses a file with only drawings, saying there is nothing to import', () => {
    expect(refusal([{ ...base, type: 'ink', text: undefined }])).toBe('This Zotero annotation file holds no highlights or notes with text, so there is nothing to import.');
  });

  it('names the bad field of a malformed file', () => {
    expect(refusal([base, { ...base, text: 12 }])).toBe('This Zotero annotation file is malformed: [1].text should be text, not a number. Nothing was imported; export it again.');
    expect(refusal([{ ...base, tags: [{ colour: 'red' }] }])).toMatch(/^This Zotero annotation file is malformed: \[0\]\.tags\[0\]/);
    expect(() => parseHighlightExport('zotero', '[{"type": "highlight",', 'x.json')).toThrow(/This Zotero annotation file is not valid JSON/);
  });
});

describe('Zotero Web API items', () => {
  const item = (key: string, data: Record<string, unknown>) => ({
    key,
    version: 12,
    data: { key, itemType: 'annotation', parentItem: 'PARENT1', annotationColor: '#5fb236', annotationPageLabel: '7', annotationSortIndex: '00006|001234|00200', tags: [{ tag: 'method' }], dateAdded: '2024-05-01T09:00:00Z', ...data },
  });

  it('reads items (or their data alone) as the reader’s annotations', () => {
    const items = [
      item('B', { annotationType: 'highlight', annotationText: 'Second on the page', annotationComment: '', annotationSortIndex: '00006|001300|00200' }),
      item('A', { annotationType: 'underline', annotationText: 'First on the page', annotationComment: 'Key claim' }),
      item('C', { annotationType: 'ink', annotationText: null }),
    ];
    const text = JSON.stringify(items);
    expect(highlightExportKind(text, 'items.json')).toBe('zotero');
    const parsed = parseZotero(JSON.parse(text), 'Paper-annotations.json');
    expect(parsed.books[0]!.highlights).toEqual([
      { quote: 'First on the page', comment: 'Key claim', color: 'green', tags: ['method'], createdAt: '2024-05-01T09:00:00.000Z', locator: 'p. 7' },
      { quote: 'Second on the page', color: 'green', tags: ['method'], createdAt: '2024-05-01T09:00:00.000Z', locator: 'p. 7' },
    ]);
    expect(parsed.skipped.noText).toEqual({ 'ink drawing': 1 });
    expect(parseZotero(items.map((i) => i.data), 'x.json').books[0]!.highlights).toHaveLength(2);
  });

  it('names the bad field inside an item’s data', () => {
    expect(refusal([item('A', { annotationType: 'highlight', annotationText: 5 })])).toBe(
      'This Zotero annotation file is malformed: [0].data.annotationText should be text, not a number. Nothing was imported; export it again.',
    );
  });
});
