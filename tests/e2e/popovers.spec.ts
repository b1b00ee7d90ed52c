/**
 * Popovers stay on screen: opened by words near the bottom of the window, the `[[` list, the
 * reader's highlight popover and the tag suggestions in it open above them (flipped) instead of
 * past the window's or the pane's edge, and the words themselves do not move to make room.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { FIXTURES, importAndClose, TITLES } from './helpers';
import { articleText, dragSelect, openArticle, reader, toolbar } from './reading-helpers';
import { expectSaved, newNote, goToNotes, noteText, notesView } from './notes-helpers';

const VIEWPORT = { width: 1440, height: 900 };
test.use({ viewport: VIEWPORT });

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not laid out');
  return { top: b.y, bottom: b.y + b.height, left: b.x, right: b.x + b.width };
}

/** The selection's rectangle on screen. */
const selectionBox = (app: Page) =>
  app.evaluate(() => {
    const r = document.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { top: r.top, bottom: r.bottom };
  });

function expectInsideViewport(b: { top: number; bottom: number; left: number; right: number }) {
  expect(b.top).toBeGreaterThanOrEqual(0);
  expect(b.left).toBeGreaterThanOrEqual(0);
  expect(b.bottom).toBeLessThanOrEqual(VIEWPORT.height);
  expect(b.right).toBeLessThanOrEqual(VIEWPORT.width);
}

test('the [[ list on the last visible line opens above the caret, inside the window', async ({ app }) => {
  await goToNotes(app);
  await newNote(app, 'Islamabad talks');
  await app.keyboard.type('Talks resumed in October.');
  await expectSaved(app);

  await newNote(app, 'Long index');
  // Enough lines that the editor has scrolled and the caret sits on the last visible line.
  for (let line = 1; line <= 45; line++) {
    await app.keyboard.insertText(`Line ${line} of the index.`);
    await app.keyboard.press('Enter');
  }
  await expect(noteText(app)).toContainText('Line 45 of the index.');
  // The caret's line (an empty paragraph: a collapsed selection there has no rectangle).
  const caretLine = noteText(app).locator('p').last();
  // The list (up to 18rem tall) would not fit below this line.
  expect((await box(caretLine)).bottom).toBeGreaterThan(VIEWPORT.height - 200);

  await app.keyboard.type('See [[Islam');
  const picker = notesView(app).getByRole('listbox', { name: 'Link to a note' });
  await expect(picker.getByRole('option', { name: /Islamabad talks/ })).toHaveAttribute('aria-selected', 'true');
  const line = await box(caretLine);
  // Placed once the list has its items; its final place is where it stays.
  await expect.poll(async () => (await box(picker)).bottom).toBeLessThanOrEqual(line.top);
  expectInsideViewport(await box(picker));

  // Still an ordinary picker: Enter links the note.
  await app.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  await expect(noteText(app).getByRole('button', { name: 'Islamabad talks' })).toBeVisible();
});

test('the highlight popover by words at the bottom of the article opens above them, the words stay put, and its tag suggestions stay in the pane', async ({ app }) => {
  await importAndClose(app, [FIXTURES.dawn]);
  await openArticle(app, TITLES.dawn);
  // Tags to be suggested later in the popover's tag field: enough that their list is tall.
  const articleTag = reader(app).getByRole('combobox', { name: 'Add a tag to this article' });
  const TAGS = ['conflict', 'conflict/border', 'conflict/kabul', 'conflict/talks', 'congress', 'constitution'];
  for (const tag of TAGS) {
    await articleTag.fill(tag);
    await articleTag.press('Enter');
    await expect(reader(app).getByRole('button', { name: `Remove tag ${tag}` })).toBeVisible();
  }
  // A paragraph well into the article, scrolled so that its last line is at the bottom of the
  // article's pane (the highlights panel is below it).
  const paragraph = articleText(app).locator('p').nth(8);
  const pane = await paragraph.evaluate((p) => {
    p.scrollIntoView({ block: 'end' });
    let el = p.parentElement;
    while (el && !/auto|scroll/.test(getComputedStyle(el).overflowY)) el = el.parentElement;
    const r = (el ?? document.documentElement).getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
  });
  const before = await box(paragraph);
  expect(before.bottom).toBeGreaterThan(pane.bottom - 40);
  const words = (await paragraph.innerText()).trim().split(/\s+/);
  const last = words[words.length - 1]!;
  await dragSelect(app, paragraph, last);
  const popover = reader(app).getByRole('group', { name: 'Selection' });
  await expect(popover).toBeVisible();

  const selected = await selectionBox(app);
  await expect.poll(async () => (await box(popover)).bottom).toBeLessThanOrEqual(selected.top);
  const placed = await box(popover);
  expectInsideViewport(placed);
  expect(placed.top).toBeGreaterThanOrEqual(pane.top);
  // Not scrolled to make room: the words are where they were selected.
  expect((await box(paragraph)).top).toBe(before.top);

  // The tag field's suggestions, in that popover, open above the field: below it is the pane's edge.
  await toolbar(app).getByRole('button', { name: 'Tag' }).click();
  const tagField = reader(app).getByRole('combobox', { name: 'Add a tag to this highlight' });
  await expect(tagField).toBeFocused();
  await tagField.fill('con');
  const suggestions = reader(app).getByRole('listbox', { name: 'Add a tag to this highlight: suggestions' });
  await expect(suggestions.getByRole('option')).toHaveCount(TAGS.length);
  const field = await box(tagField);
  // Precondition: the list would not fit between the field and the pane's bottom.
  expect(field.bottom + (await box(suggestions)).bottom - (await box(suggestions)).top).toBeGreaterThan(pane.bottom);
  await expect.poll(async () => (await box(suggestions)).bottom).toBeLessThanOrEqual(field.top);
  expect((await box(suggestions)).top).toBeGreaterThanOrEqual(pane.top);
  await tagField.press('Escape');
  await expect(suggestions).toBeHidden();
});
