/**
 * A review card's own actions (issue 13), keyboard only: C edits the highlight's comment, T tags
 * it, Q quotes it into a new note; the card shows each change as the library's push events
 * arrive (no refetch by hand), lists the note citing it, whose title opens the note, and
 * Ctrl+4 comes back to the same card. While a dialog or a field has the keys, C, T and Q type.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { oneHighlightInReview, review, tabTo } from './review-helpers';
import { notesView, titleField } from './notes-helpers';

test.use({ viewport: { width: 1440, height: 900 } });

const card = (app: Page) => review(app).getByRole('article', { name: 'Highlight 1 of 1' });


test('edits the comment, tags and quotes a highlight from its review card by keyboard', async ({ app }) => {
  await oneHighlightInReview(app);
  await expect(card(app)).toBeFocused();
  for (const [name, key] of [
    ['Edit comment', 'C'],
    ['Tag', 'T'],
    ['Quote in note', 'Q'],
  ] as const) {
    await expect(card(app).getByRole('button', { name, exact: true })).toHaveAttribute('aria-keyshortcuts', key);
  }
  const citing = card(app).getByRole('region', { name: 'Notes citing it' });
  await expect(citing).toContainText('No note quotes this highlight yet.');

  // C: the comment editor, focused; Enter saves, and the card shows the comment.
  await app.keyboard.press('c');
  const comment = card(app).getByRole('textbox', { name: 'Comment' });
  await expect(comment).toBeFocused();
  await app.keyboard.type('Where the war starts');
  await app.keyboard.press('Enter');
  await expect(comment).toHaveCount(0);
  await expect(card(app).locator('.review-comment')).toHaveText('Where the war starts');
  await expect(card(app)).toBeFocused();

  // T: the tag field; a tag typed there shows on the card; Escape goes back to the card.
  await app.keyboard.press('t');
  const tagField = card(app).getByRole('combobox', { name: 'Add a tag to this highlight' });
  await expect(tagField).toBeFocused();
  // Keys type while a field has them: "t" and "c" open nothing here.
  await app.keyboard.type('timeline');
  await app.keyboard.press('Enter');
  await expect(card(app).getByRole('list', { name: 'Highlight tags' }).first()).toContainText('timeline');
  await app.keyboard.press('Escape');
  await expect(tagField).toHaveCount(0);
  await expect(card(app)).toBeFocused();
  await expect(card(app).getByRole('list', { name: 'Highlight tags' })).toHaveText('timeline');

  // Q: the quote dialog; New note quotes the highlight in a new note, which the card then lists.
  await app.keyboard.press('q');
  const dialog = app.getByRole('dialog', { name: 'Quote in a note' });
  await expect(dialog.getByRole('searchbox', { name: 'Find a note' })).toBeFocused();
  // Under the dialog the card's keys are still: "c" types into the dialog's field.
  await app.keyboard.type('c');
  await expect(dialog.getByRole('searchbox', { name: 'Find a note' })).toHaveValue('c');
  await expect(card(app).getByRole('textbox', { name: 'Comment' })).toHaveCount(0);
  await app.keyboard.press('Backspace');
  await tabTo(app, dialog.getByRole('button', { name: 'New note' }));
  await app.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  const notes = citing.getByRole('list', { name: 'Notes citing this highlight' }).getByRole('button');
  await expect(notes).toHaveCount(1);
  const title = (await notes.first().innerText()).trim();
  expect(title).not.toBe('');

  // Its title opens the note; Ctrl+4 comes back to the same card, which still shows it all.
  await tabTo(app, notes.first());
  await app.keyboard.press('Enter');
  await expect(notesView(app)).toBeVisible();
  await expect(titleField(app)).toHaveValue(title);
  await app.keyboard.press('Control+4');
  await expect(card(app)).toBeFocused();
  await expect(card(app).locator('.review-comment')).toHaveText('Where the war starts');
  await expect(card(app).getByRole('list', { name: 'Highlight tags' })).toHaveText('timeline');
  await expect(notes).toHaveText([title]);
});
