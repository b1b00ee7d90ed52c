/**
 * Hypothesis, Zotero and Omnivore exports through the real importer, on real library files with
 * the real migrations and the shared fixtures read in place: source items and their pending
 * highlights, the report in words, highlights attaching to a page already in the library and to
 * one imported later, re-import adding nothing, malformed files refused with nothing stored, and
 * the CLI's `import` taking each of them.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../main/contract';
import { getDocument, listDocuments } from '../../db/repos/documents';
import { listHighlightsOfDocument } from '../../db/repos/highlights';
import { tagsOfDocument, tagsOfHighlight } from '../../db/repos/tags';
import type { Db } from '../../db/open';
import { importSources } from '../../main/library/importer';
import { sharedFixtures } from '../unit/fixtures';
import { metadataItems, OMNIVORE_METADATA, omnivoreZip, PASSAGES, sampleExport, highlightsMarkdown } from '../unit/omnivore-zips';
import { cli } from './cli-run';
import { tempDir, tempLibrary } from './helpers';

const formats = path.join(sharedFixtures, 'formats');
const HYPOTHESIS = path.join(formats, 'hypothesis', 'hypothesis-api-search_wikipedia-regression-testing.json');
const WIKIPEDIA_PAGE = path.join(formats, 'hypothesis', 'wikipedia-regression-testing.html');
const zotero = (name: string) => path.join(formats, 'zotero', 'zotero-reader-demo', name);
const paths = (...files: string[]) => files.map((p) => ({ kind: 'path' as const, path: p }));

function documents(db: Db) {
  return listDocuments(db, { sort: 'importedAt', direction: 'asc' });
}

function counts(db: Db) {
  const docs = documents(db);
  const highlights = docs.flatMap((d) => listHighlightsOfDocument(db, d.id));
  return { documents: docs.length, cards: docs.filter((d) => d.kind === 'card').length, highlights: highlights.length, pending: highlights.filter((h) => h.status === 'pending').length };
}

function writeTemp(name: string, data: string | Uint8Array): string {
  const file = path.join(tempDir(), name);
  writeFileSync(file, data);
  return file;
}

describe('Hypothesis JSON', () => {
  it('imports its page as a source item with the page’s title and URL, and re-importing adds nothing', async () => {
    const { db } = tempLibrary();
    const report = await importSources(db, paths(HYPOTHESIS));
    expect(report.refused).toEqual([]);
    expect(report.highlightFiles![0]!.message).toBe('Hypothesis annotations: 5 highlights from 1 web page.');
    const [item] = documents(db);
    expect(getDocument(db, item!.id)).toMatchObject({ kind: 'card', title: 'Regression testing - Wikipedia', sourceUrl: 'https://en.wikipedia.org/wiki/Regression_testing' });
    const highlights = listHighlightsOfDocument(db, item!.id);
    expect(highlights.every((h) => h.status === 'pending')).toBe(true);
    expect(highlights.find((h) => h.exact === '11 November 2016')).toMatchObject({ comment: 'Footer', prefix: 'This page was last modified on ', suffix: ', at 05:56. Text is a', createdAt: '2016-12-16T11:24:14.673Z' });
    const again = await importSources(db, paths(HYPOTHESIS));
    expect(again.highlightFiles![0]!.message).toBe('Hypothesis annotations: this file was imported before, so nothing was added.');
    expect(counts(db)).toEqual({ documents: 1, cards: 1, highlights: 5, pending: 5 });
  });

  it('attaches to the page already in the library, each highlight at its own passage', async () => {
    const { db } = tempLibrary();
    await importSources(db, paths(WIKIPEDIA_PAGE));
    const report = await importSources(db, paths(HYPOTHESIS));
    expect(report.highlightFiles![0]!.message).toBe('Hypothesis annotations: 5 highlights from 1 web page; 4 highlights attached to their texts in your library.');
    const page = documents(db).find((d) => d.kind === 'article')!;
    const text = getDocument(db, page.id)!.plainText;
    const placed = listHighlightsOfDocument(db, page.id);
    expect(placed.map((h) => h.comment).sort()).toEqual(['Body', 'Heading', 'Introduction', 'Quote']);
    for (const h of placed) {
      expect(h.status).toBe('ok');
      expect(text.slice(h.start!, h.end!)).toBe(h.exact);
    }
    // The footer's date is not in the cleaned page (the cleaner took the footer out): it waits on the source item.
    expect(counts(db).pending).toBe(1);
  });

  it('attaches pending highlights to the page imported later', async () => {
    const { db } = tempLibrary();
    await importSources(db, paths(HYPOTHESIS));
    const report = await importSources(db, paths(WIKIPEDIA_PAGE));
    expect(report.attached).toEqual([expect.objectContaining({ cardTitle: 'Regression testing - Wikipedia', articleTitle: 'Regression testing - Wikipedia', highlights: 4 })]);
  });

  it('attaches a passage the page repeats at the occurrence its prefix and suffix name', async () => {
    const { db } = tempLibrary();
    const repeated = 'the committee adjourned without reaching any decision on the harbour';
    const page = writeTemp('minutes.txt', [
      'Minutes of the spring meetings',
      `In March, after a long morning of argument about the budget, ${repeated}.`,
      'The summer had been long and the town hall stood empty for most of it, its windows shuttered against the heat.',
      `In April, once the engineers had presented their survey of the silted channel, ${repeated}.`,
      'Neighbours said the chair came only at night, and that the meetings he called were shorter than any before.',
    ].join('\n\n'));
    await importSources(db, paths(page));
    const annotation = { id: 'x', uri: 'https://example.org/minutes', document: { title: ['Minutes'] }, target: [{ selector: [{ type: 'TextQuoteSelector', exact: repeated, prefix: 'survey of the silted channel, ', suffix: '.' }] }] };
    const report = await importSources(db, paths(writeTemp('minutes-annotations.json', JSON.stringify({ total: 1, rows: [annotation] }))));
    expect(report.attached).toHaveLength(1);
    const host = documents(db).find((d) => d.kind === 'article')!;
    const text = getDocument(db, host.id)!.plainText;
    const [placed] = listHighlightsOfDocument(db, host.id);
    expect(placed!.start).toBe(text.lastIndexOf(repeated));
    expect(placed!.start).not.toBe(text.indexOf(repeated));
  });

  it('refuses a malformed file, naming the field, and stores nothing', async () => {
    const { db } = tempLibrary();
    const bad = writeTemp('annotations.json', JSON.stringify({ total: 1, rows: [{ id: 'x', uri: 'https://example.org', target: [{ selector: [{ type: 'TextQuoteSelector', exact: null }] }] }] }));
    const report = await importSources(db, paths(bad));
    expect(report.refused[0]!.reason).toBe('This Hypothesis export is malformed: rows[0].target[0].selector[0].exact should be text, not null. Nothing was imported; export it again.');
    expect(counts(db)).toEqual({ documents: 0, cards: 0, highlights: 0, pending: 0 });
  });
});

describe('Zotero annotation JSON', () => {
  it('imports the PDF’s annotations with colours, tags and page numbers, and says what it skipped', async () => {
    const { db } = tempLibrary();
    const report = await importSources(db, paths(zotero('pdf-annotations.json')));
    expect(report.highlightFiles![0]!.message).toBe('Zotero annotations: 17 highlights from 1 document; 2 ink drawings and 2 image areas skipped (they hold no text to import).');
    const [item] = documents(db);
    const highlights = listHighlightsOfDocument(db, item!.id);
    const tagged = highlights.find((h) => h.comment?.startsWith('This demonstrates'))!;
    expect(tagged).toMatchObject({ color: 'blue', locator: 'p. 1', status: 'pending' });
    expect(tagsOfHighlight(db, tagged.id)).toEqual(['compiler', 'programming languages']);
    expect(getDocument(db, item!.id)!.plainText).toContain('Note (p. 2): Use this in my thesis');
    const again = await importSources(db, paths(zotero('pdf-annotations.json')));
    expect(again.imported).toEqual([]);
    expect(counts(db).highlights).toBe(17);
  });

  it('attaches the saved page’s annotations to the page in the library', async () => {
    const { db } = tempLibrary();
    await importSources(db, paths(zotero('snapshot-demo.html')));
    const report = await importSources(db, paths(zotero('snapshot-annotations.json')));
    expect(report.highlightFiles![0]!.message).toBe('Zotero annotations: 6 highlights from 1 document; 4 highlights attached to their texts in your library.');
    const page = documents(db).find((d) => d.kind === 'article')!;
    const placed = listHighlightsOfDocument(db, page.id);
    expect(placed.find((h) => h.exact === 'The Zotero PDF Reader and Note Editor')).toMatchObject({ color: 'green', comment: 'interesting!' });
  });

  it('refuses a malformed file and stores nothing', async () => {
    const { db } = tempLibrary();
    const bad = writeTemp('paper-annotations.json', JSON.stringify([{ type: 'highlight', sortIndex: '1', text: 'A passage', pageLabel: 3 }]));
    const report = await importSources(db, paths(bad));
    expect(report.refused[0]!.reason).toBe('This Zotero annotation file is malformed: [0].pageLabel should be text, not a number. Nothing was imported; export it again.');
    expect(counts(db).documents).toBe(0);
  });
});

describe('Omnivore export', () => {
  it('imports the zip’s articles with their text and labels, attaches their highlights, and re-importing adds nothing', async () => {
    const { db } = tempLibrary();
    const { zip, items } = sampleExport();
    const file = writeTemp('omnivore-export.zip', zip);
    const report = await importSources(db, paths(file));
    expect(report.refused).toEqual([]);
    expect(report.highlightFiles![0]!.message).toBe('Omnivore export: 20 articles saved (1 with its text); 3 highlights from 2 articles; 3 highlights attached to their texts in your library.');
    const article = documents(db).find((d) => d.kind === 'article' && d.title === items[0]!.title)!;
    expect(getDocument(db, article.id)).toMatchObject({ format: 'html', byline: 'Juliette Garnier', sourceUrl: items[0]!.url });
    expect(tagsOfDocument(db, article.id)).toEqual(['RSS']);
    const placed = listHighlightsOfDocument(db, article.id);
    expect(placed.map((h) => [h.exact, h.status, h.comment])).toEqual([
      [PASSAGES[0], 'ok', null],
      [PASSAGES[2], 'ok', 'Compare with the Swiss market.'],
    ]);
    const before = counts(db);
    // The second item's highlight is in its description, which is all the export holds of it.
    expect(before).toEqual({ documents: 22, cards: 2, highlights: 3, pending: 0 });
    const again = await importSources(db, paths(file));
    expect(again.highlightFiles![0]!.message).toBe('Omnivore export: this file was imported before, so nothing was added.');
    expect(counts(db)).toEqual(before);
  });

  it('from a later, grown export takes only the new highlights', async () => {
    const { db } = tempLibrary();
    const items = metadataItems();
    const first = items[0]!;
    const older = writeTemp('older.zip', omnivoreZip({ 'metadata_0_to_1.json': JSON.stringify([first]), [`highlights/${first.slug}.md`]: highlightsMarkdown([{ quote: PASSAGES[0]! }]) }));
    const newer = writeTemp('newer.zip', omnivoreZip({ 'metadata_0_to_1.json': JSON.stringify([first]), [`highlights/${first.slug}.md`]: highlightsMarkdown([{ quote: PASSAGES[0]! }, { quote: PASSAGES[1]! }]) }));
    await importSources(db, paths(older));
    const report = await importSources(db, paths(newer));
    expect(report.highlightFiles![0]!.message).toBe('Omnivore export: 1 new highlight added to 1 article already in your library; 1 article already in your library.');
    expect(counts(db)).toEqual({ documents: 2, cards: 1, highlights: 2, pending: 2 });
  });

  it('imports a bare metadata file as articles of their description and link', async () => {
    const { db } = tempLibrary();
    const report = await importSources(db, paths(OMNIVORE_METADATA));
    expect(report.highlightFiles![0]!.message).toBe('Omnivore export: 20 articles saved.');
    expect(counts(db)).toEqual({ documents: 20, cards: 0, highlights: 0, pending: 0 });
    expect(tagsOfDocument(db, documents(db).find((d) => d.title.startsWith('Montpellier'))!.id)).toEqual(['RSS', 'TEST']);
  });

  it('imports the page Omnivore’s Logseq plugin writes as source items, and re-importing adds nothing', async () => {
    const { db } = tempLibrary();
    const page = path.join(formats, 'omnivore', 'logseq-omnivore-plugin', 'breadchris_Omnivore_excerpt.md');
    const report = await importSources(db, paths(page));
    expect(report.highlightFiles![0]!.message).toBe(
      'Omnivore export: 21 highlights from 10 articles; 5 duplicates skipped; 2 saved articles without highlights left out (the page holds only their links).',
    );
    const orwell = documents(db).find((d) => d.title === 'George Orwell: Politics and the English Language')!;
    expect(getDocument(db, orwell.id)).toMatchObject({ kind: 'card', format: 'text', sourceUrl: 'https://www.orwell.ru/library/essays/politics/english/e_polit' });
    expect(tagsOfDocument(db, orwell.id)).toEqual(['learning']);
    const before = counts(db);
    expect(before).toEqual({ documents: 10, cards: 10, highlights: 21, pending: 21 });
    await importSources(db, paths(page));
    expect(counts(db)).toEqual(before);
  });

  it('refuses a damaged zip and a zip that is not an Omnivore export, storing nothing', async () => {
    const { db } = tempLibrary();
    const { zip } = sampleExport();
    const damaged = writeTemp('export.zip', zip.slice(0, 200));
    const foreign = writeTemp('photos.zip', omnivoreZip({ 'photo.jpg': 'not really' }));
    const report = await importSources(db, paths(damaged, foreign));
    expect(report.refused.map((r) => r.reason)).toEqual([expect.stringMatching(/^This Omnivore export is damaged or not a zip archive/), expect.stringMatching(/^This zip archive is not an Omnivore export/)]);
    expect(counts(db).documents).toBe(0);
  });
});

describe('commonplace import', () => {
  it('takes Hypothesis, Zotero and Omnivore files and tells what each did', async () => {
    const library = path.join(tempDir(), 'lib.commonplace');
    const zip = writeTemp('omnivore-export.zip', sampleExport().zip);
    const run = await cli('import', HYPOTHESIS, zotero('pdf-annotations.json'), zip, '--library', library, '--create', '--json');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ImportReport;
    expect(report.refused).toEqual([]);
    expect(report.highlightFiles!.map((f) => f.message)).toEqual([
      'Hypothesis annotations: 5 highlights from 1 web page.',
      'Zotero annotations: 17 highlights from 1 document; 2 ink drawings and 2 image areas skipped (they hold no text to import).',
      'Omnivore export: 20 articles saved (1 with its text); 3 highlights from 2 articles; 3 highlights attached to their texts in your library.',
    ]);
    const text = await cli('import', HYPOTHESIS, '--library', library);
    expect(text.stdout).toContain('highlights  Hypothesis annotations: this file was imported before, so nothing was added.');
  });
});
