/**
 * Cards for active recall (issue 13) from the keyboard: a highlight made in the reader comes up
 * in the review; from its card, "Make cloze" hides a word chosen among the highlight's words
 * (toggle buttons) and "Make question" asks a question with its answer. Both cards join the end of
 * today's round; each shows its front first (the cloze with its blank, the question), the answer
 * keys do nothing until Space or Enter shows the answer, and then they answer it.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { oneHighlightInReview, review, tabTo } from './review-helpers';

test.use({ viewport: { width: 1440, height: 900 } });

const figure = (app: Page, name: string) =>
  review(app).getByRole('complementary', { name: 'Review progress' }).getByRole('list', { name: 'Today' }).getByRole('listitem').filter({ hasText: name });
const card = (app: Page, name: string) => review(app).getByRole('article', { name });


test('makes a cloze and a question card from a highlight and answers them after showing the answer', async ({ app }) => {
  await oneHighlightInReview(app);
  const highlight = card(app, 'Highlight 1 of 1');
  await expect(highlight).toBeFocused();

  // Make cloze: the words as toggle buttons; Space hides "night"; the front is previewed.
  const makeCloze = highlight.getByRole('button', { name: 'Make cloze' });
  await tabTo(app, makeCloze);
  await app.keyboard.press('Enter');
  const cloze = app.getByRole('dialog', { name: 'Make a cloze card' });
  const words = cloze.getByRole('group', { name: 'Words to hide' }).getByRole('button');
  await expect(words).toHaveText(['On', 'the', 'night']);
  await expect(words.first()).toBeFocused();
  await app.keyboard.press('Tab');
  await app.keyboard.press('Tab');
  await expect(words.nth(2)).toBeFocused();
  await app.keyboard.press('Space');
  await expect(words.nth(2)).toHaveAttribute('aria-pressed', 'true');
  await expect(words.nth(0)).toHaveAttribute('aria-pressed', 'false');
  await expect(cloze).toContainText('Front: On the […]');
  await tabTo(app, cloze.getByRole('button', { name: 'Make card' }));
  await app.keyboard.press('Enter');
  await expect(cloze).toHaveCount(0);
  // The card joins the end of today's round; the highlight on screen stays, focus where it was.
  await expect(card(app, 'Highlight 1 of 2').getByRole('button', { name: 'Make cloze' })).toBeFocused();
  await expect(figure(app, 'Due today')).toHaveText('Due today: 1');

  const made = review(app).getByRole('region', { name: 'Cards from this highlight' }).getByRole('listitem');
  await expect(made).toHaveText([/^Cloze: On the \[…\]/]);

  // Make question: a question and its answer. A first try is deleted from the card's list.
  const makeQuestion = card(app, 'Highlight 1 of 2').getByRole('button', { name: 'Make question' });
  await tabTo(app, makeQuestion);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('dialog', { name: 'Make a question card' }).getByRole('textbox', { name: 'Question' })).toBeFocused();
  await app.keyboard.type('A first try?');
  await app.keyboard.press('Tab');
  await app.keyboard.type('Not this one.');
  await tabTo(app, app.getByRole('dialog', { name: 'Make a question card' }).getByRole('button', { name: 'Make card' }));
  await app.keyboard.press('Enter');
  await expect(card(app, 'Highlight 1 of 3')).toBeVisible();
  await expect(made).toHaveCount(2);
  await tabTo(app, card(app, 'Highlight 1 of 3').getByRole('button', { name: 'Delete card 2: A first try?' }), 20);
  await app.keyboard.press('Enter');
  await expect(card(app, 'Highlight 1 of 2')).toBeFocused();
  await expect(made).toHaveCount(1);
  await tabTo(app, makeQuestion);
  await app.keyboard.press('Enter');
  const question = app.getByRole('dialog', { name: 'Make a question card' });
  await expect(question.getByRole('textbox', { name: 'Question' })).toBeFocused();
  await app.keyboard.type('When did it begin?');
  await app.keyboard.press('Tab');
  await expect(question.getByRole('textbox', { name: 'Answer' })).toBeFocused();
  await app.keyboard.type('On the night of October 7.');
  await tabTo(app, question.getByRole('button', { name: 'Make card' }));
  await app.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(card(app, 'Highlight 1 of 3').getByRole('button', { name: 'Make question' })).toBeFocused();

  // The highlight itself: 1 (Keep) answers it at once.
  await app.keyboard.press('1');
  const clozeCard = card(app, 'Cloze card 2 of 3');
  await expect(clozeCard).toBeFocused();
  await expect(clozeCard.getByRole('blockquote')).toHaveText('On the […]');
  // Before the answer is shown, there is nothing to answer with, and the keys do nothing.
  await expect(clozeCard.getByRole('button', { name: 'Keep', exact: true })).toHaveCount(0);
  await expect(clozeCard.getByRole('button', { name: 'Show answer' })).toBeVisible();
  // Nor the highlight's own actions (its comment, tags, notes), nor their keys: they would give it away.
  await expect(clozeCard.getByRole('button', { name: 'Edit comment' })).toHaveCount(0);
  await expect(clozeCard.getByRole('region', { name: 'Notes citing it' })).toHaveCount(0);
  await app.keyboard.press('c');
  await expect(clozeCard.getByRole('textbox', { name: 'Comment' })).toHaveCount(0);
  await app.keyboard.press('1');
  await expect(figure(app, 'Done today')).toHaveText('Done today: 1');
  await expect(clozeCard).toBeFocused();
  // Space shows the answer: the whole text, the hidden word marked.
  await app.keyboard.press('Space');
  const back = clozeCard.getByRole('region', { name: 'Answer shown' });
  await expect(back).toHaveText('On the night');
  await expect(back.locator('mark')).toHaveText('night');
  await expect(clozeCard.getByRole('button', { name: 'Edit comment' })).toBeVisible();
  await expect(clozeCard).toBeFocused();
  await app.keyboard.press('3');

  const questionCard = card(app, 'Question card 3 of 3');
  await expect(questionCard).toBeFocused();
  await expect(questionCard).toContainText('When did it begin?');
  await expect(questionCard).not.toContainText('October 7');
  await expect(figure(app, 'Done today')).toHaveText('Done today: 2');
  // Enter shows it too.
  await app.keyboard.press('Enter');
  await expect(questionCard.getByRole('region', { name: 'Answer shown' })).toHaveText('On the night of October 7.');
  await app.keyboard.press('1');

  const done = review(app).getByRole('region', { name: 'Today’s review is done' });
  await expect(done).toBeFocused();
  await expect(figure(app, 'Done today')).toHaveText('Done today: 3');
  await expect(figure(app, 'Due today')).toHaveText('Due today: 0');
});
