/**
 * The reading workspace (issue 11), by keyboard at 1280×800: the article in the middle, the
 * library a collapsible left sidebar (`[`), the side panel on the right with its tabs (`]`),
 * focus mode, H and N in the reader, both separators moved by arrow keys, and the layout as it
 * was after a reload.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { FIXTURES, grid, importAndClose, readerTitle, TITLES } from './helpers';
import { articleText, marks, panelItems, reader, selectOpeningWords } from './reading-helpers';
import { workspaceScreenshots } from './screenshots';

test.use({ viewport: { width: 1280, height: 800 } });

const sidePanel = (app: Page) => reader(app).getByRole('region', { name: 'Side panel' });
const tab = (app: Page, name: string) => sidePanel(app).getByRole('tab', { name, exact: true });
const librarySeparator = (app: Page) => app.getByRole('separator', { name: 'Resize library sidebar' });
const panelSeparator = (app: Page) => app.getByRole('separator', { name: 'Resize side panel' });
const layoutButton = (app: Page, name: string) => app.getByRole('group', { name: 'Layout' }).getByRole('button', { name, exact: true });
const width = async (app: Page, selector: string) => (await app.locator(selector).boundingBox())?.width ?? -1;

/** Tabs from the Import button into the library list, then down the list to the row titled `title`, and opens it with Enter. */
async function openByKeyboard(app: Page, title: string) {
  await app.getByRole('button', { name: 'Import', exact: true }).focus();
  const focusedRow = grid(app).locator('[role="row"]:focus');
  for (let i = 0; i < 12 && (await focusedRow.count()) === 0; i++) await app.keyboard.press('Tab');
  await app.keyboard.press('Home');
  for (let i = 0; i < 5 && !(await focusedRow.innerText()).includes(title); i++) await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(readerTitle(app)).toHaveText(title);
  await expect(readerTitle(app)).toBeFocused();
}

