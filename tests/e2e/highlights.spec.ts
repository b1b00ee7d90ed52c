/**
 * Highlighting in the reader: by mouse and by keyboard, with comments and tags, kept across a
 * reload, drawn over the text without changing it (across paragraphs, overlapping), and undone.
 */
import { expect, test } from './fixtures';
import { FIXTURES, importAndClose, readerTitle, TITLES } from './helpers';
import { articleText, dragSelect, marks, openArticle, panel, panelItems, reader, toast, toolbar, selectOpeningWords } from './reading-helpers';

test.use({ viewport: { width: 1440, height: 900 } });

const FIRST = 'On the night of October 9';

test('highlights a passage with the mouse, comments and tags it, and keeps it after a reload', async ({ app }) => {
  await importAndClose(app, [FIXTURES.dawn]);
  await openArticle(app, TITLES.dawn);
  const paragraph = articleText(app).locator('p').filter({ hasText: FIRST });
  const textBefore = await articleText(app).innerText();

  await dragSelect(app, paragraph, 'explosions erupted', 'in Kabul');
  await expect(toolbar(app)).toBeVisible();
  // Every colour shows its meaning.
  for (const name of ['Yellow — Important', 'Green — Evidence', 'Blue — Definition', 'Pink — Question', 'Purple — Idea']) {
    await expect(toolbar(app).getByRole('button', { name })).toBeVisible();
  }
  await toolbar(app).getByRole('button', { name: 'Green — Evidence' }).click();

  await expect(marks(app)).toHaveText(['explosions erupted in Kabul']);
  await expect(marks(app).first()).toHaveAttribute('title', 'Green — Evidence');
  await expect(toolbar(app).getByRole('button', { name: 'Green — Evidence' })).toHaveAttribute('aria-pressed', 'true');
  // Drawn over the text, not into it.
  expect(await articleText(app).innerText()).toBe(textBefore);
  await expect(panelItems(app)).toHaveCount(1);
  await expect(panelItems(app).first()).toContainText('Green — Evidence');
  await expect(panelItems(app).first()).toContainText('explosions erupted in Kabul');

  // Comment from the popover.
  await toolbar(app).getByRole('button', { name: 'Comment' }).click();
  const comment = reader(app).getByRole('textbox', { name: 'Comment' });
  await expect(comment).toBeFocused();
  await comment.fill('Where the rupture began');
  await comment.press('Enter');
  await expect(comment).toBeHidden();
  await expect(panelItems(app).first()).toContainText('Where the rupture began');
  await expect(toast(app)).toContainText('Comment saved');

  // Tag it, with a new tag created on Enter.
  await toolbar(app).getByRole('button', { name: 'Tag' }).click();
  const tagField = reader(app).getByRole('combobox', { name: 'Add a tag to this highlight' });
  await expect(tagField).toBeFocused();
  await tagField.fill('place/kabul');
  await tagField.press('Enter');
  await expect(reader(app).getByRole('button', { name: 'Remove tag place/kabul' })).toBeVisible();
  await expect(panelItems(app).first().getByRole('list', { name: 'Highlight tags' })).toContainText('place/kabul');
  await tagField.press('Escape');
  await expect(tagField).toBeHidden();

  // Tag the article too, from its header.
  const articleTag = reader(app).getByRole('combobox', { name: 'Add a tag to this article' });
  await articleTag.fill('conflict');
  await articleTag.press('Enter');
  await expect(reader(app).getByRole('group', { name: 'Article tags' }).getByRole('button', { name: 'Remove tag conflict' })).toBeVisible();

  // Another highlight from the side panel's point of view: clicking a highlight opens it.
  await app.reload();
  await openArticle(app, TITLES.dawn);
  await expect(marks(app)).toHaveText(['explosions erupted in Kabul']);
  await expect(marks(app).first()).toHaveAttribute('title', 'Green — Evidence. Comment: Where the rupture began');
  await expect(panelItems(app).first()).toContainText('Where the rupture began');
  await expect(panelItems(app).first()).toContainText('place/kabul');
  await expect(reader(app).getByRole('group', { name: 'Article tags' })).toContainText('conflict');

  await marks(app).first().click();
  await expect(toolbar(app)).toBeVisible();
  const details = reader(app).getByRole('group', { name: 'Highlight', exact: true });
  await expect(details).toContainText('Where the rupture began');
  await expect(details).toContainText('place/kabul');
});

