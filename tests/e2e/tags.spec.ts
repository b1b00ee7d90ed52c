/**
 * Tags: on articles and highlights with autocomplete, the tag browser (hierarchy, counts,
 * filter, rename, merge, delete with confirmation) and the library's filters.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { articleRows, expectArticleCount, FIXTURES, importAndClose, TITLES } from './helpers';
import { articleText, marks, openArticle, panel, panelItems, reader, selectOpeningWords } from './reading-helpers';

test.use({ viewport: { width: 1440, height: 900 } });

async function tagArticle(app: Page, title: string, tags: string[]) {
  await openArticle(app, title);
  const field = reader(app).getByRole('combobox', { name: 'Add a tag to this article' });
  for (const tag of tags) {
    await field.fill(tag);
    await field.press('Enter');
    await expect(reader(app).getByRole('button', { name: `Remove tag ${tag}` })).toBeVisible();
  }
}

const tagRow = (app: Page, name: string) => app.getByRole('list', { name: 'All tags' }).getByRole('listitem').filter({ has: app.getByRole('button', { name, exact: true }) });

test('browses, filters by, renames, merges and deletes tags', async ({ app }) => {
  await importAndClose(app, [FIXTURES.dawn, FIXTURES.gzero]);
  await tagArticle(app, TITLES.dawn, ['region/pakistan', 'taliban']);
  // A highlight tagged with an existing tag, chosen from the suggestions.
  await selectOpeningWords(app);
  await app.keyboard.press('t');
  const highlightTag = reader(app).getByRole('combobox', { name: 'Add a tag to this highlight' });
  await highlightTag.pressSequentially('tal');
  // The suggestions for all three letters, not a list left from "ta" (which region/pakistan also matches) on a busy machine.
  await expect(reader(app).getByRole('option')).toHaveText([/taliban/]);
  await highlightTag.press('ArrowDown');
  await highlightTag.press('Enter');
  await expect(panelItems(app).first()).toContainText('taliban');
  await highlightTag.press('Escape');
  await tagArticle(app, TITLES.gzero, ['region/afghanistan', 'washington']);

  // The browser: a tree with counts.
  await app.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Tags', exact: true }).click();
  await expect(tagRow(app, 'region')).toContainText('2 tags below');
  await expect(tagRow(app, 'region/pakistan')).toContainText('1 article');
  await expect(tagRow(app, 'taliban')).toContainText('1 article, 1 highlight');

  // A parent filters the library by everything below it.
  await tagRow(app, 'region').getByRole('button', { name: 'region', exact: true }).click();
  await expect(app.getByRole('combobox', { name: 'Filter by tag' })).toHaveValue('region');
  await expectArticleCount(app, 2);

  // A tag filters the reader's highlight list too.
  await app.getByRole('button', { name: 'Tags', exact: true }).click();
  await tagRow(app, 'taliban').getByRole('button', { name: 'taliban', exact: true }).click();
  await expectArticleCount(app, 1);
  await openArticle(app, TITLES.dawn);
  await expect(panel(app)).toContainText('Showing 1 highlight tagged “taliban” of 1');

  await app.getByRole('button', { name: 'Tags', exact: true }).click();
  await tagRow(app, 'region/pakistan').getByRole('button', { name: 'region/pakistan', exact: true }).click();
  await expectArticleCount(app, 1);
  await expect(articleRows(app)).toContainText([TITLES.dawn]);

  // Renaming the filtered tag keeps the filter on it.
  await app.getByRole('button', { name: 'Tags', exact: true }).click();
  await app.getByRole('button', { name: 'Rename region/pakistan' }).click();
  const rename = app.getByRole('dialog', { name: 'Rename “region/pakistan”' });
  await rename.getByRole('textbox', { name: 'New name' }).fill('place/pakistan');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename).toBeHidden();
  await expect(tagRow(app, 'place/pakistan')).toContainText('1 article');
  await app.getByRole('button', { name: 'Library', exact: true }).click();
  await expect(app.getByRole('combobox', { name: 'Filter by tag' })).toHaveValue('place/pakistan');
  await expectArticleCount(app, 1);

  // A rename onto a taken name is refused, and offers the merge instead.
  await app.getByRole('button', { name: 'Tags', exact: true }).click();
  await app.getByRole('button', { name: 'Rename washington' }).click();
  const refusal = app.getByRole('dialog', { name: 'Rename “washington”' });
  await refusal.getByRole('textbox', { name: 'New name' }).fill('taliban');
  await refusal.getByRole('button', { name: 'Rename' }).click();
  await expect(refusal.getByRole('alert')).toContainText('already exists');
  await refusal.getByRole('button', { name: 'Merge into “taliban” instead' }).click();
  const merge = app.getByRole('dialog', { name: 'Merge “washington”' });
  await expect(merge.getByRole('combobox', { name: 'Merge into' })).toHaveValue('taliban');
  await merge.getByRole('button', { name: 'Merge' }).click();
  await expect(merge).toBeHidden();
  await expect(tagRow(app, 'washington')).toHaveCount(0);
  await expect(tagRow(app, 'taliban')).toContainText('2 articles, 1 highlight');

  // Merge chosen from the list.
  await app.getByRole('button', { name: 'Merge region/afghanistan into another tag' }).click();
  const merge2 = app.getByRole('dialog', { name: 'Merge “region/afghanistan”' });
  await merge2.getByRole('combobox', { name: 'Merge into' }).selectOption('place/pakistan');
  await merge2.getByRole('button', { name: 'Merge' }).click();
  await expect(tagRow(app, 'place/pakistan')).toContainText('2 articles');
  await expect(tagRow(app, 'region')).toHaveCount(0);

  // Delete, after confirmation: taggings go, articles and highlights stay.
  await app.getByRole('button', { name: 'Delete taliban' }).click();
  const confirm = app.getByRole('alertdialog', { name: 'Delete the tag “taliban”?' });
  await expect(confirm).toContainText('2 articles, 1 highlight');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(tagRow(app, 'taliban')).toHaveCount(1);
  await app.getByRole('button', { name: 'Delete taliban' }).click();
  await confirm.getByRole('button', { name: 'Delete tag' }).click();
  await expect(tagRow(app, 'taliban')).toHaveCount(0);

  await app.getByRole('button', { name: 'Library', exact: true }).click();
  await app.getByRole('button', { name: 'Clear filter' }).click();
  await expectArticleCount(app, 2);
  await openArticle(app, TITLES.dawn);
  await expect(reader(app).getByRole('group', { name: 'Article tags' })).not.toContainText('taliban');
  await expect(marks(app)).toHaveCount(1);
  await expect(panelItems(app).first()).not.toContainText('taliban');
});

test('filters the library by tag with autocomplete, and by having highlights', async ({ app }) => {
  await importAndClose(app, [FIXTURES.dawn, FIXTURES.gzero, FIXTURES.venezuela]);
  await tagArticle(app, TITLES.gzero, ['washington']);
  await openArticle(app, TITLES.dawn);
  await articleText(app).focus();
  for (let i = 0; i < 2; i++) await app.keyboard.press('Shift+Control+ArrowRight');
  await app.keyboard.press('1');
  await expect(marks(app)).toHaveCount(1);

  const filter = app.getByRole('combobox', { name: 'Filter by tag' });
  await filter.pressSequentially('wash');
  await expect(app.getByRole('listbox', { name: 'Filter by tag: suggestions' }).getByRole('option', { name: /washington/ })).toBeVisible();
  await filter.press('ArrowDown');
  await expect(filter).toHaveAttribute('aria-activedescendant', /.+/);
  await filter.press('Enter');
  await expectArticleCount(app, 1);
  await expect(articleRows(app)).toContainText([TITLES.gzero]);
  await expect(app.getByText('1 article match')).toBeVisible();

  // Both filters together: nothing tagged "washington" has highlights.
  const hasHighlights = app.getByRole('checkbox', { name: 'Has highlights' });
  await hasHighlights.check();
  await expect(app.getByText('No articles match')).toBeVisible();
  await app.getByRole('button', { name: 'Clear filter' }).click();
  await expectArticleCount(app, 3);
  await expect(hasHighlights).not.toBeChecked();

  await hasHighlights.check();
  await expectArticleCount(app, 1);
  await expect(articleRows(app)).toContainText([TITLES.dawn]);
  await hasHighlights.uncheck();
  await expectArticleCount(app, 3);
});

test('colour meanings can be edited, and show wherever the colour does', async ({ app }) => {
  await importAndClose(app, [FIXTURES.dawn]);
  await openArticle(app, TITLES.dawn);
  await reader(app).getByRole('button', { name: 'Colour meanings…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Colour meanings' });
  await expect(dialog.getByRole('textbox', { name: 'Yellow' })).toBeFocused();
  await dialog.getByRole('textbox', { name: 'Green' }).fill('Counter-argument');
  await dialog.getByRole('button', { name: 'Save meanings' }).click();
  await expect(dialog).toBeHidden();

  await articleText(app).focus();
  for (let i = 0; i < 2; i++) await app.keyboard.press('Shift+Control+ArrowRight');
  await expect(reader(app).getByRole('button', { name: 'Green — Counter-argument' })).toBeVisible();
  await app.keyboard.press('2');
  await expect(marks(app).first()).toHaveAttribute('title', 'Green — Counter-argument');
  await expect(panelItems(app).first()).toContainText('Green — Counter-argument');
});
