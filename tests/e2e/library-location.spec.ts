/**
 * Where the library is, changed from Settings in the browser preview (issue 11): a new library
 * created (empty), the first one opened again (its articles back), then moved — each path typed,
 * checked and confirmed; a bad path refused with what to do, nothing changed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expectArticleCount, FIXTURES, importAndClose } from './helpers';

test.use({ viewport: { width: 1280, height: 800 } });

const settings = (app: Page) => app.getByRole('dialog', { name: 'Settings' });
const section = (app: Page) => settings(app).getByRole('region', { name: 'Library file' });

async function openSettings(app: Page) {
  await app.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Library' }).focus();
  await app.keyboard.press('Control+,');
  await expect(settings(app)).toBeVisible();
}

/** Types `file`, asks for `action`, and answers the confirmation with `confirm`; the window reloads on the library now open. */
async function switchTo(app: Page, file: string, action: RegExp, question: RegExp, confirm: string) {
  await openSettings(app);
  await section(app).getByRole('textbox', { name: 'Another library file' }).fill(file);
  await section(app).getByRole('button', { name: action }).click();
  const asked = section(app).getByRole('group', { name: question });
  await expect(asked).toBeVisible();
  await expect(asked.getByRole('button', { name: confirm })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(settings(app)).toBeHidden();
}

test('create a new library from Settings, see it empty, open the first again, then move it', async ({ app, host }) => {
  await importAndClose(app, [FIXTURES.dawn, FIXTURES.gzero]);
  await expectArticleCount(app, 2);

  // A bad path is refused in the section, saying what to do; nothing is switched.
  await openSettings(app);
  await expect(section(app)).toContainText(host.libraryFile);
  const field = section(app).getByRole('textbox', { name: 'Another library file' });
  await field.fill('second.commonplace');
  await section(app).getByRole('button', { name: 'Create a new library…' }).click();
  await expect(section(app).getByRole('alert')).toContainText('“second.commonplace” is not a full path');
  await field.fill(host.libraryFile.replace(/library\.commonplace$/, ''));
  await section(app).getByRole('button', { name: 'Open another library…' }).click();
  await expect(section(app).getByRole('alert')).toContainText('is a folder, not a library file');
  await app.keyboard.press('Escape');
  await expect(settings(app)).toBeHidden();

  // A new library: the window shows it, empty.
  const second = path.join(host.tempDir, 'second.commonplace');
  await switchTo(app, second, /^Create a new library/, /^Create a new, empty library at/, 'Create it');
  await expect(app.getByText('Your library is empty')).toBeVisible();
  await openSettings(app);
  await expect(section(app)).toContainText(second);
  await app.keyboard.press('Escape');

  // Back to the first: its articles again.
  await switchTo(app, host.libraryFile, /^Open another library/, /\(2 articles, 0 notes\)/, 'Open it');
  await expectArticleCount(app, 2);

  // Moved: the same articles from the new place, the old file gone.
  const moved = path.join(host.tempDir, 'moved.commonplace');
  await switchTo(app, moved, /^Move this library/, /^Move this library \(2 articles, 0 notes\) to/, 'Move it');
  await expectArticleCount(app, 2);
  await openSettings(app);
  await expect(section(app)).toContainText(moved);
  expect(existsSync(host.libraryFile)).toBe(false);
  expect(existsSync(moved)).toBe(true);
});
