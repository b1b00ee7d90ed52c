/**
 * Searching everything from the search view: as you type, with operators, the notice for what
 * could not be read, opening hits in the reader (an article at its matched words, a highlight at
 * itself), and saved searches whose counts follow the library.
 */
import type { Page } from '@playwright/test';
import type { Bridge } from '../../main/contract';
import { expect, test } from './fixtures';
import { FIXTURES, importAndClose, readerTitle, TITLES } from './helpers';
import { marks, toolbar } from './reading-helpers';

test.use({ viewport: { width: 1440, height: 900 } });

/** A call through the page's own bridge, for setup this spec does not drive through the UI. */
async function call<T>(app: Page, method: string, input: unknown): Promise<T> {
  const reply = await app.evaluate(([m, i]) => (window as unknown as { commonplace: Bridge }).commonplace.invoke(m as string, i), [method, input] as const);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value as T;
}

const searchBox = (app: Page) => app.getByRole('searchbox', { name: 'Search everything' });
const results = (app: Page) => app.getByRole('list', { name: 'Results' });
const hits = (app: Page) => results(app).getByRole('button');
const kinds = (app: Page) => app.getByRole('radiogroup', { name: 'Show' });
const status = (app: Page) => app.locator('.search-status');
const saved = (app: Page) => app.getByRole('region', { name: 'Saved searches' });

async function openSearch(app: Page) {
  await app.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Search' }).click();
  await expect(searchBox(app)).toBeFocused();
}

/** Types a query and waits until the results shown answer it (not the one before). */
async function search(app: Page, query: string) {
  await searchBox(app).fill(query);
  if (query.trim() !== '') await expect(results(app)).toHaveAttribute('data-answered', query);
}

/** The id of the article with this title. */
async function documentId(app: Page, title: string): Promise<number> {
  const { articles } = await call<{ articles: { title: string; id: number }[] }>(app, 'library.list', {});
  return articles.find((r) => r.title === title)!.id;
}

