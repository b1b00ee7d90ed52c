/**
 * axe (issue 11) in each layout of the reading workspace at 1280×800: both sidebars, the library
 * collapsed, focus mode, the Settings dialog open (also asking to confirm a new library, and
 * refusing a bad path), a note beside the article, the side panel's tabs, the daily review, the
 * notes view; all in light and in dark. No rule is turned off: a violation is fixed in the app.
 *
 * axe is added to the page as a script tag, which the app's CSP (script-src 'self') would refuse;
 * this spec alone bypasses the CSP for that. Every other spec runs under it.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { FIXTURES, grid, importAndClose, readerTitle, TITLES } from './helpers';
import { marks, openArticle, panelItems, reader, selectOpeningWords } from './reading-helpers';

test.use({ viewport: { width: 1280, height: 800 }, bypassCSP: true });

const sidePanel = (app: Page) => reader(app).getByRole('region', { name: 'Side panel' });
const tab = (app: Page, name: string) => sidePanel(app).getByRole('tab', { name, exact: true });
const layoutButton = (app: Page, name: string) => app.getByRole('group', { name: 'Layout' }).getByRole('button', { name, exact: true });

async function everyLayout(app: Page, theme: string, newLibrary: string) {
  await importAndClose(app, [FIXTURES.dawn, FIXTURES.gzero]);
  await openArticle(app, TITLES.dawn);
  await selectOpeningWords(app);
  await app.keyboard.press('h');
  await expect(marks(app)).toHaveText(['On the night']);
  await expect(panelItems(app)).toHaveCount(1);
  await expectNoSeriousViolations(app, `both sidebars (${theme})`);

  await readerTitle(app).focus();
  await app.keyboard.press('[');
  await expect(grid(app)).toBeHidden();
  await expectNoSeriousViolations(app, `library collapsed (${theme})`);
  await app.keyboard.press('[');
  await expect(grid(app)).toBeVisible();

  await app.keyboard.press('Control+.');
  await expect(layoutButton(app, 'Focus mode')).toHaveAttribute('aria-pressed', 'true');
  await expectNoSeriousViolations(app, `focus mode (${theme})`);
  await app.keyboard.press('Control+.');
  await expect(sidePanel(app)).toBeVisible();

  await app.keyboard.press('Control+,');
  const settings = app.getByRole('dialog', { name: 'Settings' });
  await expect(settings).toBeVisible();
  await expectNoSeriousViolations(app, `Settings open (${theme})`);
  // Settings asking to confirm a new library, and refusing a bad path.
  const library = settings.getByRole('region', { name: 'Library file' });
  await library.getByRole('textbox', { name: 'Another library file' }).fill(newLibrary);
  await library.getByRole('button', { name: 'Create a new library…' }).click();
  await expect(library.getByRole('group', { name: /^Create a new, empty library at/ })).toBeVisible();
  await expectNoSeriousViolations(app, `Settings confirming a new library (${theme})`);
  await library.getByRole('textbox', { name: 'Another library file' }).fill('relative.commonplace');
  await library.getByRole('button', { name: 'Create a new library…' }).click();
  await expect(library.getByRole('alert')).toContainText('is not a full path');
  await expectNoSeriousViolations(app, `Settings refusing a library path (${theme})`);
  await app.keyboard.press('Escape');
  await expect(settings).toBeHidden();

  await tab(app, 'Notes').click();
  await sidePanel(app).getByRole('button', { name: 'New note about this article' }).click();
  const note = sidePanel(app).getByRole('region', { name: 'Note' });
  await expect(note.getByRole('textbox', { name: 'Note text' })).toBeFocused();
  await app.keyboard.type(' is where this starts.');
  await note.getByRole('textbox', { name: 'Note title' }).fill('Reading Dawn');
  await expect(note.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  await expectNoSeriousViolations(app, `note beside the article (${theme})`);

  for (const name of ['Backlinks', 'Info']) {
    await tab(app, name).click();
    await expect(tab(app, name)).toHaveAttribute('aria-selected', 'true');
    await expectNoSeriousViolations(app, `the ${name} tab (${theme})`);
  }

  await app.keyboard.press('Control+4');
  const review = app.getByRole('main', { name: 'Daily review' });
  await expect(review.getByRole('article', { name: /^Highlight 1 of/ })).toBeVisible();
  await expectNoSeriousViolations(app, `the review (${theme})`);

  await app.keyboard.press('Control+2');
  await expect(app.getByRole('main', { name: 'Notes' }).getByRole('textbox', { name: 'Note title' })).toBeVisible();
  await expectNoSeriousViolations(app, `the notes view (${theme})`);
}

test('axe finds no serious or critical violation in any layout, light theme', async ({ app, host }) => {
  await app.emulateMedia({ colorScheme: 'light' });
  await everyLayout(app, 'light', path.join(host.tempDir, 'new.commonplace'));
});

test('axe finds no serious or critical violation in any layout, dark theme', async ({ app, host }) => {
  await app.emulateMedia({ colorScheme: 'dark' });
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await everyLayout(app, 'dark', path.join(host.tempDir, 'new.commonplace'));
});
