/**
 * The library and the reader together: sorting, deleting with confirmation, reading by
 * keyboard alone, and links that ask before they leave the app.
 */
import { expect, test } from './fixtures';
import { articleRows, expectArticleCount, FIXTURES, grid, importAndClose, readerTitle, titlesInOrder, TITLES, writeFile } from './helpers';

const ALL = [FIXTURES.venezuela, FIXTURES.gzero, FIXTURES.dawn];

test('sorts by a column, and again the other way', async ({ app }) => {
  await importAndClose(app, ALL);
  await expectArticleCount(app, 3);

  const titleHeader = app.getByRole('columnheader', { name: 'Title' });
  await app.getByRole('button', { name: 'Title', exact: true }).click();
  await expect(titleHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(articleRows(app).first()).toContainText(TITLES.gzero);
  await expect.poll(() => titlesInOrder(app)).toEqual([TITLES.gzero, TITLES.dawn, TITLES.venezuela]);

  await app.getByRole('button', { name: 'Title', exact: true }).click();
  await expect(titleHeader).toHaveAttribute('aria-sort', 'descending');
  await expect.poll(() => titlesInOrder(app)).toEqual([TITLES.venezuela, TITLES.dawn, TITLES.gzero]);

  await app.getByRole('button', { name: 'Words', exact: true }).click();
  await expect(app.getByRole('columnheader', { name: 'Words' })).toHaveAttribute('aria-sort', 'descending');
  await expect(titleHeader).not.toHaveAttribute('aria-sort');
  const words = async () => Promise.all((await articleRows(app).all()).map(async (row) => Number((await row.getByRole('gridcell').nth(3).innerText()).replace(/\D/g, ''))));
  await expect.poll(words).toEqual([...(await words())].sort((a, b) => b - a));
});

test('deletes an article only after confirmation, and selects its neighbour', async ({ app }) => {
  await importAndClose(app, ALL);
  await app.getByRole('button', { name: 'Title', exact: true }).click();
  await expect.poll(() => titlesInOrder(app)).toEqual([TITLES.gzero, TITLES.dawn, TITLES.venezuela]);

  await articleRows(app).filter({ hasText: TITLES.dawn }).click();
  await expect(readerTitle(app)).toHaveText(TITLES.dawn);
  const deleteButton = app.getByRole('button', { name: 'Delete article' });

  // Cancel keeps it, and focus returns to the button that asked.
  await deleteButton.click();
  const confirm = app.getByRole('alertdialog', { name: 'Delete this article?' });
  await expect(confirm).toContainText(TITLES.dawn);
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(deleteButton).toBeFocused();

  // Escape cancels too; Tab stays inside the dialog.
  await deleteButton.click();
  await app.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Delete article' })).toBeFocused();
  await app.keyboard.press('Tab');
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expectArticleCount(app, 3);

  await deleteButton.click();
  await confirm.getByRole('button', { name: 'Delete article' }).click();
  await expect(confirm).toBeHidden();
  await expectArticleCount(app, 2);
  await expect(articleRows(app).filter({ hasText: TITLES.dawn })).toHaveCount(0);
  const neighbour = articleRows(app).filter({ hasText: TITLES.venezuela });
  await expect(neighbour).toHaveAttribute('aria-selected', 'true');
  await expect(neighbour).toBeFocused();
  await expect(readerTitle(app)).toHaveText(TITLES.venezuela);

  // From the list: the Delete key asks the same question.
  await app.keyboard.press('Delete');
  await expect(confirm).toContainText(TITLES.venezuela);
  await confirm.getByRole('button', { name: 'Delete article' }).click();
  await expectArticleCount(app, 1);
  await expect(articleRows(app).first()).toContainText(TITLES.gzero);
  await expect(articleRows(app).first()).toHaveAttribute('aria-selected', 'true');
});

test('works by keyboard alone: list, reader and back', async ({ app }) => {
  await importAndClose(app, ALL);
  await app.getByRole('button', { name: 'Title', exact: true }).click();
  await expect.poll(() => titlesInOrder(app)).toEqual([TITLES.gzero, TITLES.dawn, TITLES.venezuela]);

  // Tab from the top of the window until a row of the list has focus.
  await app.getByRole('button', { name: 'Import', exact: true }).focus();
  const focusedRow = grid(app).locator('[role="row"]:focus');
  for (let i = 0; i < 12 && (await focusedRow.count()) === 0; i++) await app.keyboard.press('Tab');
  await expect(focusedRow).toHaveCount(1);

  await app.keyboard.press('Home');
  await expect(articleRows(app).nth(0)).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(articleRows(app).nth(1)).toBeFocused();
  await expect(articleRows(app).nth(1)).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('End');
  await expect(articleRows(app).nth(2)).toBeFocused();
  await app.keyboard.press('ArrowUp');
  await expect(articleRows(app).nth(1)).toBeFocused();
  await expect(articleRows(app).nth(1)).toContainText(TITLES.dawn);

  await app.keyboard.press('Enter');
  await expect(readerTitle(app)).toHaveText(TITLES.dawn);
  await expect(readerTitle(app)).toBeFocused();
  await app.keyboard.press('PageDown');

  await app.keyboard.press('Escape');
  await expect(articleRows(app).nth(1)).toBeFocused();
  await expect(articleRows(app).nth(1)).toHaveAttribute('aria-selected', 'true');
});

test('asks before a link leaves the app; other schemes stay text', async ({ app, host }) => {
  const file = writeFile(
    host.tempDir,
    'links.md',
    '# Reading list\n\nStart with [the river survey](https://example.org/rivers) and write to [the editor](mailto:editor@example.org).\n',
  );
  await importAndClose(app, [file]);
  await articleRows(app).filter({ hasText: 'Reading list' }).click();
  await expect(readerTitle(app)).toHaveText('Reading list');

  const reader = app.getByRole('main', { name: 'Reader' });
  await reader.getByRole('link', { name: 'the river survey' }).click();
  const ask = app.getByRole('alertdialog', { name: 'Open this link in your browser?' });
  await expect(ask).toContainText('https://example.org/rivers');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await expect(reader.getByRole('link', { name: 'the river survey' })).toBeFocused();
  expect(app.url()).not.toContain('example.org');

  // mailto: is not a web link: shown as text, nothing to click through.
  await expect(reader.getByRole('link', { name: 'the editor' })).toHaveCount(0);
  await expect(reader.getByText('the editor')).toBeVisible();
});

test('shows a failed call as a clear message, and recovers', async ({ app }) => {
  let fail = true;
  await app.route('**/api/call/library.get', async (route) => {
    if (!fail) return route.continue();
    await route.fulfill({ json: { ok: false, error: { code: 'internal', message: 'The library file could not be read.' } } });
  });
  await importAndClose(app, [FIXTURES.gzero]);
  await articleRows(app).first().click();
  const reader = app.getByRole('main', { name: 'Reader' });
  await expect(reader.getByRole('alert')).toContainText('Couldn’t open this article. The library file could not be read.');

  fail = false;
  await reader.getByRole('button', { name: 'Try again' }).click();
  await expect(readerTitle(app)).toHaveText(TITLES.gzero);
  await expect(reader.getByRole('alert')).toHaveCount(0);
});
