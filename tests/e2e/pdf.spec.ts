/**
 * A PDF imported through the UI, read, highlighted by keyboard: the highlight says its page
 * ("p. 2") in the highlights list and in the article's Markdown, and "Open original" gives the
 * file back (the browser host downloads it).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { importAndClose, importFiles, writeFile } from './helpers';
import { articleText, dragSelect, marks, openArticle, panelItems, reader, toolbar, selectOpeningWords } from './reading-helpers';
import { buildPdf, column, furniture, longPdf } from '../pdf-fixtures';

const TITLE = 'On River Ledgers';

function paper(): Uint8Array {
  // Page 1 holds only the title (which becomes the article's title), so the text starts on page 2.
  const body = (p: number) => column([`Salt carried by boatmen on page ${p} was weighed`, 'twice, once at each landing, and noted.'], 72, 700);
  return buildPdf([
    { runs: [...furniture(1), { text: TITLE, x: 72, y: 600, size: 24 }] },
    { runs: [...furniture(2), ...body(2)] },
    { runs: [...furniture(3), ...body(3)] },
  ]);
}

test('imports a PDF, and a highlight made in it by keyboard carries its page into the list and the Markdown', async ({ app, host, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  const file = writeFile(mkdtempSync(path.join(os.tmpdir(), 'commonplace-pdf-e2e-')), 'ledgers.pdf', paper());
  const result = await importFiles(app, [file]);
  await expect(result.getByRole('region', { name: /Imported/ })).toContainText(TITLE);
  await result.getByRole('button', { name: 'Close' }).click();
  await openArticle(app, TITLE);
  // Running headers and page numbers are not text.
  await expect(articleText(app)).not.toContainText('Journal of Imaginary Studies');

  await selectOpeningWords(app);
  await app.keyboard.press('1');
  await expect(marks(app)).toHaveText(['Salt carried by']);
  await expect(panelItems(app)).toHaveCount(1);
  await expect(panelItems(app).first()).toContainText('p. 2');

  await app.keyboard.press('Escape');
  await reader(app).getByRole('button', { name: 'Copy highlights as Markdown' }).click();
  await expect(reader(app).getByRole('status', { name: 'Last action' })).toContainText('1 highlight copied as Markdown');
  expect(await app.evaluate(() => navigator.clipboard.readText())).toMatch(/Salt carried by.*p\. 2/s);

  const download = app.waitForEvent('download');
  await reader(app).getByRole('button', { name: 'Open original' }).click();
  expect((await download).suggestedFilename()).toBe('ledgers.pdf');
  await expect(reader(app).getByRole('status', { name: 'Last action' })).toContainText('Downloading “ledgers.pdf”');

  await reader(app).getByRole('region', { name: 'Side panel' }).getByRole('tab', { name: 'Info', exact: true }).click();
  await expect(reader(app).getByRole('definition').filter({ hasText: 'PDF document' })).toBeVisible();
});

test('a long PDF opens with a window of its blocks drawn, scrolls to its end, and shows a highlight far from the view', async ({ app }) => {
  const pages = 150;
  const file = writeFile(mkdtempSync(path.join(os.tmpdir(), 'commonplace-pdf-e2e-')), 'long.pdf', longPdf(pages));
  await importAndClose(app, [file]);
  const title = `A long report of ${pages} pages`;
  await openArticle(app, title);
  const blocks = articleText(app).locator('[data-block]');
  await expect(blocks.first()).toContainText('Page 1 line 1:');
  // 900 blocks in the document; a window of them in the page.
  expect(await blocks.count()).toBeLessThan(300);

  // Scrolling by the wheel reaches the last page, drawn when the view gets there.
  const lastLine = articleText(app).locator('p').filter({ hasText: `Page ${pages} line 31:` });
  await articleText(app).hover();
  await expect(async () => {
    await app.mouse.wheel(0, 40_000);
    await expect(lastLine).toBeVisible({ timeout: 500 });
  }).toPass();
  await dragSelect(app, lastLine, `Page ${pages} line 31`);
  await toolbar(app).getByRole('button', { name: /^Blue/ }).click();
  await expect(marks(app)).toHaveText([`Page ${pages} line 31`]);
  await expect(panelItems(app).first()).toContainText(`p. ${pages}`);

  // Back at the top the highlight's block is not drawn; choosing it in the panel draws it and shows it.
  await expect(async () => {
    await app.mouse.wheel(0, -40_000);
    await expect(blocks.first()).toContainText('Page 1 line 1:', { timeout: 500 });
  }).toPass();
  await expect(marks(app)).toHaveCount(0);
  await panelItems(app).first().getByRole('button', { name: new RegExp(`Page ${pages} line 31`) }).click();
  await expect(marks(app)).toHaveText([`Page ${pages} line 31`]);
  await expect(marks(app).first()).toBeInViewport();
});
