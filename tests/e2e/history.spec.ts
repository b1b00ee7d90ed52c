/**
 * Back and forward (issue 11): Alt+←/→, the mouse's buttons and the Go back / Go forward
 * commands return to the articles, notes and searches visited, the reader scrolled as it was left.
 */
import type { Page } from '@playwright/test';
import type { Bridge } from '../../main/contract';
import { expect, test } from './fixtures';
import { FIXTURES, importAndClose, readerTitle, TITLES } from './helpers';
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
