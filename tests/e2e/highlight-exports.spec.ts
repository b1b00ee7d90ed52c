/**
 * A Kindle clippings file imported through the UI: the result says what it did in words, and a
 * book opened from it shows its highlights with their place in the book.
 */
import path from 'node:path';
import { expect, repoRoot, test } from './fixtures';
import { importFiles, readerTitle } from './helpers';

const SAMPLE_EN = path.resolve(repoRoot, '../shared/fixtures/formats/kindle-clippings/kindle-tools-ts/clippings/sample-en.txt');

test('imports Kindle clippings and shows each highlight’s place in the book', async ({ app }) => {
  const result = await importFiles(app, [SAMPLE_EN]);
  await expect(result).toContainText('highlights from 3 books or pages imported');
  const told = result.getByRole('region', { name: /Highlights from other tools/ });
  await expect(told).toContainText('Kindle clippings: 3 highlights from 3 books; 1 bookmark skipped.');
  await result.getByRole('region', { name: /Imported/ }).getByRole('button', { name: 'The Great Gatsby' }).click();
  await expect(readerTitle(app)).toHaveText('The Great Gatsby');
  // On its source item the highlight waits for the book's full text, with its place and note.
  const waiting = app.getByRole('list', { name: /^Needs attention/ }).getByRole('listitem').first();
  await expect(waiting).toContainText('Waiting for its article · p. 5 · loc. 100–105');
  await expect(waiting).toContainText('This is my note about the opening line.');
});
