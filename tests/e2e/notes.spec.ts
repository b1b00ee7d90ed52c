/**
 * Linked notes: writing with Markdown shortcuts, linking notes with [[ (existing and new),
 * renames followed by links, quoting highlights with ((, inline tags, autosave surviving a
 * crash, conflicts between two pages keeping both texts, and the trash with Undo.
 */
import type { Bridge } from '../../main/contract';
import { expect, test } from './fixtures';
import { FIXTURES, importAndClose, readerTitle, TITLES } from './helpers';
import { articleText, dragSelect, marks, openArticle, toolbar } from './reading-helpers';
import { goToNotes, expectSaved, newNote, noteItem, noteList, noteText, notesToast, notesView, openNote, restartHost, saveStatus, titleField, typeOnSecondPage } from './notes-helpers';

test.use({ viewport: { width: 1440, height: 900 } });

test('writes a note with Markdown shortcuts: heading, list, quote, bold, code, task; copies it as Markdown', async ({ app, host }) => {
  await goToNotes(app);
  await newNote(app, 'Reading plan');
  const text = noteText(app);
  await app.keyboard.type('# Pakistan and the Taliban');
  await app.keyboard.press('Enter');
  await app.keyboard.type('- first point');
  await app.keyboard.press('Enter');
  await app.keyboard.type('second point');
  await app.keyboard.press('Enter');
  await app.keyboard.press('Enter');
  await app.keyboard.type('> a quoted line');
  await app.keyboard.press('Enter');
  await app.keyboard.press('Enter');
  await app.keyboard.type('Some **bold** and `code` here.');
  await app.keyboard.press('Enter');
  await app.keyboard.type('[ ] call the editor');

  await expect(text.getByRole('heading', { level: 1, name: 'Pakistan and the Taliban' })).toBeVisible();
  await expect(text.getByRole('listitem').filter({ hasText: 'first point' })).toBeVisible();
  await expect(text.getByRole('listitem').filter({ hasText: 'second point' })).toBeVisible();
  await expect(text.locator('blockquote')).toHaveText('a quoted line');
  await expect(text.locator('strong')).toHaveText('bold');
  await expect(text.locator('code')).toHaveText('code');
  await expect(text.getByRole('checkbox')).toBeVisible();
  await expectSaved(app);

  // The list shows it, newest first, with its first line.
  await expect(noteItem(app, 'Reading plan')).toContainText('Pakistan and the Taliban');

  await app.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
  await notesView(app).getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(notesToast(app)).toHaveText(/Copied the note as Markdown/);
  const markdown = await app.evaluate(() => navigator.clipboard.readText());
  expect(markdown).toContain('# Pakistan and the Taliban');
  expect(markdown).toContain('- first point');
  expect(markdown).toContain('**bold**');
  expect(markdown).toContain('- [ ] call the editor');
  // Kept after a reload.
  await app.reload();
  await goToNotes(app);
  await openNote(app, 'Reading plan');
  await expect(noteText(app).getByRole('heading', { level: 1, name: 'Pakistan and the Taliban' })).toBeVisible();
  await expect(noteText(app).getByRole('listitem')).toHaveCount(3);
});

