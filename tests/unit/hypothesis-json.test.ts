/**
 * Hypothesis JSON (the API's search answer, read in place from the shared fixtures): pages by
 * URI with their titles, quotes with their prefix and suffix for the matcher, notes, tags and
 * times, replies kept in their thread's comment, page notes, duplicates, and malformed files
 * refused naming the bad field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusalOf } from './refusal';
import { highlightExportKind, parseHighlightExport } from '../../main/library/import/highlights/index';
import { parseHypothesis } from '../../main/library/import/highlights/hypothesis';
import { sharedFixtures } from './fixtures';

const dir = path.join(sharedFixtures, 'formats', 'hypothesis');
const WIKIPEDIA = 'hypothesis-api-search_wikipedia-regression-testing.json';
const MINIMAL = 'hypothesis-api-search_minimal.json';
const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');

function row(id: string, fields: Record<string, unknown> = {}) {
  return {
    id,
    uri: 'https://example.org/essay',
    user: 'acct:ada@hypothes.is',
    created: '2024-03-01T10:00:00.000000+00:00',
    document: { title: ['An essay'] },
    target: [{ source: 'https://example.org/essay', selector: [{ type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: 'before ', suffix: ' after' }] }],
    ...fields,
  };
}

const refusal = (json: unknown): string => refusalOf(() => parseHighlightExport('hypothesis', JSON.stringify(json), 'h.json'));

describe('Hypothesis fixtures', () => {
  it('reads the Wikipedia search answer as one page with five highlights in reading order', () => {
    const text = read(WIKIPEDIA);
    expect(highlightExportKind(text, WIKIPEDIA)).toBe('hypothesis');
    const parsed = parseHypothesis(JSON.parse(text), 'fallback');
    expect(parsed.books).toHaveLength(1);
    const [page] = parsed.books;
    expect(page).toMatchObject({ title: 'Regression testing - Wikipedia', url: 'https://en.wikipedia.org/wiki/Regression_testing' });
    // Ordered by the TextPositionSelector: the heading first, the footer's date last.
    expect(page!.highlights.map((h) => h.comment)).toEqual(['Heading', 'Introduction', 'Body', 'Quote', 'Footer']);
    const footer = page!.highlights[4]!;
    expect(footer).toMatchObject({ quote: '11 November 2016', prefix: 'This page was last modified on ', suffix: ', at 05:56. Text is a', createdAt: '2016-12-16T11:24:14.673Z' });
    expect(parsed.skipped).toEqual({ bookmarks: 0, duplicates: 0, empty: 0, unreadable: 0 });
    // The page keeps its own rows as its original, which read again give the same page.
    expect(parseHypothesis(JSON.parse(page!.original!), 'fallback').books[0]!.highlights).toEqual(page!.highlights);
  });

  it('reads the minimal answer, which names no page, under the file’s name', () => {
    const { articles, summary } = parseHighlightExport('hypothesis', read(MINIMAL), MINIMAL);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.title).toBe('hypothesis api search minimal');
    expect(articles[0]!.highlights).toEqual([{ quote: 'Two', prefix: 'One ', suffix: ' Three' }]);
    expect(summary).toMatchObject({ tool: 'hypothesis', books: 1, highlights: 1 });
  });
});

describe('Hypothesis threads, tags and notes', () => {
  it('keeps replies, oldest first, in the comment of the annotation that started the thread', () => {
    const rows = [
      row('a', { text: 'My note', tags: ['method', ' method ', 'Reading/2024'] }),
      row('r2', { references: ['a', 'r1'], text: 'And a reply to the reply', user: 'acct:cy@hypothes.is', created: '2024-03-03T00:00:00Z', target: [{ source: 'https://example.org/essay' }] }),
      row('r1', { references: ['a'], text: 'I disagree', user: 'acct:bo@hypothes.is', created: '2024-03-02T00:00:00Z', target: [{ source: 'https://example.org/essay' }] }),
    ];
    const [page] = parseHypothesis({ total: 3, rows }, 'x').books;
    expect(page!.highlights).toHaveLength(1);
    expect(page!.highlights[0]).toMatchObject({
      quote: 'quote a',
      tags: ['method', 'Reading/2024'],
      comment: 'My note\n\nReply from bo (2024-03-02): I disagree\n\nReply from cy (2024-03-03): And a reply to the reply',
    });
  });

  it('keeps page notes and replies whose thread is not in the file as the page’s notes', () => {
    const rows = [row('a'), row('note', { text: 'A note on the whole page', target: [{ source: 'https://example.org/essay' }] }), row('lost', { references: ['gone'], text: 'Orphan reply' })];
    const [page] = parseHypothesis({ rows }, 'x').books;
    expect(page!.looseNotes).toEqual([{ text: 'A note on the whole page' }, { text: 'Reply from ada (2024-03-01): Orphan reply' }]);
  });

  it('groups by page, skips a row repeated by id, and counts an annotation with neither quote nor note as empty', () => {
    const other = { uri: 'https://example.org/other', document: { title: ['Other page'] }, target: [{ source: 'https://example.org/other', selector: [{ type: 'TextQuoteSelector', exact: 'elsewhere' }] }] };
    const parsed = parseHypothesis([row('a'), row('a'), row('b', other), row('c', { target: [{ source: 'https://example.org/essay' }] })], 'x');
    expect(parsed.books.map((b) => [b.title, b.highlights.length])).toEqual([
      ['An essay', 1],
      ['Other page', 1],
    ]);
    expect(parsed.skipped).toMatchObject({ duplicates: 1, empty: 1 });
  });
});

describe('malformed Hypothesis files', () => {
  it('names the bad field', () => {
    expect(refusal({ total: 1, rows: [row('a', { tags: 'method' })] })).toBe(
      'This Hypothesis export is malformed: rows[0].tags should be a list, not text. Nothing was imported; export it again.',
    );
    const badQuote = row('a', { target: [{ selector: [{ type: 'TextQuoteSelector', exact: 42 }] }] });
    expect(refusal({ rows: [badQuote] })).toBe('This Hypothesis export is malformed: rows[0].target[0].selector[0].exact should be text, not a number. Nothing was imported; export it again.');
    expect(refusal({ rows: [row('a', { target: [{ selector: [{ type: 'TextPositionSelector', start: 4 }] }] })] })).toMatch(/rows\[0\]\.target\[0\]\.selector\[0\]\.end is missing/);
    expect(refusal({ rows: 'none' })).toMatch(/rows should be a list, not text/);
  });

  it('refuses JSON nested far deeper than any export, without running out of stack', () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const text = `{"rows":[{"id":"a","uri":"https://example.org","target":[{"selector":[{"type":"TextQuoteSelector","exact":"some words"}]}],"deep":${deep}}]}`;
    expect(() => parseHighlightExport('hypothesis', text, 'h.json')).toThrow('This Hypothesis export nests more than 64 levels deep, which no export Commonplace reads does, so nothing was imported.');
  });

  it('refuses broken JSON and an answer with no annotations', () => {
    expect(refusal({ total: 0, rows: [] })).toBe('This Hypothesis export holds no highlights or notes with text, so there is nothing to import.');
    expect(() => parseHighlightExport('hypothesis', '{"rows": [', 'h.json')).toThrow(/This Hypothesis export is not valid JSON/);
  });
});
