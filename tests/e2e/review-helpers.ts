/** What the review specs share: the view, Tab to a control, and one highlight made by keyboard and taken to its review card. */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import { FIXTURES, importAndClose, TITLES } from './helpers';
import { marks, openArticle, panelItems, selectOpeningWords } from './reading-helpers';

export const review = (app: Page) => app.getByRole('main', { name: 'Daily review' });

/** Tabs until `target` has focus, as a keyboard user reaches a control; fails if it never does. */
export async function tabTo(app: Page, target: Locator, most = 20) {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await app.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Imports the Dawn article, highlights its first three words by keyboard, and opens the review (Ctrl+4). */
export async function oneHighlightInReview(app: Page) {
  await importAndClose(app, [FIXTURES.dawn]);
  await openArticle(app, TITLES.dawn);
  await selectOpeningWords(app);
  await app.keyboard.press('1');
  await expect(marks(app)).toHaveText(['On the night']);
  await expect(panelItems(app)).toHaveCount(1);
  await app.keyboard.press('Escape');
  await app.keyboard.press('Control+4');
}