test('highlights by keyboard alone: Shift+arrows select, 2 picks a colour, C comments, T tags', async ({ app }) => {
  await importAndClose(app, [FIXTURES.dawn]);
  await openArticle(app, TITLES.dawn);
  await expect(readerTitle(app)).toBeVisible();

  // The article text is a focus stop; Shift+Ctrl+Right selects word by word from the first line in view.
  await selectOpeningWords(app);
  await expect(reader(app).getByRole('group', { name: 'Selection' })).toBeVisible();
  await app.keyboard.press('2');
  await expect(marks(app)).toHaveText(['On the night']);
  await expect(marks(app).first()).toHaveAttribute('title', 'Green — Evidence');
  await expect(articleText(app)).toBeFocused();

  await app.keyboard.press('c');
  const comment = reader(app).getByRole('textbox', { name: 'Comment' });
  await expect(comment).toBeFocused();
  await app.keyboard.type('The first strike');
  await app.keyboard.press('Enter');
  await expect(articleText(app)).toBeFocused();
  await expect(panelItems(app).first()).toContainText('The first strike');

  await app.keyboard.press('t');
  const tagField = reader(app).getByRole('combobox', { name: 'Add a tag to this highlight' });
  await expect(tagField).toBeFocused();
  await app.keyboard.type('timeline');
  await app.keyboard.press('Enter');
  await expect(panelItems(app).first()).toContainText('timeline');
  await app.keyboard.press('Escape');
  await expect(articleText(app)).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(toolbar(app)).toBeHidden();

  // The caret continues after the highlight: extend over the next words and pick another colour.
  for (let i = 0; i < 2; i++) await app.keyboard.press('Shift+Control+ArrowRight');
  await app.keyboard.press('4');
  await expect(marks(app)).toHaveText(['On the night', 'of October']);
  await expect(panelItems(app)).toHaveCount(2);
  await expect(panelItems(app).nth(1)).toContainText('Pink — Question');

  // The panel takes the keyboard to a highlight and opens it.
  await panelItems(app).first().getByRole('button', { name: /On the night/ }).click();
  await expect(marks(app).first()).toBeFocused();
  await expect(toolbar(app).getByRole('button', { name: 'Green — Evidence' })).toHaveAttribute('aria-pressed', 'true');
  await app.keyboard.press('3');
  await expect(marks(app).first()).toHaveAttribute('title', /^Blue — Definition/);

  await app.reload();
  await openArticle(app, TITLES.dawn);
  await expect(marks(app)).toHaveText(['On the night', 'of October']);
  await expect(panelItems(app).first()).toContainText('Blue — Definition');
  await expect(panelItems(app).first()).toContainText('The first strike');
  await expect(panelItems(app).first()).toContainText('timeline');
});

test('a highlight can span paragraphs, and overlapping highlights stay readable', async ({ app }) => {
  await importAndClose(app, [FIXTURES.dawn]);
  await openArticle(app, TITLES.dawn);
  const first = articleText(app).locator('p').filter({ hasText: FIRST });
  const second = articleText(app).locator('p').filter({ hasText: 'The Pakistani military' }).first();

  await dragSelect(app, articleText(app), 'eastern Afghanistan', 'neither accepted');
  await app.keyboard.press('1');
  await expect(first.locator('mark')).toHaveCount(1);
  await expect(second.locator('mark')).toHaveCount(1);
  await expect(panelItems(app).first()).toContainText('eastern Afghanistan');
  await expect(second.locator('mark')).toContainText('neither accepted');

  // A second highlight inside the first: nested marks, both listed.
  await dragSelect(app, second, 'The Pakistani military');
  await app.keyboard.press('5');
  await expect(panelItems(app)).toHaveCount(2);
  const nested = second.locator('mark[data-hl] mark[data-hl]');
  await expect(nested).toHaveText('The Pakistani military');
  await expect(nested).toHaveAttribute('title', 'Purple — Idea');
});

test('undoes deleting, editing and creating a highlight', async ({ app }) => {
  await importAndClose(app, [FIXTURES.dawn]);
  await openArticle(app, TITLES.dawn);
  await selectOpeningWords(app);
  await app.keyboard.press('1');
  await expect(marks(app)).toHaveText(['On the night']);
  await app.keyboard.press('c');
  await app.keyboard.type('Keep me');
  await app.keyboard.press('Enter');
  await expect(panelItems(app)).toContainText(['Keep me']);

  // Delete, then Undo from the toast: the same highlight, comment included, comes back.
  await toolbar(app).getByRole('button', { name: 'Delete highlight' }).click();
  await expect(marks(app)).toHaveCount(0);
  await expect(toast(app)).toContainText('Highlight deleted');
  await toast(app).getByRole('button', { name: 'Undo' }).click();
  await expect(marks(app)).toHaveText(['On the night']);
  await expect(panelItems(app).first()).toContainText('Keep me');

  // Edit (colour), then Ctrl+Z in the reader.
  await marks(app).first().click();
  await app.keyboard.press('4');
  await expect(marks(app).first()).toHaveAttribute('title', /^Pink — Question/);
  await app.keyboard.press('Control+z');
  await expect(marks(app).first()).toHaveAttribute('title', /^Yellow — Important/);
  await expect(toast(app)).toContainText('Undone');

  // Delete by key, undo by key.
  await marks(app).first().click();
  await app.keyboard.press('Delete');
  await expect(marks(app)).toHaveCount(0);
  await app.keyboard.press('Control+z');
  await expect(marks(app)).toHaveCount(1);

  // Further back: the comment, then creating it.
  await app.keyboard.press('Control+z');
  await expect(panelItems(app).first()).not.toContainText('Keep me');
  await app.keyboard.press('Control+z');
  await expect(marks(app)).toHaveCount(0);
  await expect(panel(app)).toContainText('Select text in the article to highlight it');
});

test('copies a selection as a Markdown quote with its source', async ({ app, context, host }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  await importAndClose(app, [FIXTURES.dawn]);
  await openArticle(app, TITLES.dawn);
  const paragraph = articleText(app).locator('p').filter({ hasText: FIRST });
  await dragSelect(app, paragraph, 'explosions erupted', 'in Kabul');
  await toolbar(app).getByRole('button', { name: 'Copy as quote' }).click();
  await expect(app.getByText('Quote copied')).toBeVisible();
  const copied = await app.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`> explosions erupted in Kabul\n\n— ${TITLES.dawn}, Dawn`);
  // Copying is not highlighting.
  await expect(marks(app)).toHaveCount(0);
});