test('searches as you type, with operators, and explains what it could not read', async ({ app }) => {
  await importAndClose(app, [FIXTURES.venezuela, FIXTURES.dawn]);
  const dawn = await documentId(app, TITLES.dawn);
  await call(app, 'tags.addToDocument', { documentId: dawn, name: 'region/pakistan' });
  await call(app, 'notes.create', { title: 'Taliban reading list', content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Start with the Dawn editorial.' }] }] } });
  await openSearch(app);

  // As you type: the last word is a prefix, so "Taliba" already finds "Taliban".
  await searchBox(app).pressSequentially('Taliba', { delay: 30 });
  await expect(hits(app)).toHaveCount(3);
  await expect(results(app).locator('mark').first()).toHaveText(/^Taliban/i);
  await expect(kinds(app).getByRole('radio', { name: /Articles\s*2/ })).toBeVisible();
  await expect(kinds(app).getByRole('radio', { name: /Notes\s*1/ })).toBeVisible();
  await expect(status(app)).toContainText('3 results');

  // The kind filter.
  await kinds(app).getByRole('radio', { name: /Notes/ }).check();
  await expect(hits(app)).toHaveCount(1);
  await expect(hits(app).first()).toContainText('Taliban reading list');
  await kinds(app).getByRole('radio', { name: /All/ }).check();

  // A phrase, an exclusion, type: and tag:.
  await search(app, '"must rethink"');
  await expect(hits(app)).toHaveCount(1);
  await expect(hits(app).first()).toContainText(TITLES.dawn);
  await expect(hits(app).first().locator('mark')).toHaveText('must rethink');
  await search(app, 'taliban -venezuela ');
  await expect(hits(app)).toHaveCount(2);
  await expect(results(app)).not.toContainText(TITLES.venezuela);
  await search(app, 'taliban type:article');
  await expect(hits(app)).toHaveCount(2);
  await expect(results(app)).not.toContainText('Taliban reading list');
  await search(app, 'tag:region taliban');
  await expect(hits(app)).toHaveCount(1);
  await expect(hits(app).first()).toContainText(TITLES.dawn);

  // A spelling variant of a name.
  await search(app, 'Zabihullah ');
  await expect(hits(app).first()).toContainText(TITLES.dawn);

  // Malformed input is searched as words, with a notice, never an error.
  await search(app, '"Afghan Taliban');
  await expect(status(app)).toContainText('unclosed quote');
  await expect(app.getByRole('alert')).toHaveCount(0);
  await expect(hits(app).first()).toBeVisible();
  await search(app, 'foo:bar (taliban');
  await expect(status(app)).toContainText('not a search operator');

  // The syntax help lists every operator; an example goes into the box.
  await app.getByRole('button', { name: 'Search syntax' }).click();
  const help = app.getByRole('dialog', { name: 'Search syntax' });
  for (const op of ['"cold war"', '-soviet', 'OR', 'tag:', 'type:', 'site:', 'color:', 'before:', 'has:highlights', 'has:comment']) await expect(help).toContainText(op);
  await app.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(app.getByRole('button', { name: 'Search syntax' })).toBeFocused();

  // The search shortcut brings the caret back to the box from anywhere in the view.
  await app.getByRole('button', { name: 'Search syntax' }).focus();
  await app.keyboard.press('ControlOrMeta+Shift+F');
  await expect(searchBox(app)).toBeFocused();

  // Keyboard: ArrowDown into the results, arrows between them, Escape back to the box.
  await search(app, 'taliban ');
  await expect(hits(app)).toHaveCount(3);
  await searchBox(app).press('ArrowDown');
  await expect(hits(app).nth(0)).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(hits(app).nth(1)).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(searchBox(app)).toBeFocused();

  // A note hit opens the note with the matched words selected.
  await search(app, 'editorial ');
  await hits(app).filter({ hasText: 'Taliban reading list' }).click();
  await expect(app.getByRole('textbox', { name: 'Note title' })).toHaveValue('Taliban reading list');
  await expect.poll(() => app.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('editorial');
});

test('opens an article hit at its matched words, and a highlight hit at the highlight', async ({ app }) => {
  await importAndClose(app, [FIXTURES.venezuela, FIXTURES.dawn]);
  const dawn = await documentId(app, TITLES.dawn);
  const text = (await call<{ blocks: { text: string }[] }>(app, 'library.get', { id: dawn })).blocks.map((b) => b.text).join('\n\n');
  // The shortcut opens the view with the caret in the box.
  await app.keyboard.press('ControlOrMeta+Shift+F');
  await expect(searchBox(app)).toBeFocused();

  await search(app, 'volatile ');
  await hits(app).filter({ hasText: TITLES.dawn }).click();
  await expect(readerTitle(app)).toHaveText(TITLES.dawn);
  await expect.poll(() => app.evaluate(() => window.getSelection()?.toString() ?? '')).toBe('volatile');
  // The search stays on the left, ready for the next query; a click there is not a highlight.
  await expect(searchBox(app)).toBeVisible();
  await kinds(app).getByRole('radio', { name: /All/ }).click();
  await expect(kinds(app).getByRole('radio', { name: /All/ })).toBeChecked();
  await expect(toolbar(app)).toBeHidden();

  const quote = 'the situation remains extremely volatile';
  const start = text.indexOf(quote);
  const highlight = await call<{ id: number }>(app, 'highlights.create', { documentId: dawn, start, end: start + quote.length, color: 'pink', comment: 'Worth quoting' });
  await search(app, 'extremely type:highlight');
  await expect(hits(app)).toHaveCount(1);
  await expect(hits(app).first().getByRole('img', { name: 'pink highlight' })).toBeVisible();
  // Show another article first, so opening the hit visibly moves the reader.
  await search(app, 'Maduro ');
  await hits(app).first().click();
  await expect(readerTitle(app)).toHaveText(TITLES.venezuela);
  await search(app, 'extremely type:highlight');
  await hits(app).first().click();
  await expect(readerTitle(app)).toHaveText(TITLES.dawn);
  await expect(app.locator(`mark[data-hl="${highlight.id}"]`).first()).toBeFocused();
  await expect(toolbar(app)).toBeVisible();
  await expect(marks(app).first()).toBeInViewport();
});

test('saves a search, whose count follows the library; renames and deletes it with undo', async ({ app }) => {
  await importAndClose(app, [FIXTURES.venezuela, FIXTURES.dawn]);
  await openSearch(app);
  await search(app, 'Taliban ');
  await expect(hits(app)).toHaveCount(2);

  await app.getByRole('button', { name: 'Save search' }).click();
  const dialog = app.getByRole('dialog', { name: 'Save search' });
  await dialog.getByLabel('Name').fill('Taliban watch');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const item = saved(app).getByRole('listitem').filter({ hasText: 'Taliban watch' });
  await expect(item).toContainText('2 results');

  // A duplicate name is refused inside the dialog, which stays open.
  await app.getByRole('button', { name: 'Save search' }).click();
  await dialog.getByLabel('Name').fill('taliban WATCH');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('already exists');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Another import: the saved search's count follows.
  await importAndClose(app, [FIXTURES.gzero]);
  await expect(item).toContainText('3 results');

  // Running it fills the box.
  await search(app, '');
  await saved(app).getByRole('button', { name: /^Taliban watch/ }).click();
  await expect(searchBox(app)).toHaveValue('Taliban');
  await expect(hits(app)).toHaveCount(3);

  await saved(app).getByRole('button', { name: 'Rename saved search Taliban watch' }).click();
  const rename = app.getByRole('dialog', { name: 'Rename “Taliban watch”' });
  await rename.getByLabel('Name').fill('Taliban, all sources');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(saved(app).getByRole('listitem').filter({ hasText: 'Taliban, all sources' })).toContainText('3 results');

  await saved(app).getByRole('button', { name: 'Delete saved search Taliban, all sources' }).click();
  await expect(saved(app).getByRole('listitem')).toHaveCount(0);
  await saved(app).getByRole('button', { name: 'Undo' }).click();
  await expect(saved(app).getByRole('listitem').filter({ hasText: 'Taliban, all sources' })).toContainText('3 results');
});

test('searches the texts from the palette when no title matches', async ({ app }) => {
  await importAndClose(app, [FIXTURES.venezuela, FIXTURES.dawn]);
  await app.keyboard.press('Control+k');
  const palette = app.getByRole('dialog', { name: 'Command palette' });
  const input = palette.getByRole('combobox');
  await input.fill('must rethink');
  const option = palette.getByRole('option', { name: 'Search everything for “must rethink”' });
  await expect(option).toBeVisible();
  await option.click();

  await expect(palette).toBeHidden();
  await expect(searchBox(app)).toHaveValue('must rethink');
  await expect(results(app)).toHaveAttribute('data-answered', 'must rethink');
  await expect(hits(app).first()).toContainText(TITLES.dawn);
});
