/**
 * Steps the notes spec shares: the notes view's parts found by role and name, writing a note
 * the way a user does (keyboard), and starting a second host on the same library file (for what
 * survives a crash).
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { expect, startHost } from './fixtures';

export const notesView = (app: Page) => app.getByRole('main', { name: 'Notes' });
export const noteList = (app: Page) => notesView(app).getByRole('listbox', { name: 'Notes' });
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A note in the list: its accessible name starts with its title (then the time, excerpt, tags). */
export const noteItem = (app: Page, title: string) => noteList(app).getByRole('option', { name: new RegExp(`^${escapeRegExp(title)}`) });
export const titleField = (app: Page) => notesView(app).getByLabel('Note title');
export const noteText = (app: Page) => notesView(app).getByRole('textbox', { name: 'Note text' });
export const saveStatus = (app: Page) => notesView(app).getByRole('status', { name: 'Save status' });
export const notesToast = (app: Page) => notesView(app).getByRole('status', { name: 'Last action' });

export async function goToNotes(app: Page) {
  await app.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Notes' }).click();
  await expect(notesView(app)).toBeVisible();
}

/** A new note with this title; leaves the caret in its (empty) text. */
export async function newNote(app: Page, title: string) {
  await notesView(app).getByRole('button', { name: 'New note' }).click();
  await expect(titleField(app)).toBeFocused();
  await titleField(app).fill(title);
  await titleField(app).press('Enter');
  await expect(noteText(app)).toBeFocused();
}

/** Waits until the open note's text and title are in the library. */
export async function expectSaved(app: Page) {
  await expect(saveStatus(app)).toHaveText('Saved');
}

/** Opens a note from the list and waits for its title to show. */
export async function openNote(app: Page, title: string) {
  await noteItem(app, title).first().click();
  await expect(titleField(app)).toHaveValue(title);
}

/** A second preview host on the same library file, as after a crash and restart. */
export async function restartHost(libraryFile: string): Promise<{ url: string; process: ChildProcess }> {
  return startHost(libraryFile);
}

/**
 * A second page on the same library, with its clock held (a clock is per browser context, hence
 * its own context), that opens the note `title` and types `text` at its end: its autosave then
 * waits until the test runs the clock. Close the returned context when done.
 */
export async function typeOnSecondPage(browser: Browser, url: string, title: string, text: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.clock.install();
  await page.goto(url);
  await goToNotes(page);
  await openNote(page, title);
  await noteText(page).click();
  await page.clock.pauseAt(new Date(Date.now() + 100));
  await page.keyboard.press('End');
  await page.keyboard.type(text);
  await expect(saveStatus(page)).toHaveText('Saving…');
  return { context, page };
}
