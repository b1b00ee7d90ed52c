/**
 * Back and forward (issue 11): Alt+←/→, the mouse's buttons and the Go back / Go forward
 * commands return to the articles, notes and searches visited, the reader and the view's list
 * (library, search results, tags, notes) scrolled as they were left, with the note that was open
 * beside the article.
 */
import type { Page } from '@playwright/test';
import type { Bridge } from '../../main/contract';
import { expect, test } from './fixtures';
import type { Locator } from '@playwright/test';
import { FIXTURES, grid, importAndClose, readerTitle, TITLES, writeFile } from './helpers';
import { goToNotes, openNote, titleField } from './notes-helpers';
import { openArticle, reader } from './reading-helpers';

test.use({ viewport: { width: 1440, height: 900 } });

/** A call through the page's own bridge, for setup this spec does not drive through the UI. */
async function call<T>(app: Page, method: string, input: unknown): Promise<T> {
  const reply = await app.evaluate(([m, i]) => (window as unknown as { commonplace: Bridge }).commonplace.invoke(m as string, i), [method, input] as const);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value as T;
}

/** How far the reader's article is scrolled (the scroller has no role of its own). */
const readerScrollTop = (app: Page) => reader(app).locator('.reader-scroll').evaluate((el) => el.scrollTop);
const listScrollTop = (app: Page) => grid(app).evaluate((el) => el.scrollTop);

/** Scrolls `target` by the mouse wheel and waits until the scrolling has come to rest (the same position twice running); returns it. */
async function wheelUntilResting(app: Page, target: Locator, by: number, scrollTop: () => Promise<number>, settled: (top: number) => boolean) {
  await target.hover();
  await app.mouse.wheel(0, by);
  let last = -1;
  await expect
    .poll(async () => {
      const now = await scrollTop();
      const resting = settled(now) && now === last;
      last = now;
      return resting;
    })
    .toBe(true);
  return last;
}

const currentView = (app: Page) => app.getByRole('navigation', { name: 'Views' }).locator('[aria-current="page"]');
const searchBox = (app: Page) => app.getByRole('searchbox', { name: 'Search everything' });
const results = (app: Page) => app.getByRole('list', { name: 'Results' });

