/**
 * An EPUB book through the browser host's Import: the real Springer book becomes one article
 * with its title, author and chapters, its Info says it is an e-book, and a book under DRM is
 * refused with the reason.
 */
import path from 'node:path';
import { expect, test } from './fixtures';
import { expectArticleCount, importFiles, readerTitle, writeFile } from './helpers';
import { articleText, openArticle, reader } from './reading-helpers';
import { buildEpub } from '../unit/epub-books';
import { sharedFixtures } from '../unit/fixtures';

const SPRINGER = path.join(sharedFixtures, 'formats/zotero/zotero-reader-demo/springer-oa-ai-better-future-demo.epub');
const TITLE = 'Artificial Intelligence for a Better Future';

test('imports an EPUB book as one article and reads its chapters; refuses a DRM book, saying why', async ({ app, host }) => {
  // A whole book imported, then scrolled through to its last chapter: long work on a busy machine.
  test.setTimeout(240_000);
  const locked = writeFile(host.tempDir, 'locked.epub', buildEpub({ title: 'Locked', chapters: [{ file: 'a.xhtml', body: '<p>Text.</p>' }], extra: { 'META-INF/rights.xml': '<rights/>' } }));
  const result = await importFiles(app, [SPRINGER, locked]);
  await expect(result.getByRole('region', { name: /Imported/ }).getByRole('button', { name: TITLE })).toBeVisible({ timeout: 60_000 });
  const refused = result.getByRole('region', { name: /Not imported/ });
  await expect(refused.getByRole('listitem').filter({ hasText: 'locked.epub' })).toContainText('This EPUB is protected by DRM');
  await result.getByRole('button', { name: 'Close' }).click();
  await expectArticleCount(app, 1);

  await openArticle(app, TITLE);
  await expect(readerTitle(app)).toHaveText(TITLE);
  await expect(reader(app).getByText('Bernd Carsten Stahl').first()).toBeVisible();
  await expect(articleText(app).getByRole('heading', { name: '1. Introduction' })).toBeVisible();
  // 1,422 blocks: the reader draws a window of them, so the last chapter is drawn once scrolled to.
  const conclusion = articleText(app).getByRole('heading', { name: '8. Conclusion' });
  await expect(conclusion).not.toBeAttached();
  await articleText(app).hover();
  await expect(async () => {
    await app.mouse.wheel(0, 4_000);
    await expect(conclusion).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 120_000 });

  await reader(app).getByRole('region', { name: 'Side panel' }).getByRole('tab', { name: 'Info', exact: true }).click();
  await expect(reader(app).getByRole('definition').filter({ hasText: 'E-book (EPUB)' })).toBeVisible();
});