test('the whole layout by keyboard: sidebars, tabs, H and N, focus mode, resizing, remembered after a reload', async ({ app }) => {
  await importAndClose(app, [FIXTURES.dawn, FIXTURES.gzero]);
  await openByKeyboard(app, TITLES.dawn);

  // The side panel stands beside the article, the full height of the reader: nothing shares the article's height.
  const scroller = await reader(app).locator('.reader-scroll').boundingBox();
  const panelBox = await sidePanel(app).boundingBox();
  const readerBox = await reader(app).boundingBox();
  expect(scroller!.height).toBeCloseTo(readerBox!.height, 0);
  expect(panelBox!.height).toBeCloseTo(readerBox!.height, 0);
  expect(panelBox!.x).toBeGreaterThanOrEqual(scroller!.x + scroller!.width - 4);
  await expect(tab(app, 'Highlights')).toHaveAttribute('aria-selected', 'true');

  // [ collapses the library; the article keeps its measure, centred in what is left.
  await app.keyboard.press('[');
  await expect(grid(app)).toBeHidden();
  await expect(layoutButton(app, 'Library sidebar')).toHaveAttribute('aria-expanded', 'false');
  await expect(librarySeparator(app)).toHaveCount(0);
  const article = await reader(app).locator('article.article').boundingBox();
  const wide = await reader(app).locator('.reader-scroll').boundingBox();
  expect(Math.abs(article!.x + article!.width / 2 - (wide!.x + wide!.width / 2))).toBeLessThan(12);

  // H highlights the selection in the default colour (yellow, colour 1).
  await selectOpeningWords(app);
  await expect(reader(app).getByRole('group', { name: 'Selection' })).toBeVisible();
  await app.keyboard.press('h');
  await expect(marks(app)).toHaveText(['On the night']);
  await expect(marks(app).first()).toHaveAttribute('title', /^Yellow/);
  await expect(panelItems(app)).toHaveCount(1);

  // N highlights the next words and opens their comment.
  await articleText(app).focus();
  for (let i = 0; i < 2; i++) await app.keyboard.press('Shift+Control+ArrowRight');
  await app.keyboard.press('n');
  const comment = reader(app).getByRole('textbox', { name: 'Comment' });
  await expect(comment).toBeFocused();
  await app.keyboard.type('Why that night');
  await app.keyboard.press('Enter');
  await expect(articleText(app)).toBeFocused();
  await expect(panelItems(app)).toHaveCount(2);
  await expect(panelItems(app).nth(1)).toContainText('Why that night');

  // The tabs, by arrow keys: Info shows the article's facts, back to Highlights.
  await tab(app, 'Highlights').focus();
  await app.keyboard.press('End');
  await expect(tab(app, 'Info')).toBeFocused();
  await expect(tab(app, 'Info')).toHaveAttribute('aria-selected', 'true');
  await expect(sidePanel(app).getByRole('tabpanel')).toContainText('Dawn');
  await app.keyboard.press('Home');
  await expect(tab(app, 'Highlights')).toHaveAttribute('aria-selected', 'true');
  await expect(panelItems(app).first()).toContainText('On the night');

  // ] hides the side panel (focus, which was in it, goes to the reader) and shows it again.
  await app.keyboard.press(']');
  await expect(sidePanel(app)).toBeHidden();
  await expect(reader(app)).toBeFocused();
  await expect(layoutButton(app, 'Side panel')).toHaveAttribute('aria-expanded', 'false');
  await app.keyboard.press(']');
  await expect(sidePanel(app)).toBeVisible();

  // Focus mode hides both sidebars, and brings them back as they were.
  await app.keyboard.press('[');
  await expect(grid(app)).toBeVisible();
  await app.keyboard.press('Control+.');
  await expect(layoutButton(app, 'Focus mode')).toHaveAttribute('aria-pressed', 'true');
  await expect(grid(app)).toBeHidden();
  await expect(sidePanel(app)).toBeHidden();
  await app.keyboard.press('Control+.');
  await expect(grid(app)).toBeVisible();
  await expect(sidePanel(app)).toBeVisible();

  // Both separators move by arrow keys (16 px a press, from 420 and 300; the right one grows leftwards) and by dragging.
  await panelSeparator(app).focus();
  await expect(panelSeparator(app)).toHaveAttribute('aria-valuenow', '300');
  await app.keyboard.press('ArrowLeft');
  await app.keyboard.press('ArrowLeft');
  await expect(panelSeparator(app)).toHaveAttribute('aria-valuenow', '332');
  await expect.poll(() => width(app, '.side-panel')).toBeCloseTo(332, 0);
  await librarySeparator(app).focus();
  await expect(librarySeparator(app)).toHaveAttribute('aria-valuenow', '420');
  await app.keyboard.press('ArrowRight');
  await expect(librarySeparator(app)).toHaveAttribute('aria-valuenow', '436');
  await expect.poll(() => width(app, '.left-sidebar')).toBeCloseTo(436, 0);
  // And by the pointer: dragged 40 px to the right.
  const handle = (await librarySeparator(app).boundingBox())!;
  await app.mouse.move(handle.x + handle.width / 2, handle.y + 200);
  await app.mouse.down();
  await app.mouse.move(handle.x + handle.width / 2 + 40, handle.y + 200, { steps: 4 });
  await app.mouse.up();
  await expect(librarySeparator(app)).toHaveAttribute('aria-valuenow', '476');

  // Leave it: the Notes tab chosen, the library collapsed. Then reload.
  await tab(app, 'Notes').click();
  await articleText(app).focus();
  await app.keyboard.press('[');
  await expect(grid(app)).toBeHidden();
  await app.reload();

  // Still collapsed; Mod+P opens the palette, which opens the article again.
  await expect(layoutButton(app, 'Library sidebar')).toHaveAttribute('aria-expanded', 'false');
  await expect(grid(app)).toBeHidden();
  await app.keyboard.press('Control+p');
  const palette = app.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await app.keyboard.type('rethink approach');
  await expect(palette.getByRole('option', { name: new RegExp(TITLES.dawn.slice(0, 30)) })).toBeVisible();
  await app.keyboard.press('Enter');
  await expect(readerTitle(app)).toHaveText(TITLES.dawn);
  await expect(tab(app, 'Notes')).toHaveAttribute('aria-selected', 'true');
  await expect(panelSeparator(app)).toHaveAttribute('aria-valuenow', '332');
  await app.keyboard.press('[');
  await expect(librarySeparator(app)).toHaveAttribute('aria-valuenow', '476');

  // The Notes tab: a new note about the article opens beside it in the note editor, and is saved.
  const notesTab = sidePanel(app).getByRole('tabpanel');
  await expect(notesTab).toContainText('No note cites this article yet.');
  await notesTab.getByRole('button', { name: 'New note about this article' }).click();
  const note = notesTab.getByRole('region', { name: 'Note' });
  // Its text has focus, after the link to the article it starts with.
  await expect(note.getByRole('textbox', { name: 'Note text' })).toBeFocused();
  await app.keyboard.type(': the strikes came first.');
  await expect(note.getByRole('textbox', { name: 'Note text' })).toContainText('the strikes came first');
  await note.getByRole('textbox', { name: 'Note title' }).focus();
  await app.keyboard.type('Why October');
  await expect(note.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  await expect(readerTitle(app)).toHaveText(TITLES.dawn);
  // The README's pictures: the article in the middle, the library on the left, the note beside it.
  await workspaceScreenshots(app);

  // It stays open beside another article, and its list says which notes cite this one.
  await app.keyboard.press('Control+p');
  await app.keyboard.type('confronts taliban');
  await expect(palette.getByRole('option', { name: new RegExp(TITLES.gzero.slice(0, 25)) })).toBeVisible();
  await app.keyboard.press('Enter');
  await expect(readerTitle(app)).toHaveText(TITLES.gzero);
  await expect(note.getByRole('textbox', { name: 'Note title' })).toHaveValue('Why October');
  await notesTab.getByRole('button', { name: '← Notes citing this article' }).click();
  await expect(notesTab).toContainText('No note cites this article yet.');

  // Back on the first article, the note open beside it when it was left is open again; its list names the note, which opens in the Notes view too.
  await app.keyboard.press('Control+[');
  await expect(readerTitle(app)).toHaveText(TITLES.dawn);
  await expect(note.getByRole('textbox', { name: 'Note title' })).toHaveValue('Why October');
  await notesTab.getByRole('button', { name: '← Notes citing this article' }).click();
  const cited = notesTab.getByRole('list', { name: 'Notes citing this article' });
  await expect(cited.getByRole('button', { name: 'Why October', exact: true })).toBeVisible();
  await cited.getByRole('button', { name: 'Open “Why October” in the Notes view' }).click();
  const views = app.getByRole('navigation', { name: 'Views' });
  await expect(views.locator('[aria-current="page"]')).toHaveText('Notes');
  await expect(app.getByRole('main', { name: 'Notes' }).getByRole('textbox', { name: 'Note title' })).toHaveValue('Why October');
});

test('the new keys are in ? and the palette', async ({ app }) => {
  await app.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Library' }).focus();
  await app.keyboard.press('?');
  const help = app.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const anywhere = help.getByRole('table', { name: 'Anywhere' });
  for (const [action, key] of [
    ['Toggle library sidebar', '['],
    ['Toggle side panel', ']'],
    ['Focus mode', 'Ctrl+.'],
    ['Highlight the selection', 'H'],
    ['Highlight and comment', 'N'],
    ['Command palette', 'Ctrl+P'],
  ]) {
    await expect(anywhere.getByRole('row', { name: new RegExp(`^${action}`) })).toContainText(key!);
  }
  await app.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await app.keyboard.press('Control+k');
  const palette = app.getByRole('dialog', { name: 'Command palette' });
  await app.keyboard.type('focus mode');
  await expect(palette.getByRole('option', { name: /Focus mode/ })).toContainText('Ctrl+.');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('group', { name: 'Layout' }).getByRole('button', { name: 'Focus mode' })).toHaveAttribute('aria-pressed', 'true');
});