test('Alt+← and Alt+→ go back and forward across articles and a note, the reader scrolled as it was', async ({ app }) => {
  await importAndClose(app, [FIXTURES.venezuela, FIXTURES.dawn]);
  await call(app, 'notes.create', { title: 'Reading plan', content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Venezuela first.' }] }] } });

  // Article A, scrolled well down with the mouse wheel.
  await openArticle(app, TITLES.venezuela);
  await reader(app).getByRole('region', { name: 'Article text' }).hover();
  await app.mouse.wheel(0, 1200);
  // Once the wheel's scrolling has come to rest (the same position twice running).
  let scrolled = -1;
  await expect
    .poll(async () => {
      const now = await readerScrollTop(app);
      const resting = now > 800 && now === scrolled;
      scrolled = now;
      return resting;
    })
    .toBe(true);

  // Article B, then a note.
  await openArticle(app, TITLES.dawn);
  await expect.poll(() => readerScrollTop(app)).toBe(0);
  await goToNotes(app);
  await openNote(app, 'Reading plan');

  await app.keyboard.press('Alt+ArrowLeft');
  await expect(readerTitle(app)).toHaveText(TITLES.dawn);
  await expect(currentView(app)).toHaveText('Library');

  await app.keyboard.press('Alt+ArrowLeft');
  await expect(readerTitle(app)).toHaveText(TITLES.venezuela);
  await expect.poll(() => readerScrollTop(app)).toBeGreaterThan(scrolled - 2);
  expect(await readerScrollTop(app)).toBeLessThan(scrolled + 2);

  await app.keyboard.press('Alt+ArrowRight');
  await expect(readerTitle(app)).toHaveText(TITLES.dawn);
  await app.keyboard.press('Alt+ArrowRight');
  await expect(titleField(app)).toHaveValue('Reading plan');

  // The mouse's back button (button 3; Playwright's mouse has only three buttons, so the event is dispatched).
  await app.evaluate(() => document.body.dispatchEvent(new MouseEvent('mouseup', { button: 3, bubbles: true, cancelable: true })));
  await expect(readerTitle(app)).toHaveText(TITLES.dawn);
  await app.evaluate(() => document.body.dispatchEvent(new MouseEvent('mouseup', { button: 4, bubbles: true, cancelable: true })));
  await expect(titleField(app)).toHaveValue('Reading plan');

  // In the note's text, Alt+← is the editor's (a word to the left on a Mac): no going back.
  await app.getByRole('textbox', { name: 'Note text' }).click();
  await app.keyboard.press('Alt+ArrowLeft');
  await expect(titleField(app)).toHaveValue('Reading plan');

  // The palette's commands go back and forward too.
  await app.keyboard.press('ControlOrMeta+K');
  const palette = app.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox').fill('Go back');
  await app.keyboard.press('Enter');
  await expect(readerTitle(app)).toHaveText(TITLES.dawn);
});

test('back from an article opened in the search returns to the search with its query', async ({ app }) => {
  await importAndClose(app, [FIXTURES.venezuela, FIXTURES.dawn]);
  await app.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Search' }).click();
  await searchBox(app).fill('rethink');
  await expect(results(app)).toHaveAttribute('data-answered', 'rethink');
  await results(app).getByRole('button').filter({ hasText: TITLES.dawn }).first().click();
  await expect(readerTitle(app)).toHaveText(TITLES.dawn);

  // Elsewhere: the library, another article.
  await app.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Library' }).click();
  await openArticle(app, TITLES.venezuela);

  await app.keyboard.press('Alt+ArrowLeft');
  await expect(currentView(app)).toHaveText('Library');
  await app.keyboard.press('Alt+ArrowLeft');
  await expect(currentView(app)).toHaveText('Search');
  await expect(searchBox(app)).toHaveValue('rethink');
  await expect(readerTitle(app)).toHaveText(TITLES.dawn);
  await expect(results(app)).toHaveAttribute('data-answered', 'rethink');
});

test('the toolbar’s Back and Forward buttons go back and forward, and are disabled when there is nowhere to go', async ({ app }) => {
  const travel = app.getByRole('group', { name: 'History' });
  const backButton = travel.getByRole('button', { name: 'Back' });
  const forwardButton = travel.getByRole('button', { name: 'Forward' });
  await expect(backButton).toBeDisabled();
  await expect(forwardButton).toBeDisabled();

  await importAndClose(app, [FIXTURES.venezuela, FIXTURES.dawn]);
  await openArticle(app, TITLES.venezuela);
  await openArticle(app, TITLES.dawn);
  await expect(backButton).toBeEnabled();
  await expect(forwardButton).toBeDisabled();

  await backButton.click();
  await expect(readerTitle(app)).toHaveText(TITLES.venezuela);
  await expect(forwardButton).toBeEnabled();
  await forwardButton.click();
  await expect(readerTitle(app)).toHaveText(TITLES.dawn);
  await expect(forwardButton).toBeDisabled();
});

test('Back restores the library list’s scroll, the reader’s, and the note that was open beside the article; Forward the same', async ({ app, host }) => {
  // Enough articles for the list to scroll at 1440×900 (36 px a row).
  const many = Array.from({ length: 40 }, (_, i) => writeFile(host.tempDir, `short-${String(i + 1).padStart(2, '0')}.md`, `# Short piece ${i + 1}\n\nA few words to fill the list.\n`));
  await importAndClose(app, many);
  await importAndClose(app, [FIXTURES.venezuela, FIXTURES.dawn]);
  const palette = app.getByRole('dialog', { name: 'Command palette' });
  const byPalette = async (words: string, title: string) => {
    await app.keyboard.press('Control+p');
    await app.keyboard.type(words);
    await expect(palette.getByRole('option', { name: new RegExp(title.slice(0, 25)) })).toBeVisible();
    await app.keyboard.press('Enter');
    await expect(readerTitle(app)).toHaveText(title);
  };
  await byPalette('approves CIA operations', TITLES.venezuela);

  // The list scrolled down, the article scrolled down, a new note open beside it.
  const listLeft = await wheelUntilResting(app, grid(app), 500, () => listScrollTop(app), (top) => top > 300);
  const readerLeft = await wheelUntilResting(app, reader(app).getByRole('region', { name: 'Article text' }), 1200, () => readerScrollTop(app), (top) => top > 800);
  const side = reader(app).getByRole('region', { name: 'Side panel' });
  await side.getByRole('tab', { name: 'Notes', exact: true }).click();
  await side.getByRole('button', { name: 'New note about this article' }).click();
  const beside = side.getByRole('region', { name: 'Note' });
  await beside.getByRole('textbox', { name: 'Note title' }).fill('Venezuela, in short');
  await expect(beside.getByRole('status', { name: 'Save status' })).toHaveText('Saved');

  // Elsewhere (Mod+P from the note's title: focusing the article's title would scroll it): another
  // article by the palette, the list back at its top, the note closed.
  await byPalette('rethink approach', TITLES.dawn);
  await expect(beside.getByRole('textbox', { name: 'Note title' })).toHaveValue('Venezuela, in short');
  await wheelUntilResting(app, grid(app), -3000, () => listScrollTop(app), (top) => top === 0);
  await side.getByRole('button', { name: '← Notes citing this article' }).click();
  await expect(side.getByRole('tabpanel')).toContainText('No note cites this article yet.');

  // Back: the list, the article and the note beside it, as they were left.
  await readerTitle(app).focus();
  await app.keyboard.press('Alt+ArrowLeft');
  await expect(readerTitle(app)).toHaveText(TITLES.venezuela);
  await expect(beside.getByRole('textbox', { name: 'Note title' })).toHaveValue('Venezuela, in short');
  await expect.poll(() => listScrollTop(app)).toBe(listLeft);
  await expect.poll(() => readerScrollTop(app)).toBeGreaterThan(readerLeft - 2);
  expect(await readerScrollTop(app)).toBeLessThan(readerLeft + 2);

  // Forward: the other article, the list at its top, no note beside.
  await readerTitle(app).focus();
  await app.keyboard.press('Alt+ArrowRight');
  await expect(readerTitle(app)).toHaveText(TITLES.dawn);
  await expect(side.getByRole('tabpanel')).toContainText('No note cites this article yet.');
  await expect.poll(() => listScrollTop(app)).toBe(0);
});

/**
 * The title of an item wholly in view inside `scroller` (the middle one of those, skipping
 * `except`), so clicking it scrolls nothing: what the test measures is the scroll the user left.
 */
function titleInView(scroller: Locator, items: string, titleOf: string, except = ''): Promise<string> {
  return scroller.evaluate(
    (el, [itemSel, titleSel, skip]) => {
      const box = el.getBoundingClientRect();
      const seen = [...el.querySelectorAll(itemSel)].filter((item) => {
        const r = item.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom && item.querySelector(titleSel)?.textContent !== skip;
      });
      return seen[Math.floor(seen.length / 2)]?.querySelector(titleSel)?.textContent ?? '';
    },
    [items, titleOf, except] as const,
  );
}

test('Back restores the search results’ scroll, after another scroll there and after leaving the search; Forward returns to the article', async ({ app, host }) => {
  // Enough hits to scroll the results at 1440×900 (30 articles show under All).
  const many = Array.from({ length: 36 }, (_, i) => writeFile(host.tempDir, `log-${String(i + 1).padStart(2, '0')}.md`, `# Lighthouse log ${String(i + 1).padStart(2, '0')}\n\nThe lamp was lit at dusk.\n`));
  await importAndClose(app, many);
  const startTitle = (await readerTitle(app).textContent()) ?? '';
  await app.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Search' }).click();
  await searchBox(app).fill('lighthouse');
  await expect(results(app)).toHaveAttribute('data-answered', 'lighthouse');
  await expect(results(app).getByRole('button')).toHaveCount(30);

  const scroller = app.getByRole('region', { name: 'Search', exact: true }).locator('.search-main');
  const scrollTop = () => scroller.evaluate((el) => el.scrollTop);
  const left = await wheelUntilResting(app, results(app), 700, scrollTop, (top) => top > 300);

  // Open a result in view: the reader shows it, the results stay where they were.
  const opened = await titleInView(scroller, 'button.hit', '.hit-title', startTitle);
  expect(opened).toMatch(/^Lighthouse log \d\d$/);
  await results(app).getByRole('button').filter({ hasText: opened }).click();
  await expect(readerTitle(app)).toHaveText(opened);
  expect(await scrollTop()).toBe(left);

  // At the article, the results scrolled back to the top.
  await wheelUntilResting(app, results(app), -3000, scrollTop, (top) => top === 0);

  // Back: the article read before, the results as they were left there.
  await readerTitle(app).focus();
  await app.keyboard.press('Alt+ArrowLeft');
  await expect(readerTitle(app)).toHaveText(startTitle);
  await expect(currentView(app)).toHaveText('Search');
  await expect.poll(scrollTop).toBe(left);

  // Forward: the result opened, the results at the top, as left there.
  await readerTitle(app).focus();
  await app.keyboard.press('Alt+ArrowRight');
  await expect(readerTitle(app)).toHaveText(opened);
  await expect.poll(scrollTop).toBe(0);

  // Leaving the search (its pane goes away) and coming back: searched again, scrolled as left.
  await wheelUntilResting(app, results(app), 500, scrollTop, (top) => top > 300);
  const leftAgain = await scrollTop();
  await app.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Notes' }).click();
  await expect(searchBox(app)).toBeHidden();
  await app.keyboard.press('Alt+ArrowLeft');
  await expect(currentView(app)).toHaveText('Search');
  await expect(searchBox(app)).toHaveValue('lighthouse');
  await expect(readerTitle(app)).toHaveText(opened);
  await expect(results(app)).toHaveAttribute('data-answered', 'lighthouse');
  await expect.poll(scrollTop).toBe(leftAgain);
});

test('Back restores the tag tree’s scroll and the notes list’s', async ({ app }) => {
  await importAndClose(app, [FIXTURES.venezuela]);
  const { articles } = await call<{ articles: { id: number }[] }>(app, 'library.list', {});
  const documentId = articles[0]!.id;
  for (let i = 1; i <= 40; i++) await call(app, 'tags.addToDocument', { documentId, name: `theme-${String(i).padStart(2, '0')}` });
  for (let i = 1; i <= 24; i++) await call(app, 'notes.create', { title: `Field note ${String(i).padStart(2, '0')}`, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Seen today.' }] }] } });
  const views = app.getByRole('navigation', { name: 'Views' });

  // The tags, scrolled; a tag chosen filters the library (another place); Back: the tree as left.
  await views.getByRole('button', { name: 'Tags' }).click();
  const tree = app.getByRole('list', { name: 'All tags' });
  await expect(tree.getByRole('button', { name: 'theme-40', exact: true })).toBeAttached();
  const treeTop = () => tree.evaluate((el) => el.scrollTop);
  const treeLeft = await wheelUntilResting(app, tree, 600, treeTop, (top) => top > 300);
  const tag = await titleInView(tree, 'li.tag-row', '.tag-filter');
  await tree.getByRole('button', { name: tag, exact: true }).click();
  await expect(currentView(app)).toHaveText('Library');
  await app.keyboard.press('Alt+ArrowLeft');
  await expect(currentView(app)).toHaveText('Tags');
  await expect.poll(treeTop).toBe(treeLeft);

  // The notes list, scrolled; a note chosen in it, then elsewhere; Back: the list as left.
  await views.getByRole('button', { name: 'Notes' }).click();
  const list = app.getByRole('listbox', { name: 'Notes' });
  await expect(list.getByRole('option').first()).toBeVisible();
  const listTop = () => list.evaluate((el) => el.parentElement!.scrollTop);
  await wheelUntilResting(app, list, 700, listTop, (top) => top > 300);
  const note = await titleInView(list.locator('..'), 'li[role="option"]', '.note-item-title');
  await list.getByRole('option').filter({ hasText: note }).click();
  await expect(titleField(app)).toHaveValue(note);
  const notesLeft = await listTop();
  await views.getByRole('button', { name: 'Library' }).click();
  await expect(list).toBeHidden();
  await app.keyboard.press('Alt+ArrowLeft');
  await expect(titleField(app)).toHaveValue(note);
  await expect.poll(listTop).toBe(notesLeft);
});
