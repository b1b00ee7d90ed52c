/**
 * The command palette and the keys: Ctrl+K jumps to an article, a note or a tag by a few letters
 * of its name and runs commands; `?` lists every shortcut; the theme toggles and is announced;
 * dialogs keep the app's shortcuts out; Escape closes and focus goes back where it was.
 */
import type { Page } from '@playwright/test';
import type { Bridge } from '../../main/contract';
import { expect, test } from './fixtures';
import { expectArticleCount, FIXTURES, importAndClose, readerTitle, TITLES } from './helpers';

/** A call through the page's own bridge, for what this spec does not drive through the UI. */
async function call<T>(app: Page, method: string, input: unknown): Promise<T> {
  // The page's bridge (renderer/api.ts declares it for the renderer's types, not for these).
  const reply = await app.evaluate(([m, i]) => (window as unknown as { commonplace: Bridge }).commonplace.invoke(m as string, i), [method, input] as const);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value as T;
}

const palette = (app: Page) => app.getByRole('dialog', { name: 'Command palette' });
const paletteInput = (app: Page) => palette(app).getByRole('combobox', { name: 'Go to an article, note or tag, or run a command' });
const viewButton = (app: Page, name: string) => app.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true });

async function openPalette(app: Page) {
  await app.keyboard.press('Control+K');
  await expect(palette(app)).toBeVisible();
  await expect(paletteInput(app)).toBeFocused();
}

test('jumps to an article, a note and a tag by a few letters of their names', async ({ app }) => {
  await importAndClose(app, [FIXTURES.gzero, FIXTURES.venezuela]);
  const gzero = (await call<{ items: { id: number }[] }>(app, 'palette.items', { query: 'pkcnfrnt' })).items[0]!.id;
  await call(app, 'tags.addToDocument', { documentId: gzero, name: 'region/pakistan' });
  await call(app, 'notes.create', { title: 'Field notes' });

  // An article: letters of its title, in order, are enough. Enter right after typing waits for the answer.
  await openPalette(app);
  await paletteInput(app).fill('pkcnfrnt tlbn');
  await paletteInput(app).press('Enter');
  await expect(palette(app)).toBeHidden();
  await expect(readerTitle(app)).toHaveText(TITLES.gzero);

  // A note opens in the notes view.
  await openPalette(app);
  await paletteInput(app).fill('fldnts');
  const noteOption = palette(app).getByRole('group', { name: 'Notes' }).getByRole('option', { name: /Field notes/ });
  await expect(noteOption).toBeVisible();
  await expect(paletteInput(app)).toHaveAttribute('aria-activedescendant', (await noteOption.getAttribute('id'))!);
  await paletteInput(app).press('Enter');
  await expect(viewButton(app, 'Notes')).toHaveAttribute('aria-current', 'page');
  await expect(app.getByLabel('Note title')).toHaveValue('Field notes');

  // A tag shows the library filtered to it; the option says how much carries it.
  await openPalette(app);
  await paletteInput(app).fill('rgnpak');
  const tagOption = palette(app).getByRole('group', { name: 'Tags' }).getByRole('option', { name: /region\/pakistan/ });
  await expect(tagOption).toContainText('1 article');
  await tagOption.click();
  await expect(palette(app)).toBeHidden();
  await expect(viewButton(app, 'Library')).toHaveAttribute('aria-current', 'page');
  await expect(app.getByRole('combobox', { name: 'Filter by tag' })).toHaveValue('region/pakistan');
  await expectArticleCount(app, 1);
});

test('runs commands, moves with the arrows, and closes with Escape back where focus was', async ({ app }) => {
  // Before typing: the commands, with their shortcuts, and nothing else in an empty library.
  await viewButton(app, 'Library').focus();
  await openPalette(app);
  await expect(palette(app).getByRole('option', { name: /Go to tags/ })).toContainText('Ctrl+3');
  const first = palette(app).getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await paletteInput(app).press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'false');
  await expect(palette(app).getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await paletteInput(app).press('ArrowUp');
  await paletteInput(app).press('ArrowUp');
  await expect(palette(app).getByRole('option').last()).toHaveAttribute('aria-selected', 'true');

  await app.keyboard.press('Escape');
  await expect(palette(app)).toBeHidden();
  await expect(viewButton(app, 'Library')).toBeFocused();

  // "Go to tags", found by a few letters.
  await openPalette(app);
  await paletteInput(app).fill('gotags');
  await expect(palette(app).getByRole('option').first()).toContainText('Go to tags');
  await paletteInput(app).press('Enter');
  await expect(viewButton(app, 'Tags')).toHaveAttribute('aria-current', 'page');

  // Ctrl+K again closes it; nothing matching says so.
  await openPalette(app);
  await paletteInput(app).fill('qqqqzz');
  await expect(palette(app).getByText('No title or command matches “qqqqzz”. Try fewer letters, or search the texts.')).toBeVisible();
  await expect(palette(app).getByRole('status')).toHaveText('Nothing matches');
  await app.keyboard.press('Control+K');
  await expect(palette(app)).toBeHidden();

  // The app's shortcuts work from inside the palette too (and close it).
  await openPalette(app);
  await app.keyboard.press('Control+1');
  await expect(palette(app)).toBeHidden();
  await expect(viewButton(app, 'Library')).toHaveAttribute('aria-current', 'page');
});

