/**
 * The daily review (issue 13) from the keyboard: three highlights made in the reader come back
 * as today's round; Ctrl+4 opens it, the review settings make it a round of two (a wrong size is
 * refused beside its field first), 1–4 answer each card, O opens a card's highlight in its
 * article and Ctrl+4 comes back to the same card; the progress counts the answers, the round ends
 * by saying so, and More goes past it, still there after leaving the view, until nothing is left.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { FIXTURES, importAndClose, readerTitle, TITLES } from './helpers';
import { articleText, marks, openArticle, panelItems, reader, selectOpeningWords } from './reading-helpers';
import { review } from './review-helpers';

test.use({ viewport: { width: 1440, height: 900 } });

const progress = (app: Page) => review(app).getByRole('complementary', { name: 'Review progress' });
/** A figure of today's progress, e.g. "Done today: 3". */
const figure = (app: Page, name: string) => progress(app).getByRole('list', { name: 'Today' }).getByRole('listitem').filter({ hasText: name });
const card = (app: Page, n: number, of: number) => review(app).getByRole('article', { name: `Highlight ${n} of ${of}` });

const settingsButton = (app: Page) => review(app).getByRole('button', { name: 'Review settings' });
const settingsDialog = (app: Page) => app.getByRole('dialog', { name: 'Review settings' });

