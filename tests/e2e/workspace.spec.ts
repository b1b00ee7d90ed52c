/**
 * The rest of the reading workspace (issue 11) at 1280×800: the Settings view (Mod+,) with the
 * theme, the reader's typography, colour meanings, export defaults and the library's path, kept
 * after a reload; Q quoting into the note open beside the article (and the note picker without
 * one); a highlight dragged from the Highlights tab or from the marked text into that note.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { FIXTURES, importAndClose, readerTitle, TITLES } from './helpers';
import { articleText, marks, openArticle, panelItems, reader, toolbar, selectOpeningWords } from './reading-helpers';

test.use({ viewport: { width: 1280, height: 800 } });

const settings = (app: Page) => app.getByRole('dialog', { name: 'Settings' });
const articleStyle = (app: Page, property: 'fontSize' | 'fontFamily' | 'maxWidth' | 'lineHeight') =>
  reader(app)
    .locator('article.article')
    .evaluate((el, p) => getComputedStyle(el)[p], property);
const sidePanel = (app: Page) => reader(app).getByRole('region', { name: 'Side panel' });
const tab = (app: Page, name: string) => sidePanel(app).getByRole('tab', { name, exact: true });
const besideNote = (app: Page) => sidePanel(app).getByRole('region', { name: 'Note' });
const noteText = (app: Page) => besideNote(app).getByRole('textbox', { name: 'Note text' });
const quotesInNote = (app: Page) => noteText(app).locator('.highlight-ref-quote');

test('Settings by Mod+,: theme, reader typography with Reset, colour meanings, export defaults, the library file; kept after a reload', async ({ app, host }) => {
  await importAndClose(app, [FIXTURES.dawn]);
  await openArticle(app, TITLES.dawn);
  expect(await articleStyle(app, 'fontSize')).toBe('18px');

  await readerTitle(app).focus();
  await app.keyboard.press('Control+,');
  await expect(settings(app)).toBeVisible();

  // The theme applies at once.
  await settings(app).getByRole('radio', { name: 'Dark' }).check();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');

  // Typography: the size by arrow keys on its slider, the font from the list; the reader follows at once.
  const size = settings(app).getByRole('slider', { name: 'Text size' });
  await size.focus();
  for (let i = 0; i < 4; i++) await app.keyboard.press('ArrowRight');
  await expect(size).toHaveValue('22');
  await expect.poll(() => articleStyle(app, 'fontSize')).toBe('22px');
  await settings(app).getByRole('combobox', { name: 'Font' }).selectOption({ label: 'Sans serif' });
  await expect.poll(() => articleStyle(app, 'fontFamily')).toContain('Helvetica');
  const lineHeight = settings(app).getByRole('slider', { name: 'Line height' });
  await lineHeight.focus();
  await app.keyboard.press('ArrowRight');
  await expect(lineHeight).toHaveAttribute('aria-valuetext', '1.65');
  const width = settings(app).getByRole('slider', { name: 'Line width' });
  const wideBefore = await articleStyle(app, 'maxWidth');
  await width.focus();
  for (let i = 0; i < 8; i++) await app.keyboard.press('ArrowLeft');
  await expect(width).toHaveAttribute('aria-valuetext', '60 characters');
  await expect.poll(() => articleStyle(app, 'maxWidth')).not.toBe(wideBefore);

  // Reset puts the reader back as it was.
  await settings(app).getByRole('button', { name: 'Reset reader typography' }).click();
  await expect.poll(() => articleStyle(app, 'fontSize')).toBe('18px');
  await expect(settings(app).getByRole('button', { name: 'Reset reader typography' })).toBeDisabled();
  await size.focus();
  await app.keyboard.press('ArrowRight');
  await expect.poll(() => articleStyle(app, 'fontSize')).toBe('19px');

  // Colour meanings: listed, and edited in their own dialog over this one.
  await expect(settings(app).getByRole('list', { name: 'Colour meanings' }).getByRole('listitem')).toHaveCount(5);
  await settings(app).getByRole('button', { name: 'Edit colour meanings…' }).click();
  const meanings = app.getByRole('dialog', { name: 'Colour meanings' });
  await expect(meanings).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(meanings).toBeHidden();
  await expect(settings(app)).toBeVisible();

  // Export defaults are what the Export dialog starts with.
  await settings(app).getByRole('checkbox', { name: 'Include full article text' }).check();

  // Where the library is.
  await expect(settings(app).getByRole('region', { name: 'Library file' })).toContainText(host.libraryFile);
  await expect(settings(app).getByRole('button', { name: 'Copy path' })).toBeEnabled();

  await app.keyboard.press('Escape');
  await expect(settings(app)).toBeHidden();
  await app.keyboard.press('Control+Shift+E');
  const exporting = app.getByRole('dialog', { name: 'Export to Markdown' });
  await expect(exporting.getByRole('checkbox', { name: 'Include full article text' })).toBeChecked();
  await exporting.getByRole('button', { name: 'Cancel' }).click();

  // After a reload: the theme and the type as they were left.
  await app.reload();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await openArticle(app, TITLES.dawn);
  expect(await articleStyle(app, 'fontSize')).toBe('19px');

  // The palette and ? know Settings and Q.
  await app.keyboard.press('Control+k');
  const palette = app.getByRole('dialog', { name: 'Command palette' });
  await app.keyboard.type('settings');
  await expect(palette.getByRole('option', { name: /^Settings…/ })).toBeVisible();
  await app.keyboard.press('Enter');
  await expect(settings(app)).toBeVisible();
  await expect(settings(app).getByRole('radio', { name: 'Dark' })).toBeChecked();
  await settings(app).getByRole('radio', { name: 'Follow the system' }).check();
  await settings(app).getByRole('button', { name: 'Done' }).click();
  await readerTitle(app).focus();
  await app.keyboard.press('?');
  const help = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('row', { name: /^Settings…/ })).toContainText('Ctrl+,');
  await expect(help.getByRole('row', { name: /^Quote in the open note/ })).toContainText('Q');
});

test('Q quotes into the note beside the article, or offers the note picker; a highlight dragged from the list or the text lands in the note', async ({ app }) => {
  await importAndClose(app, [FIXTURES.dawn]);
  await openArticle(app, TITLES.dawn);

  // No note beside: Q highlights the selection and offers the picker.
  await selectOpeningWords(app);
  await app.keyboard.press('q');
  const picker = app.getByRole('dialog', { name: 'Quote in a note' });
  await expect(picker).toBeVisible();
  await expect(marks(app)).toHaveText(['On the night']);
  await app.keyboard.press('Escape');
  await expect(picker).toBeHidden();

  // A new note about the article, beside it.
  await tab(app, 'Notes').click();
  await sidePanel(app).getByRole('button', { name: 'New note about this article' }).click();
  await expect(noteText(app)).toBeFocused();
  await app.keyboard.type('First thoughts.');
  await besideNote(app).getByRole('textbox', { name: 'Note title' }).fill('Reading Dawn');

  // Q on a new selection (the next words, by keyboard): highlighted, and quoted at the note's caret.
  await articleText(app).focus();
  await expect(toolbar(app)).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(toolbar(app)).toBeHidden();
  for (let i = 0; i < 3; i++) await app.keyboard.press('Shift+Control+ArrowRight');
  await expect(reader(app).getByRole('group', { name: 'Selection' })).toBeVisible();
  await app.keyboard.press('q');
  await expect(quotesInNote(app)).toHaveText(['of October 9']);
  await expect(marks(app)).toHaveCount(2);
  await expect(besideNote(app).getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  await expect(picker).toBeHidden();

  // Dragged from the Highlights tab: the Notes tab opens under the pointer, the quote lands where it is dropped.
  await tab(app, 'Highlights').click();
  const first = panelItems(app).first().getByRole('button', { name: /On the night/ });
  const from = (await first.boundingBox())!;
  await app.mouse.move(from.x + 20, from.y + from.height / 2);
  await app.mouse.down();
  await app.mouse.move(from.x + 30, from.y + from.height / 2 + 10, { steps: 3 });
  const notesTab = (await tab(app, 'Notes').boundingBox())!;
  await app.mouse.move(notesTab.x + notesTab.width / 2, notesTab.y + notesTab.height / 2, { steps: 4 });
  await expect(tab(app, 'Notes')).toHaveAttribute('aria-selected', 'true');
  const text = (await noteText(app).boundingBox())!;
  await app.mouse.move(text.x + text.width / 2, text.y + text.height - 8, { steps: 4 });
  await app.mouse.up();
  await expect(quotesInNote(app)).toHaveCount(2);
  await expect(quotesInNote(app)).toContainText(['On the night']);
  await expect(besideNote(app).getByRole('status', { name: 'Save status' })).toHaveText('Saved');

  // Dragged from the marked text itself: its words selected (by keyboard, back from its end), then dragged by the pointer.
  await articleText(app).focus();
  await expect(toolbar(app)).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(toolbar(app)).toBeHidden();
  for (let i = 0; i < 3; i++) await app.keyboard.press('Shift+Control+ArrowLeft');
  await expect(reader(app).getByRole('group', { name: 'Selection' })).toBeVisible();
  const mark = marks(app).filter({ hasText: 'October' }).first();
  const at = (await mark.boundingBox())!;
  await app.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  await app.mouse.down();
  await app.mouse.move(at.x + at.width / 2 + 20, at.y + at.height / 2 + 10, { steps: 3 });
  const into = (await noteText(app).boundingBox())!;
  await app.mouse.move(into.x + into.width / 2, into.y + into.height - 8, { steps: 4 });
  await app.mouse.up();
  await expect(quotesInNote(app)).toHaveCount(3);
  await expect(besideNote(app).getByRole('status', { name: 'Save status' })).toHaveText('Saved');

  // Q on a highlight focused in the Highlights list, while the note is hidden by that tab: quoted at the note's end.
  await tab(app, 'Highlights').click();
  await panelItems(app).first().getByRole('button', { name: /On the night/ }).focus();
  await app.keyboard.press('q');
  await expect(reader(app).getByRole('status', { name: 'Last action' })).toContainText('Quoted at the end of “Reading Dawn”');
  await expect(picker).toBeHidden();
  await tab(app, 'Notes').click();
  await expect(quotesInNote(app)).toHaveCount(4);
  await expect(quotesInNote(app).last()).toHaveText('On the night');
});
