/**
 * A PDF imported through the UI, read, highlighted by keyboard: the highlight says its page
 * ("p. 2") in the highlights list and in the article's Markdown, and "Open original" gives the
 * file back (the browser host downloads it).
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { importFiles, writeFile } from './helpers';
import { articleText, marks, openArticle, panelItems, reader } from './reading-helpers';
import { buildPdf, column, furniture } from '../pdf-fixtures';

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

  await articleText(app).focus();
  for (let i = 0; i < 3; i++) await app.keyboard.press('Shift+Control+ArrowRight');
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
});
