/**
 * Highlight exports imported through the UI: a Kindle clippings file, whose result says what it
 * did in words and whose book shows its highlights with their place in the book; and a web page
 * with its Hypothesis annotations, which attach to the page and show on it; and an Omnivore
 * export's zip, uploaded as bytes, whose article opens with its highlights on it.
 */
import path from 'node:path';
import { expect, repoRoot, test } from './fixtures';
import { importAndClose, importFiles, readerTitle, writeFile } from './helpers';
import { PASSAGES, sampleExport } from '../unit/omnivore-zips';
import { marks, panelItems } from './reading-helpers';

const HYPOTHESIS_DIR = path.resolve(repoRoot, '../shared/fixtures/formats/hypothesis');
const WIKIPEDIA_PAGE = path.join(HYPOTHESIS_DIR, 'wikipedia-regression-testing.html');
const HYPOTHESIS_JSON = path.join(HYPOTHESIS_DIR, 'hypothesis-api-search_wikipedia-regression-testing.json');
const SAMPLE_EN = path.resolve(repoRoot, '../shared/fixtures/formats/kindle-clippings/kindle-tools-ts/clippings/sample-en.txt');

test('imports Kindle clippings and shows each highlight’s place in the book', async ({ app }) => {
  const result = await importFiles(app, [SAMPLE_EN]);
  await expect(result).toContainText('3 books, pages or articles from other tools imported');
  const told = result.getByRole('region', { name: /Highlights from other tools/ });
  await expect(told).toContainText('Kindle clippings: 3 highlights from 3 books; 1 bookmark skipped.');
  await result.getByRole('region', { name: /Imported/ }).getByRole('button', { name: 'The Great Gatsby' }).click();
  await expect(readerTitle(app)).toHaveText('The Great Gatsby');
  // On its source item the highlight waits for the book's full text, with its place and note.
  const waiting = app.getByRole('list', { name: /^Needs attention/ }).getByRole('listitem').first();
  await expect(waiting).toContainText('Waiting for its article · p. 5 · loc. 100–105');
  await expect(waiting).toContainText('This is my note about the opening line.');
});

test('imports a web page, then its Hypothesis annotations, and shows them highlighted on the page', async ({ app }) => {
  await importAndClose(app, [WIKIPEDIA_PAGE]);
  const result = await importFiles(app, [HYPOTHESIS_JSON]);
  await expect(result.getByRole('region', { name: /Highlights from other tools/ })).toContainText(
    'Hypothesis annotations: 5 highlights from 1 web page; 4 highlights attached to their texts in your library.',
  );
  await result.getByRole('region', { name: /Highlights attached/ }).getByRole('button', { name: 'Regression testing - Wikipedia' }).click();
  await expect(readerTitle(app)).toHaveText('Regression testing - Wikipedia');
  await expect(marks(app).filter({ hasText: 'The purpose of regression testing is to ensure' })).toHaveCount(1);
  await expect(marks(app).filter({ hasText: 'it is considered good coding practice' })).toHaveCount(1);
  // Each highlight keeps the annotation's note as its comment.
  await expect(panelItems(app).filter({ hasText: 'The purpose of regression testing' })).toContainText('Introduction');
  await expect(panelItems(app)).toHaveCount(4);
});

test('imports an Omnivore export’s zip and shows an article’s highlights on its text', async ({ app, host }) => {
  const { zip, items } = sampleExport();
  const result = await importFiles(app, [writeFile(host.tempDir, 'omnivore-export.zip', zip)]);
  await expect(result).toContainText('22 books, pages or articles from other tools imported');
  await expect(result.getByRole('region', { name: /Highlights from other tools/ })).toContainText(
    'Omnivore export: 20 articles saved (1 with its text); 3 highlights from 2 articles; 3 highlights attached to their texts in your library.',
  );
  await result.getByRole('region', { name: /Highlights attached/ }).getByRole('button', { name: items[0]!.title }).click();
  await expect(readerTitle(app)).toHaveText(items[0]!.title);
  await expect(marks(app)).toHaveText([PASSAGES[0]!, PASSAGES[2]!]);
  await expect(panelItems(app).filter({ hasText: 'Compare with the Swiss market.' })).toHaveCount(1);
});
