/**
 * Notes meeting articles: quoting a highlight in a new note and in an existing one, the
 * article's (in the side panel's Backlinks tab) and the highlight's backlinks listing the note, a new note from several highlights
 * picked in select mode, and a note's unlinked mentions linked with one click.
 */
import type { Page } from '@playwright/test';
import type { Bridge } from '../../main/contract';
import { expect, test } from './fixtures';
import { FIXTURES, importAndClose, TITLES } from './helpers';
import { articleText, dragSelect, marks, openArticle, panel, panelItems, reader, toast, toolbar } from './reading-helpers';

test.use({ viewport: { width: 1440, height: 900 } });

const FIRST = 'On the night of October 9';
const SECOND = 'The Pakistani military';
const NOTE_TITLE = `Notes on ${TITLES.dawn}`;

/** A call through the page's own bridge, for what this spec does not drive through the UI. */
async function call<T>(app: Page, method: string, input: unknown): Promise<T> {
  const reply = await app.evaluate(([m, i]) => (window as unknown as { commonplace: Bridge }).commonplace.invoke(m as string, i), [method, input] as const);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value as T;
}

interface NoteJSON {
  id: number;
  title: string;
  content: { content?: { type: string; attrs?: { highlightId?: number; quote?: string } }[] };
}
const quotesIn = (note: NoteJSON) => (note.content.content ?? []).filter((n) => n.type === 'highlightRef').map((n) => n.attrs?.quote);
const listNotes = async (app: Page) => (await call<{ notes: { id: number; title: string }[] }>(app, 'notes.list', {})).notes;

async function highlight(app: Page, paragraphText: string, from: string, to = from) {
  // The last highlight's popover may cover the next words (it sits below them): Escape closes it first, as a reader would.
  if (await toolbar(app).isVisible()) {
    await articleText(app).focus();
    await app.keyboard.press('Escape');
    await expect(toolbar(app)).toBeHidden();
  }
  const paragraph = articleText(app).locator('p').filter({ hasText: paragraphText }).first();
  await dragSelect(app, paragraph, from, to);
  await toolbar(app).getByRole('button', { name: 'Green — Evidence' }).click();
  await expect(toolbar(app).getByRole('button', { name: 'Green — Evidence' })).toHaveAttribute('aria-pressed', 'true');
}

test('quotes highlights in notes and shows the notes as backlinks of the article and the highlight', async ({ app }) => {
  await importAndClose(app, [FIXTURES.dawn]);
  await openArticle(app, TITLES.dawn);

  // Quote in a new note from the highlight's popover.
  await highlight(app, FIRST, 'explosions erupted', 'in Kabul');
  await reader(app).getByRole('group', { name: 'Highlight' }).getByRole('button', { name: 'Quote in note…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Quote in a note' });
  await expect(dialog.getByRole('searchbox', { name: 'Find a note' })).toBeFocused();
  await dialog.getByRole('button', { name: 'New note' }).click();
  await expect(dialog).toBeHidden();
  await expect(toast(app)).toContainText(`Quoted in “${NOTE_TITLE.slice(0, 69)}…”`);
  await expect(toast(app).getByRole('button', { name: 'Open note' })).toBeVisible();

  const [created] = await listNotes(app);
  expect(created?.title).toBe(NOTE_TITLE);
  expect(quotesIn(await call<NoteJSON>(app, 'notes.get', { id: created!.id }))).toEqual(['explosions erupted in Kabul']);

  // The highlight says it is quoted, and lists where.
  const first = panelItems(app).first();
  await first.getByRole('button', { name: 'In 1 note' }).click();
  await expect(first.getByRole('list', { name: 'Notes quoting this highlight' }).getByRole('button', { name: NOTE_TITLE })).toBeVisible();

  // The article's backlinks, in the side panel's Backlinks tab.
  await reader(app).getByRole('tab', { name: 'Backlinks' }).click();
  const articleBacklinks = reader(app).getByRole('region', { name: 'Backlinks' });
  await expect(articleBacklinks.getByRole('list', { name: 'Notes about this article' }).getByRole('button', { name: NOTE_TITLE })).toBeVisible();
  await expect(articleBacklinks).toContainText('quotes a highlight');
  await reader(app).getByRole('tab', { name: 'Highlights' }).click();

  // A second highlight quoted into the same note, found by title, from the side panel.
  await highlight(app, SECOND, SECOND);
  const second = panelItems(app).nth(1);
  await expect(second).toContainText(SECOND);
  await second.getByRole('button', { name: 'Quote in note…' }).click();
  await dialog.getByRole('searchbox', { name: 'Find a note' }).fill('notes on from friends');
  await dialog.getByRole('list', { name: 'Notes' }).getByRole('button', { name: NOTE_TITLE }).click();
  await expect(toast(app)).toContainText(`Quoted in “${NOTE_TITLE.slice(0, 69)}…”`);
  expect(quotesIn(await call<NoteJSON>(app, 'notes.get', { id: created!.id }))).toHaveLength(2);
  await expect(second.getByRole('button', { name: 'In 1 note' })).toBeVisible();
  expect(await listNotes(app)).toHaveLength(1);

  // Open note from the toast goes to the notes view.
  await toast(app).getByRole('button', { name: 'Open note' }).click();
  await expect(app.getByRole('main', { name: 'Notes' })).toBeVisible();
});