test('? lists every shortcut, but not while typing or while a dialog is open', async ({ app }) => {
  await viewButton(app, 'Library').focus();
  await app.keyboard.press('?');
  const dialog = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  const anywhere = dialog.getByRole('table', { name: 'Anywhere' });
  await expect(anywhere.getByRole('row', { name: /Command palette/ })).toContainText('Ctrl+K');
  await expect(anywhere.getByRole('row', { name: /Toggle dark theme/ })).toContainText('Ctrl+Shift+L');
  await expect(dialog.getByRole('table', { name: 'Reader and highlights' }).getByRole('row', { name: /Comment on the highlight/ })).toContainText('C');
  await expect(dialog.getByRole('table', { name: 'Notes editor' }).getByRole('row', { name: /Link a note/ })).toContainText('[[');
  await expect(dialog.getByRole('table', { name: 'Library list' }).getByRole('row', { name: /Read the article/ })).toContainText('Enter');

  // A dialog keeps the app's shortcuts out.
  await app.keyboard.press('Control+K');
  await expect(palette(app)).toBeHidden();
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(viewButton(app, 'Library')).toBeFocused();

  // In a text field, ? is a character.
  await openPalette(app);
  await paletteInput(app).press('?');
  await expect(paletteInput(app)).toHaveValue('?');
  await expect(dialog).toBeHidden();
  await app.keyboard.press('Escape');

  // Ctrl+/ works everywhere, even in a text field.
  await app.getByRole('combobox', { name: 'Filter by tag' }).focus();
  await app.keyboard.press('Control+/');
  await expect(dialog).toBeVisible();
});

test('toggles the dark theme, announces it, keeps it, and goes back to the system theme', async ({ app }) => {
  const html = app.locator('html');
  // Following the (light) system: the attribute says what shows.
  await expect(html).toHaveAttribute('data-theme', 'light');
  const background = () => app.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();

  await openPalette(app);
  await paletteInput(app).fill('toggle dark');
  await paletteInput(app).press('Enter');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const notice = app.getByRole('status', { name: 'Theme' });
  await expect(notice).toContainText('Dark theme on');
  expect(await background()).not.toBe(light);

  // Kept for next time.
  await app.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');

  // The shortcut flips it back; the notice offers the system's theme.
  await app.keyboard.press('Control+Shift+L');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(notice).toContainText('Light theme on');
  await notice.getByRole('button', { name: 'Use system theme' }).click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(notice).toContainText('Following the system theme');

  // Following the system as it turns dark; then a light choice wins over it.
  await app.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const dark = await background();
  expect(dark).not.toBe(light);
  await app.keyboard.press('Control+Shift+L');
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await background()).toBe(light);
});

test('command shortcuts work while typing in a note', async ({ app }) => {
  await call(app, 'notes.create', { title: 'Typing here' });
  await openPalette(app);
  await paletteInput(app).fill('typing');
  await paletteInput(app).press('Enter');
  await expect(app.getByLabel('Note title')).toHaveValue('Typing here');
  const editor = app.getByRole('textbox', { name: 'Note text' });
  await editor.click();
  await app.keyboard.type('Some words');
  await expect(editor).toContainText('Some words');
  await app.keyboard.press('Control+3');
  await expect(viewButton(app, 'Tags')).toHaveAttribute('aria-current', 'page');
  await app.keyboard.press('Control+2');
  await expect(editor).toContainText('Some words');
  await editor.click();
  await app.keyboard.press('Control+K');
  await expect(palette(app)).toBeVisible();
});
