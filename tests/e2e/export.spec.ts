/**
 * Export to Markdown from the UI, through the browser host, into a real folder the test then
 * reads: the toolbar's Export… button, a typed folder (a browser has no folder picker), the
 * summary's counts, the files on disk (frontmatter, the highlight's quote and block id, every
 * wikilink resolving), an unchanged re-export, and one article's highlights copied as Markdown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Bridge } from '../../main/contract';
import { brokenLinks, parseFile, readVault } from '../db/export-vault-reader';
import { expect, test } from './fixtures';
import { FIXTURES, importAndClose, TITLES } from './helpers';
import { articleText, dragSelect, marks, openArticle, reader, toolbar } from './reading-helpers';

test.use({ viewport: { width: 1440, height: 900 } });

const FIRST = 'On the night of October 9';
const NOTE_TITLE = 'Kabul, October';

/** A call through the page's own bridge, for what this spec does not drive through the UI. */
async function call<T>(app: Page, method: string, input: unknown): Promise<T> {
  const reply = await app.evaluate(([m, i]) => (window as unknown as { commonplace: Bridge }).commonplace.invoke(m as string, i), [method, input] as const);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value as T;
}

const summaryCounts = (app: Page) => app.getByRole('dialog', { name: /^Export/ }).getByRole('list', { name: 'Export summary' }).getByRole('listitem');

test('exports notes and annotated articles into a folder, re-exports unchanged, and copies one article’s highlights', async ({ app, host, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  await importAndClose(app, [FIXTURES.dawn, FIXTURES.gzero]);
  await openArticle(app, TITLES.dawn);
  await dragSelect(app, articleText(app).locator('p').filter({ hasText: FIRST }), 'explosions erupted', 'in Kabul');
  await toolbar(app).getByRole('button', { name: 'Green — Evidence' }).click();
  await expect(marks(app)).toHaveText(['explosions erupted in Kabul']);

  // A note quoting the highlight and referring to the article (made through the bridge; the notes UI has its own spec).
  const { articles } = await call<{ articles: { id: number; title: string }[] }>(app, 'library.list', {});
  const dawn = articles.find((a) => a.title === TITLES.dawn)!;
  const { highlights } = await call<{ highlights: { id: number; exact: string }[] }>(app, 'highlights.list', { documentId: dawn.id });
  const hl = highlights[0]!;
  await call(app, 'notes.create', {
    title: NOTE_TITLE,
    content: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Where it began, in ' }, { type: 'articleRef', attrs: { documentId: dawn.id, title: dawn.title } }] },
        { type: 'highlightRef', attrs: { highlightId: hl.id, documentId: dawn.id, quote: hl.exact } },
      ],
    },
  });

  // Export… from the toolbar: a typed folder, Enter runs it.
  const folder = path.join(host.tempDir, 'vault');
  await app.getByRole('button', { name: 'Export…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Export to Markdown' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: 'Only articles with highlights or notes' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Include full article text' })).not.toBeChecked();
  const field = dialog.getByRole('textbox', { name: 'Export folder' });
  await expect(field).toBeFocused();

  // A relative path is refused in the dialog, keeping what was typed.
  await field.fill('vault');
  await field.press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('is not a full path');
  await expect(field).toHaveValue('vault');

  // A typed folder is written only once confirmed (the browser host refuses any other).
  await field.fill(folder);
  await field.press('Enter');
  await expect(dialog.getByRole('status')).toContainText(`Export into “${folder}”?`);
  await dialog.getByRole('button', { name: 'Export here' }).click();
  const done = app.getByRole('dialog', { name: 'Export finished' });
  await expect(done).toBeVisible();
  await expect(summaryCounts(app)).toHaveText(['2 written', '0 renamed', '0 unchanged', '0 removed', '0 conflicts']);
  await expect(done.getByRole('button', { name: 'Close' })).toBeFocused();

  // The folder as Obsidian would read it.
  const vault = readVault(folder);
  expect([...vault.keys()].sort()).toEqual([`Articles/${readdirSync(path.join(folder, 'Articles'))[0]}`, `Notes/${NOTE_TITLE}.md`]);
  const note = vault.get(`Notes/${NOTE_TITLE}.md`)!;
  expect(note.front).toMatchObject({ title: NOTE_TITLE });
  const [articlePath, article] = [...vault].find(([p]) => p.startsWith('Articles/'))!;
  expect(article.front).toMatchObject({ title: TITLES.dawn, id: dawn.id });
  expect(article.raw).toContain(`> explosions erupted in Kabul ^hl-${hl.id}`);
  expect(note.raw).toContain(`#^hl-${hl.id}`);
  expect(note.raw).toContain(`[[${articlePath.replace(/\.md$/, '')}|`);
  expect(brokenLinks(vault)).toEqual([]);

  // In a browser the folder cannot be shown; its path can be copied.
  await done.getByRole('button', { name: 'Copy path' }).click();
  await expect(done.getByRole('status')).toHaveText('Path copied.');
  expect(await app.evaluate(() => navigator.clipboard.readText())).toBe(folder);

  // Again, with nothing changed: the folder is remembered, every file unchanged.
  await done.getByRole('button', { name: 'Export again…' }).click();
  await expect(dialog.getByRole('textbox', { name: 'Export folder' })).toHaveValue(folder);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await dialog.getByRole('button', { name: 'Export here' }).click();
  await expect(summaryCounts(app)).toHaveText(['0 written', '0 renamed', '2 unchanged', '0 removed', '0 conflicts']);
  await app.getByRole('dialog', { name: 'Export finished' }).getByRole('button', { name: 'Close' }).click();
  await expect(done).toBeHidden();
  expect(readFileSync(path.join(folder, articlePath), 'utf8')).toBe(article.raw);

  // One article's highlights, from the reader: the same Markdown as its exported file.
  await reader(app).getByRole('button', { name: 'Copy highlights as Markdown' }).click();
  await expect(reader(app).getByRole('status', { name: 'Last action' })).toContainText('1 highlight copied as Markdown');
  const copied = await app.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(article.raw);
  expect(parseFile(copied).front).toMatchObject({ title: TITLES.dawn });

  // The same from the command list (the palette here, the File menu in the desktop app)…
  await app.evaluate(() => navigator.clipboard.writeText(''));
  await runFromPalette(app, 'copy article highlights');
  await expect.poll(() => app.evaluate(() => navigator.clipboard.readText())).toBe(article.raw);

  // …and one note, opened from the palette, as its exported file.
  await runFromPalette(app, NOTE_TITLE);
  await expect(app.getByRole('textbox', { name: 'Note title' })).toHaveValue(NOTE_TITLE);
  await runFromPalette(app, 'copy note as markdown');
  await expect.poll(() => app.evaluate(() => navigator.clipboard.readText())).toBe(note.raw);
});

/** Ctrl+K, a few words, Enter: what a keyboard user does to run a command or open a title. */
async function runFromPalette(app: Page, words: string) {
  await app.keyboard.press('Control+k');
  const input = app.getByRole('dialog', { name: 'Command palette' }).getByRole('combobox');
  await input.fill(words);
  await input.press('Enter');
  await expect(input).toBeHidden();
}