test('makes a new note from highlights picked in select mode', async ({ app }) => {
  await importAndClose(app, [FIXTURES.dawn]);
  await openArticle(app, TITLES.dawn);
  await highlight(app, FIRST, 'explosions erupted', 'in Kabul');
  await highlight(app, SECOND, SECOND);
  await expect(marks(app)).toHaveCount(2);

  // Q on the open highlight asks where to quote it; arrows move from the field to the choices.
  await app.keyboard.press('q');
  const dialog = app.getByRole('dialog', { name: 'Quote in a note' });
  await expect(dialog.getByRole('searchbox', { name: 'Find a note' })).toBeFocused();
  await app.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('button', { name: 'New note' })).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await listNotes(app)).toEqual([]);

  await panel(app).getByRole('button', { name: 'Select' }).click();
  const bar = panel(app).getByRole('group', { name: 'Selected highlights' });
  await expect(bar.getByRole('button', { name: 'New note from 0 highlights' })).toBeDisabled();
  await panelItems(app).nth(1).getByRole('checkbox').check();
  await panelItems(app).first().getByRole('checkbox').check();
  await bar.getByRole('button', { name: 'New note from 2 highlights' }).click();
  await expect(app.getByRole('main', { name: 'Notes' })).toBeVisible();

  const [made] = await listNotes(app);
  // In reading order, whatever order they were ticked in.
  expect(quotesIn(await call<NoteJSON>(app, 'notes.get', { id: made!.id }))).toEqual(['explosions erupted in Kabul', SECOND]);
});

test('links an unlinked mention of a note with one click', async ({ app }) => {
  await importAndClose(app, [FIXTURES.dawn]);
  await openArticle(app, TITLES.dawn);
  await highlight(app, FIRST, 'explosions erupted', 'in Kabul');
  const [h] = (await call<{ highlights: { id: number }[] }>(app, 'highlights.search', { query: 'explosions' })).highlights;
  const diary = await call<NoteJSON>(app, 'notes.fromHighlights', { highlightIds: [h!.id], title: 'Kabul diary' });
  await call(app, 'notes.create', {
    title: 'Reading list',
    content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Start with the Kabul diary before anything else.' }] }] },
  });

  // From the article's backlinks (the side panel's Backlinks tab) to the note, whose own backlinks offer the mention.
  await reader(app).getByRole('tab', { name: 'Backlinks' }).click();
  const articleBacklinks = reader(app).getByRole('region', { name: 'Backlinks' });
  await articleBacklinks.getByRole('button', { name: 'Kabul diary' }).click();
  const notes = app.getByRole('main', { name: 'Notes' });
  const backlinks = notes.getByRole('region', { name: /^Backlinks/ });
  await expect(backlinks).toContainText('No other note links here yet');
  const mentions = backlinks.getByRole('list', { name: 'Unlinked mentions' });
  await expect(mentions).toContainText('Start with the Kabul diary before anything else.');
  await mentions.getByRole('button', { name: 'Link the mention in “Reading list”' }).click();

  await expect(backlinks.getByRole('list', { name: 'Notes linking here' }).getByRole('button', { name: 'Reading list' })).toBeVisible();
  await expect(backlinks.getByRole('list', { name: 'Notes linking here' })).toContainText('Start with the Kabul diary before anything else.');
  await expect(backlinks).toContainText('No unlinked mentions.');
  const links = await call<{ backlinks: { noteId: number }[] }>(app, 'notes.backlinks', { target: { kind: 'note', id: diary.id } });
  expect(links.backlinks).toHaveLength(1);
});

test('the tag browser counts and lists notes, and deleting a tag leaves the note’s words as plain text', async ({ app }) => {
  const note = await call<NoteJSON>(app, 'notes.create', {
    title: 'Drone policy',
    content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Costs of #drones over time.' }] }] },
  });
  await app.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Tags', exact: true }).click();
  const row = app.getByRole('list', { name: 'All tags' }).getByRole('listitem').filter({ has: app.getByRole('button', { name: 'drones', exact: true }) });
  await expect(row).toContainText('1 note');

  await row.getByRole('button', { name: 'Notes tagged drones' }).click();
  await expect(row.getByRole('list', { name: 'Notes tagged drones' }).getByRole('button', { name: 'Drone policy' })).toBeVisible();

  await row.getByRole('button', { name: 'Delete drones' }).click();
  const confirm = app.getByRole('alertdialog', { name: 'Delete the tag “drones”?' });
  await expect(confirm).toContainText('It is removed from 1 note.');
  await expect(confirm).toContainText('“#drones” becomes “drones”');
  await confirm.getByRole('button', { name: 'Delete tag' }).click();
  await expect(app.getByRole('list', { name: 'All tags' })).toHaveCount(0);
  const after = await call<NoteJSON & { tags: string[] }>(app, 'notes.get', { id: note.id });
  expect(after.tags).toEqual([]);
  expect(JSON.stringify(after.content)).toContain('Costs of drones over time.');
});
