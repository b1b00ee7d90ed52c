/**
 * Importing articles in the browser host (uploads through the file input, or dropped on the
 * window), the result the user sees, and reading an article in the reader.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { articleRows, expectArticleCount, FIXTURES, importAndClose, importFiles, readerTitle, TITLES, writeFile } from './helpers';

test.describe('import and read', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('imports articles through the Import button and reads one', async ({ app }) => {
    await expect(app.getByText('Import articles or drop files here.')).toBeVisible();

    // As a user does it: the Import button opens the file chooser.
    const chooser = app.waitForEvent('filechooser');
    await app.getByRole('button', { name: 'Import', exact: true }).click();
    await (await chooser).setFiles([FIXTURES.venezuela, FIXTURES.gzero, FIXTURES.dawn]);
    const result = app.getByRole('dialog', { name: 'Import result' });
    // 000_… is five scraped articles in one file: each is imported as its own.
    await expect(result).toContainText('7 articles imported');
    await expect(result).toContainText('1 file held several articles');
    const held = result.getByRole('region', { name: /Files holding several articles/ });
    await expect(held).toContainText('000_5772afeb88b3367e.txt held 5 articles');
    const imported = result.getByRole('region', { name: /Imported/ });
    for (const title of Object.values(TITLES)) await expect(imported.getByRole('button', { name: title })).toBeVisible();
    await expect(imported.getByRole('button', { name: 'Analysis: Why Pakistan and the Taliban won’t find it easy to patch up' })).toBeVisible();
    await result.getByRole('button', { name: 'Close' }).click();
    await expect(app.getByRole('button', { name: 'Import', exact: true })).toBeFocused();

    await expectArticleCount(app, 7);
    for (const title of Object.values(TITLES)) await expect(articleRows(app).filter({ hasText: title })).toHaveCount(1);

    await articleRows(app).filter({ hasText: TITLES.dawn }).click();
    await expect(readerTitle(app)).toHaveText(TITLES.dawn);
    const reader = app.getByRole('main', { name: 'Reader' });
    await expect(reader.getByText('Dawn', { exact: true })).toBeVisible();
    await expect(reader.getByText(/October 17, 2025|17 October 2025/)).toBeVisible();
    await expect(reader.getByText(/min read/)).toBeVisible();
    // The body's section headings sit below the title in the outline.
    await expect(reader.getByRole('heading', { level: 2, name: 'A strategy that backfired' })).toBeVisible();
    await expect(reader.getByRole('heading', { level: 2 }).first()).toBeVisible();

  });

  test('opens an article from the import result', async ({ app }) => {
    const result = await importFiles(app, [FIXTURES.gzero]);
    await result.getByRole('button', { name: TITLES.gzero }).click();
    await expect(result).toBeHidden();
    await expect(readerTitle(app)).toHaveText(TITLES.gzero);
    await expect(readerTitle(app)).toBeFocused();
  });

  test('refuses files it cannot import, with the reason, and spots duplicates', async ({ app, host }) => {
    await importAndClose(app, [FIXTURES.gzero]);

    const empty = writeFile(host.tempDir, 'empty.txt', '');
    const binary = writeFile(host.tempDir, 'binary.txt', Uint8Array.from([0x50, 0x4b, 0x00, 0x00, 0xff, 0x00, 0x13, 0x37, 0x00, 0x01]));
    const result = await importFiles(app, [empty, binary, FIXTURES.gzero]);

    await expect(result).toContainText('Nothing new was imported');
    const refused = result.getByRole('region', { name: /Not imported/ });
    await expect(refused.getByRole('listitem').filter({ hasText: 'empty.txt' })).toContainText('This file is empty');
    const binaryItem = refused.getByRole('listitem').filter({ hasText: 'binary.txt' });
    await expect(binaryItem).toBeVisible();
    // Whatever the exact wording, the reason is more than the file's name.
    expect((await binaryItem.innerText()).replace('binary.txt', '').trim().length).toBeGreaterThan(10);

    const duplicates = result.getByRole('region', { name: /Already in your library/ });
    await expect(duplicates.getByRole('listitem')).toContainText('already in your library');
    await expect(duplicates.getByRole('button', { name: TITLES.gzero })).toBeVisible();

    await app.keyboard.press('Escape');
    await expect(result).toBeHidden();
    await expectArticleCount(app, 1);
  });

  test('imports a folder, leaving out files that are not articles', async ({ app, host }) => {
    const folder = path.join(host.tempDir, 'clippings');
    mkdirSync(path.join(folder, 'older'), { recursive: true });
    writeFile(folder, 'tides.txt', 'Notes on tides\n\nThe tide turns twice a day.\n');
    writeFile(path.join(folder, 'older'), 'estuaries.md', '# Estuaries\n\nWhere the river meets the sea.\n');
    writeFile(folder, 'photo.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    writeFile(folder, '.DS_Store', 'junk');

    await app.getByLabel('Choose a folder to import').setInputFiles(folder);
    const result = app.getByRole('dialog', { name: 'Import result' });
    await expect(result).toContainText('2 articles imported');
    await expect(result.getByRole('button', { name: 'Notes on tides' })).toBeVisible();
    await expect(result.getByRole('button', { name: 'Estuaries' })).toBeVisible();
    await expect(result.getByText(/Skipped 1 file in the folder that is not an article/)).toBeVisible();
    await result.getByRole('button', { name: 'Close' }).click();
    await expectArticleCount(app, 2);
  });

  test('imports files dropped on the window', async ({ app }) => {
    const transfer = await app.evaluateHandle(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Dropped notes on rivers\n\nRivers carry silt to the sea, and the sea keeps it.\n'], 'rivers.txt', { type: 'text/plain' }));
      return data;
    });
    await app.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await expect(app.getByText('Drop to import')).toBeVisible();
    await app.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await expect(app.getByText('Drop to import')).toBeHidden();

    const result = app.getByRole('dialog', { name: 'Import result' });
    await expect(result.getByRole('button', { name: 'Dropped notes on rivers' })).toBeVisible();
    await result.getByRole('button', { name: 'Close' }).click();
    await expect(articleRows(app).filter({ hasText: 'Dropped notes on rivers' })).toHaveCount(1);
  });

  test('shows progress for a batch and can cancel it', async ({ app, host }) => {
    const files = Array.from({ length: 1000 }, (_, i) =>
      writeFile(host.tempDir, `note-${String(i).padStart(3, '0')}.txt`, `Field note ${i}\n\nObservation number ${i}: the tide turned at ${i % 12} o'clock.\n`),
    );
    // Hold the batch at the door so the test, not the machine's speed, decides when it runs.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await app.route('**/api/call/import.run', async (route) => {
      await held;
      await route.continue();
    });

    await app.getByLabel('Choose files to import').setInputFiles(files);
    const progress = app.getByRole('progressbar', { name: 'Import progress' });
    await expect(progress).toHaveAttribute('aria-valuemax', '1000');
    await expect(progress).toHaveAttribute('aria-valuenow', '0');
    await expect(app.getByText('Preparing 1,000 files…')).toBeVisible();
    await expect(app.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();

    await app.getByRole('button', { name: 'Cancel import' }).click();
    await expect(app.getByText(/Cancelling import/)).toBeVisible();
    release();

    const result = app.getByRole('dialog', { name: 'Import result' });
    await expect(result).toContainText('The import was cancelled');
    await expect(progress).toBeHidden();
    const summary = await result.getByText(/imported/).first().innerText();
    const imported = /^([\d,]+) articles? imported/.exec(summary);
    expect(imported ? Number(imported[1]!.replace(/,/g, '')) : 0).toBeLessThan(1000);
    await result.getByRole('button', { name: 'Close' }).click();
  });
});