test('answers a day’s round by keyboard alone and sees the progress', async ({ app }) => {
  await importAndClose(app, [FIXTURES.dawn]);
  await openArticle(app, TITLES.dawn);

  // Three highlights by keyboard: the first commented and tagged.
  await selectOpeningWords(app);
  await app.keyboard.press('2');
  await expect(marks(app)).toHaveText(['On the night']);
  await app.keyboard.press('c');
  await expect(reader(app).getByRole('textbox', { name: 'Comment' })).toBeFocused();
  await app.keyboard.type('The first strike');
  await app.keyboard.press('Enter');
  await expect(panelItems(app).first()).toContainText('The first strike');
  await app.keyboard.press('t');
  await expect(reader(app).getByRole('combobox', { name: 'Add a tag to this highlight' })).toBeFocused();
  await app.keyboard.type('timeline');
  await app.keyboard.press('Enter');
  await expect(panelItems(app).first()).toContainText('timeline');
  await app.keyboard.press('Escape');
  await expect(articleText(app)).toBeFocused();
  await app.keyboard.press('Escape');
  for (let i = 0; i < 2; i++) await app.keyboard.press('Shift+Control+ArrowRight');
  await app.keyboard.press('4');
  await expect(marks(app)).toHaveText(['On the night', 'of October']);
  await app.keyboard.press('Escape');
  for (let i = 0; i < 2; i++) await app.keyboard.press('Shift+Control+ArrowRight');
  await app.keyboard.press('1');
  await expect(panelItems(app)).toHaveCount(3);

  // Ctrl+4: the review, its first card focused; nothing was due and nothing is done yet.
  await app.keyboard.press('Control+4');
  await expect(card(app, 1, 3)).toBeFocused();
  await expect(figure(app, 'Done today')).toHaveText('Done today: 0');
  await expect(figure(app, 'Due today')).toHaveText('Due today: 0');
  await expect(figure(app, 'Streak')).toHaveText('Streak: 0 days');
  await expect(progress(app).getByRole('img', { name: /Answers per day over the last 84 days: none yet/ })).toBeVisible();

  // A round of two, set in the review settings, so the third highlight is for "More".
  await app.keyboard.press('Shift+Tab');
  await expect(settingsButton(app)).toBeFocused();
  await app.keyboard.press('Enter');
  const size = settingsDialog(app).getByRole('textbox', { name: 'Round size' });
  await expect(size).toBeFocused();
  await expect(size).toHaveValue('10');
  for (const name of ['New highlights per round', 'Recency', /^Weight of Yellow/, /^Weight of Green/, /^Weight of Pink/]) {
    await expect(settingsDialog(app).getByRole('textbox', { name })).toBeVisible();
  }
  await expect(settingsDialog(app).getByRole('button', { name: 'Add a tag weight' })).toBeVisible();
  // 0 is refused beside the field, and nothing is saved.
  await app.keyboard.press('Control+A');
  await app.keyboard.type('0');
  await app.keyboard.press('Enter');
  await expect(settingsDialog(app).getByRole('alert')).toContainText('One setting needs a change before they can be saved');
  await expect(size).toHaveAttribute('aria-invalid', 'true');
  await expect(size).toHaveAccessibleDescription(/Round size: give a whole number from 1 to 200\./);
  await expect(size).toBeFocused();
  await app.keyboard.press('Control+A');
  await app.keyboard.type('2');
  await app.keyboard.press('Enter');
  await expect(settingsDialog(app)).toHaveCount(0);
  await expect(settingsButton(app)).toBeFocused();
  // The round is drawn anew with the new size.
  await expect(card(app, 1, 2)).toBeVisible();
  // Each card shows its article, its colour's meaning as text, and its answers by name.
  await expect(card(app, 1, 2)).toContainText(TITLES.dawn);
  await expect(card(app, 1, 2)).toContainText(/(Yellow|Green|Pink) — (Important|Evidence|Question)/);
  for (const name of ['Keep', 'Soon', 'Later', 'Never', 'Open in article']) {
    await expect(card(app, 1, 2).getByRole('button', { name, exact: true })).toBeVisible();
  }

  // 1 (Keep) answers and shows the next card; the progress counts it.
  await app.keyboard.press('1');
  await expect(card(app, 2, 2)).toBeFocused();
  await expect(figure(app, 'Done today')).toHaveText('Done today: 1');
  await expect(figure(app, 'Streak')).toHaveText('Streak: 1 day');
  const second = (await card(app, 2, 2).getByRole('blockquote').innerText()).trim();

  // O opens the card's highlight in its article; Ctrl+4 comes back to the same card.
  await app.keyboard.press('o');
  await expect(readerTitle(app)).toHaveText(TITLES.dawn);
  await expect(marks(app).filter({ hasText: second }).first()).toBeFocused();
  await app.keyboard.press('Control+4');
  await expect(card(app, 2, 2)).toBeFocused();
  await expect(card(app, 2, 2).getByRole('blockquote')).toHaveText(second);

  // 2 (Soon): the round is done, and says so; More (by keyboard) goes past it.
  await app.keyboard.press('2');
  const done = review(app).getByRole('region', { name: 'Today’s review is done' });
  await expect(done).toBeFocused();
  await expect(done).toContainText('You answered 2 highlights today.');
  await expect(figure(app, 'Done today')).toHaveText('Done today: 2');
  await app.keyboard.press('Tab');
  await expect(done.getByRole('button', { name: 'More' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(card(app, 3, 3)).toBeFocused();
  // More lasts the day: leaving the view and coming back finds the same card.
  await app.keyboard.press('Control+1');
  await expect(review(app)).toHaveCount(0);
  await app.keyboard.press('Control+4');
  await expect(card(app, 3, 3)).toBeFocused();

  // 4 (Never): nothing more is left today.
  await app.keyboard.press('4');
  await expect(done).toBeFocused();
  await expect(done).toContainText('You answered 3 highlights today.');
  await expect(done).toContainText('There are no more highlights to review today.');
  await expect(done.getByRole('button', { name: 'More' })).toHaveCount(0);
  await expect(figure(app, 'Done today')).toHaveText('Done today: 3');
  await expect(progress(app).getByRole('img', { name: /3 answers on 1 day/ })).toBeVisible();

  // The settings were kept: the dialog opens with the round of two.
  await expect(done).toBeFocused();
  await app.keyboard.press('Shift+Tab');
  await expect(settingsButton(app)).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(settingsDialog(app).getByRole('textbox', { name: 'Round size' })).toHaveValue('2');
  await app.keyboard.press('Escape');
  await expect(settingsDialog(app)).toHaveCount(0);
});

test('answers a default round of ten cards by keyboard alone', async ({ app }) => {
  await importAndClose(app, [FIXTURES.dawn]);
  await openArticle(app, TITLES.dawn);

  // Twelve highlights by keyboard, two words each: more than the default round of ten.
  await articleText(app).focus();
  for (let i = 0; i < 12; i++) {
    for (let k = 0; k < 2; k++) await app.keyboard.press('Shift+Control+ArrowRight');
    await app.keyboard.press('1');
    await expect(panelItems(app)).toHaveCount(i + 1);
    await app.keyboard.press('Escape');
  }

  await app.keyboard.press('Control+4');
  await expect(card(app, 1, 10)).toBeFocused();
  const answers = ['1', '2', '3'];
  for (let n = 1; n <= 10; n++) {
    await expect(card(app, n, 10)).toBeFocused();
    await app.keyboard.press(answers[n % answers.length] as string);
    await expect(figure(app, 'Done today')).toHaveText(`Done today: ${n}`);
  }
  const done = review(app).getByRole('region', { name: 'Today’s review is done' });
  await expect(done).toBeFocused();
  await expect(done).toContainText('You answered 10 highlights today.');
  await expect(figure(app, 'Streak')).toHaveText('Streak: 1 day');
  await expect(done.getByRole('button', { name: 'More' })).toBeVisible();
});