test('links notes with [[: an existing note, a new one, and follows a rename', async ({ app }) => {
  await goToNotes(app);
  await newNote(app, 'Islamabad talks');
  await app.keyboard.type('Talks resumed in October.');
  await expectSaved(app);

  await newNote(app, 'Index');
  await app.keyboard.type('See [[Islam');
  const picker = notesView(app).getByRole('listbox', { name: 'Link to a note' });
  await expect(picker).toBeVisible();
  await expect(picker.getByRole('option', { name: /Islamabad talks/ })).toHaveAttribute('aria-selected', 'true');
  // Only other notes: never the note being written.
  await expect(picker.getByRole('option', { name: /^Index/ })).toHaveCount(0);
  await app.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  const link = noteText(app).getByRole('button', { name: 'Islamabad talks' });
  await expect(link).toBeVisible();

  // A note that does not exist yet: the last option creates it.
  await app.keyboard.type('and [[Border crossings');
  await expect(picker.getByRole('option').last()).toHaveText('Create note “Border crossings”');
  await app.keyboard.press('ArrowUp');
  await expect(picker.getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Enter');
  await expect(noteText(app).getByRole('button', { name: 'Border crossings' })).toBeVisible();
  await expect(noteItem(app, 'Border crossings')).toBeVisible();
  await expectSaved(app);

  // Escape closes a picker without inserting anything.
  await app.keyboard.type(' [[Nothing');
  await expect(picker).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await expect(noteText(app)).toContainText('[[Nothing');
  await expect(noteText(app)).toBeFocused();

  // A link to a note in the trash shows as broken, and comes back with the note.
  await openNote(app, 'Border crossings');
  await notesView(app).getByRole('button', { name: 'Delete note' }).click();
  await openNote(app, 'Index');
  const broken = noteText(app).getByRole('button', { name: /Border crossings \(note deleted/ });
  await expect(broken).toHaveAttribute('title', /^Note deleted/);
  await notesToast(app).getByRole('button', { name: 'Undo' }).click();
  await openNote(app, 'Index');
  await expect(noteText(app).getByRole('button', { name: 'Border crossings' })).toBeVisible();

  // Following the link opens the note.
  await link.click();
  await expect(titleField(app)).toHaveValue('Islamabad talks');
  await expect(noteText(app)).toContainText('Talks resumed in October.');

  // Rename it: the link in Index shows the new title.
  await titleField(app).fill('Islamabad–Kabul talks');
  await expectSaved(app);
  await expect(noteItem(app, 'Islamabad–Kabul talks')).toBeVisible();
  await openNote(app, 'Index');
  await expect(noteText(app).getByRole('button', { name: 'Islamabad–Kabul talks' })).toBeVisible();
  await expect(noteText(app).getByRole('button', { name: 'Islamabad talks', exact: true })).toHaveCount(0);

  // From the keyboard: an arrow key selects the link as a whole, Enter follows it.
  // At a person's pace: the editor reads where the caret went after each key.
  await noteText(app).press('Control+Home', { delay: 50 });
  for (let i = 0; i < 'See '.length; i++) await app.keyboard.press('ArrowRight', { delay: 50 });
  await app.keyboard.press('ArrowRight', { delay: 50 });
  await expect(noteText(app).locator('.note-link.selected')).toHaveText('Islamabad–Kabul talks');
  await app.keyboard.press('Enter');
  await expect(titleField(app)).toHaveValue('Islamabad–Kabul talks');
});

test('quotes a highlight with ((, opens the article at it, and tags the note inline with #', async ({ app }) => {
  await importAndClose(app, [FIXTURES.dawn]);
  await openArticle(app, TITLES.dawn);
  await dragSelect(app, articleText(app).locator('p').filter({ hasText: 'On the night of October 9' }), 'explosions erupted', 'in Kabul');
  await toolbar(app).getByRole('button', { name: 'Green — Evidence' }).click();
  await expect(marks(app)).toHaveText(['explosions erupted in Kabul']);

  await goToNotes(app);
  await newNote(app, 'Kabul');
  await app.keyboard.type('What happened first:');
  await app.keyboard.press('Enter');
  await app.keyboard.type('((explosions');
  const picker = notesView(app).getByRole('listbox', { name: 'Quote a highlight' });
  const option = picker.getByRole('option', { name: /explosions erupted in Kabul/ });
  await expect(option).toBeVisible();
  await expect(option).toContainText(TITLES.dawn);
  await app.keyboard.press('Enter');
  await expect(picker).toBeHidden();
  const quote = noteText(app).locator('figure').filter({ has: app.locator('blockquote', { hasText: 'explosions erupted in Kabul' }) });
  await expect(quote).toBeVisible();
  await expect(quote).toContainText(TITLES.dawn);
  await expect(quote).toContainText('Green — Evidence');

  // An inline tag, picked with Enter on the typed name; the list shows it.
  await noteText(app).getByText('What happened first:').click();
  await app.keyboard.press('End');
  await app.keyboard.type(' #conflict/afpak');
  const tags = notesView(app).getByRole('listbox', { name: 'Tag this note' });
  // “Create tag …” for a new name; once an autosave has stored the typed hashtag, the tag itself.
  await expect(tags.getByRole('option', { name: /^(Create tag )?#conflict\/afpak/ })).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Enter');
  await expect(noteText(app).getByText('#conflict/afpak', { exact: true })).toBeVisible();
  await expectSaved(app);
  await expect(noteItem(app, 'Kabul').getByLabel('Tags')).toHaveText('#conflict/afpak');

  // The quote opens the reader at the highlight.
  await quote.getByRole('button', { name: 'Open in article' }).click();
  await expect(readerTitle(app)).toHaveText(TITLES.dawn);
  await expect(marks(app).first()).toBeFocused();
  await expect(toolbar(app)).toBeVisible();
});

test('keeps what was typed when the host is killed without warning', async ({ app, host }) => {
  await goToNotes(app);
  await newNote(app, 'Crash test');
  await app.keyboard.type('Typed just before the crash, never saved by hand.');
  // No blur, no flush: only the autosave's own timer can have saved it, which the status says.
  await expectSaved(app);
  host.kill();
  // With the library gone, a save keeps failing: said so, retried, the text left in place.
  await app.keyboard.type(' And more.');
  await expect(saveStatus(app)).toHaveText(/^Couldn’t save — retrying/);
  await expect(noteText(app)).toHaveText('Typed just before the crash, never saved by hand. And more.');

  const second = await restartHost(host.libraryFile);
  const page = await app.context().newPage();
  try {
    await page.goto(second.url);
    await goToNotes(page);
    await openNote(page, 'Crash test');
    await expect(noteText(page)).toHaveText('Typed just before the crash, never saved by hand.');
  } finally {
    await page.close();
    second.process.kill('SIGTERM');
  }
});

test('two pages editing one note: the later save is kept as a conflict copy, nothing is lost', async ({ app, host, browser }) => {
  await goToNotes(app);
  await newNote(app, 'Shared');
  await app.keyboard.type('Common start.');
  await expectSaved(app);

  // Page two's autosave waits on its held clock until the first page has saved.
  const { context: otherContext, page: other } = await typeOnSecondPage(browser, host.url, 'Shared', ' Written on page two.');

  // Page one still has its caret in the note: typing there leaves page two's focus alone.
  await expect(noteText(app)).toBeFocused();
  await app.keyboard.press('End');
  await app.keyboard.type(' Written on page one.');
  // Escape leaves the note for the list, saving it now.
  await app.keyboard.press('Escape');
  await expectSaved(app);

  // Page two's autosave now runs, from the version it started with.
  await other.clock.runFor(2000);
  const banner = notesView(other).getByRole('alert').filter({ hasText: 'This note was also changed elsewhere' });
  await expect(banner).toContainText(/Your version was kept as “Shared \(conflict .+\)”/);
  // The page now shows the stored note (page one's text) …
  await expect(noteText(other)).toHaveText('Common start. Written on page one.');
  await expect(saveStatus(other)).toHaveText('Saved');
  // … and its own text is one click away.
  await banner.getByRole('button', { name: /Open “Shared \(conflict/ }).click();
  await expect(titleField(other)).toHaveValue(/^Shared \(conflict .+\)$/);
  await expect(noteText(other)).toHaveText('Common start. Written on page two.');
  await otherContext.close();

  // Both versions are in the library.
  await expect(noteItem(app, 'Shared (conflict')).toBeVisible();
  await expect(noteText(app)).toHaveText('Common start. Written on page one.');
});

test('deletes to the trash with Undo, restores from the trash, deletes forever after asking', async ({ app }) => {
  await goToNotes(app);
  await newNote(app, 'Keep me');
  await app.keyboard.type('Something worth keeping.');
  await newNote(app, 'Scratch');
  await app.keyboard.type('Throwaway text.');

  await notesView(app).getByRole('button', { name: 'Delete note' }).click();
  await expect(notesToast(app)).toContainText('Moved “Scratch” to the trash');
  await expect(noteItem(app, 'Scratch')).toHaveCount(0);
  // The neighbour opens in its place.
  await expect(titleField(app)).toHaveValue('Keep me');

  await notesToast(app).getByRole('button', { name: 'Undo' }).click();
  await expect(noteItem(app, 'Scratch')).toBeVisible();
  await expect(titleField(app)).toHaveValue('Scratch');
  await expect(noteText(app)).toHaveText('Throwaway text.');

  // From the keyboard: Escape goes to the list, Delete trashes the active note.
  await noteText(app).click();
  await app.keyboard.press('Escape');
  await expect(noteList(app)).toBeFocused();
  await app.keyboard.press('Delete');
  await expect(notesToast(app)).toContainText('Moved “Scratch” to the trash');

  const trashButton = notesView(app).getByRole('button', { name: /^Trash/ });
  await trashButton.click();
  await expect(trashButton).toHaveAttribute('aria-pressed', 'true');
  const trash = notesView(app).getByRole('list', { name: 'Notes in the trash' });
  await expect(trash.getByRole('listitem')).toHaveCount(1);
  await trash.getByRole('button', { name: 'Restore “Scratch”' }).click();
  await expect(notesToast(app)).toContainText('Restored “Scratch”');
  await expect(notesView(app).getByText('The trash is empty.')).toBeVisible();

  await trashButton.click();
  await openNote(app, 'Scratch');
  await notesView(app).getByRole('button', { name: 'Delete note' }).click();
  await trashButton.click();
  await trash.getByRole('button', { name: 'Delete “Scratch” forever' }).click();
  const confirm = app.getByRole('alertdialog', { name: 'Delete this note forever?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete forever' }).click();
  await expect(confirm).toBeHidden();
  await expect(notesView(app).getByText('The trash is empty.')).toBeVisible();
  await trashButton.click();
  await expect(noteItem(app, 'Scratch')).toHaveCount(0);
  await expect(noteItem(app, 'Keep me')).toBeVisible();
});

test('the notes list is keyboard-driven: arrows open notes, Enter goes into the text', async ({ app }) => {
  await goToNotes(app);
  await newNote(app, 'First');
  await app.keyboard.type('one');
  await newNote(app, 'Second');
  await app.keyboard.type('two');
  await expectSaved(app);

  await app.keyboard.press('Escape');
  await expect(noteList(app)).toBeFocused();
  await expect(noteItem(app, 'Second')).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('ArrowDown');
  await expect(noteItem(app, 'First')).toHaveAttribute('aria-selected', 'true');
  await expect(titleField(app)).toHaveValue('First');
  await app.keyboard.press('Enter');
  await expect(noteText(app)).toBeFocused();
  await app.keyboard.type(' more');
  await expect(noteText(app)).toHaveText('one more');
  await app.keyboard.press('Escape');
  await app.keyboard.press('ArrowUp');
  await expect(titleField(app)).toHaveValue('Second');
  // Leaving a note saved it: the first note keeps the words typed last.
  await openNote(app, 'First');
  await expect(noteText(app)).toHaveText('one more');

  // The app's New note shortcut, from inside the editor: a new note, its title ready for typing.
  await noteText(app).click();
  await app.keyboard.press('Control+Alt+KeyN');
  await expect(titleField(app)).toBeFocused();
  await expect(titleField(app)).toHaveValue('');
  await app.keyboard.type('Third');
  await app.keyboard.press('Enter');
  await app.keyboard.type('three');
  await expectSaved(app);
  await expect(noteItem(app, 'Third')).toHaveAttribute('aria-selected', 'true');
  await expect(noteItem(app, 'First')).toContainText('one more');
});

test('a change saved on another page shows in place when nothing here is unsaved', async ({ app, host }) => {
  await goToNotes(app);
  await newNote(app, 'Live');
  await app.keyboard.type('First words.');
  await expectSaved(app);

  const other = await app.context().newPage();
  await other.goto(host.url);
  await goToNotes(other);
  await openNote(other, 'Live');
  await noteText(other).click();
  await other.keyboard.press('End');
  await other.keyboard.type(' Added elsewhere.');
  await other.keyboard.press('Escape');
  await expectSaved(other);
  await other.close();
  await app.bringToFront();

  await expect(noteText(app)).toHaveText('First words. Added elsewhere.');
  await expect(saveStatus(app)).toHaveText('Saved');
  // And typing on goes on from there, without a conflict.
  await noteText(app).click();
  await app.keyboard.press('End');
  await app.keyboard.type(' Back here.');
  await app.keyboard.press('Escape');
  await expectSaved(app);
  await expect(notesView(app).getByRole('alert')).toHaveCount(0);
  await expect(noteItem(app, 'Live (conflict')).toHaveCount(0);
});

test('opening a note and moving around in it never rewrites it', async ({ app }) => {
  // The page's clock, held later, lets the test run it past the autosave delay at once instead
  // of sleeping: any save the moves scheduled then surely fires before the note is read back.
  await app.clock.install();
  await app.reload();
  // Ends with a heading: the editor adds a paragraph after it to type in, which is not a change.
  const made = await app.evaluate(() =>
    (window as unknown as { commonplace: Bridge }).commonplace.invoke('notes.create', {
      title: 'Read only today',
      content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Just looking.' }] }, { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Later' }] }] },
    }),
  );
  if (!made.ok) throw new Error(made.error.message);
  const before = made.value as { id: number; version: number; updatedAt: string };

  await goToNotes(app);
  await openNote(app, 'Read only today');
  await noteText(app).click();
  await app.clock.pauseAt(new Date(Date.now() + 100));
  await app.keyboard.press('Control+End');
  await app.keyboard.press('ArrowUp');
  await titleField(app).focus();
  await app.clock.runFor(5000); // past the autosave's longest wait: a save, if the moves made one, has started
  await expectSaved(app);
  const after = await app.evaluate((id) => (window as unknown as { commonplace: Bridge }).commonplace.invoke('notes.get', { id }), before.id);
  if (!after.ok) throw new Error(after.error.message);
  expect(after.value).toMatchObject({ version: before.version, updatedAt: before.updatedAt });
});

test('typing into a note another page moved to the trash is not lost: the page says so and restores it', async ({ app, host, browser }) => {
  await goToNotes(app);
  await newNote(app, 'Binned');
  await app.keyboard.type('Kept words.');
  await expectSaved(app);

  // Page two's autosave waits on its held clock until page one has trashed the note.
  const { context: otherContext, page: other } = await typeOnSecondPage(browser, host.url, 'Binned', ' Typed after.');

  await app.evaluate(async () => {
    const bridge = (window as unknown as { commonplace: Bridge }).commonplace;
    const listed = (await bridge.invoke('notes.list', {})) as { ok: true; value: { notes: { id: number; title: string }[] } };
    await bridge.invoke('notes.delete', { id: listed.value.notes.find((n) => n.title === 'Binned')!.id });
  });

  // Page two's save meets the trash: nothing written there, the text stays, and it says so.
  await other.clock.runFor(2000);
  const banner = notesView(other).getByRole('alert').filter({ hasText: 'moved to the trash' });
  await expect(banner).toBeVisible();
  await expect(saveStatus(other)).toContainText('Not saved: in the trash');
  await expect(noteText(other)).toHaveText('Kept words. Typed after.');
  await banner.getByRole('button', { name: 'Restore and save' }).click();
  await other.clock.runFor(2000);
  await expect(saveStatus(other)).toHaveText('Saved');
  await expect(banner).toBeHidden();
  await otherContext.close();

  // Back in the library, with the words typed after.
  await expect(noteItem(app, 'Binned')).toBeVisible();
  await openNote(app, 'Binned');
  await expect(noteText(app)).toHaveText('Kept words. Typed after.');
});
