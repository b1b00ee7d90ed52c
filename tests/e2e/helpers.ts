/**
 * Steps the UI specs share, written the way a user acts: through the file input the Import
 * button opens, then the result dialog. Everything is found by role and accessible name.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, fixtureArticle } from './fixtures';

export const TITLES = {
  venezuela: 'Trump approves CIA operations in Venezuela: What we know, and what’s next',
  gzero: 'As Pakistan confronts the Taliban, Washington backs Islamabad — kind of',
  dawn: 'From friends to foes: Pakistan must rethink its approach to the Taliban. But what does that look like?',
} as const;

export const FIXTURES = {
  venezuela: fixtureArticle('000_5772afeb88b3367e.txt'),
  gzero: fixtureArticle('002_09d481056bfa5c16.txt'),
  dawn: fixtureArticle('004_8af5de537ef99085.txt'),
} as const;

/** Chooses files as the Import button would, and waits for the import's result dialog. */
export async function importFiles(app: Page, files: string[]) {
  await app.getByLabel('Choose files to import').setInputFiles(files);
  const result = app.getByRole('dialog', { name: 'Import result' });
  await expect(result).toBeVisible();
  return result;
}

/** Imports and closes the result, leaving the library showing the new articles. */
/**
 * Imports and closes the result. A file that held several articles (000_… holds five) is joined
 * back into one with the result's "Import as one article", as a user can: these tests are about
 * the library, the reader and search with one article per fixture; held-articles.spec.ts and
 * import-and-read.spec.ts test the split itself.
 */
export async function importAndClose(app: Page, files: string[]) {
  const result = await importFiles(app, files);
  const held = result.getByRole('region', { name: /Files holding several articles/ });
  if ((await held.count()) > 0) {
    for (const button of await held.getByRole('button', { name: /^Import .* as one article$/ }).all()) {
      await button.click();
      await expect(held.getByRole('status')).toContainText('Imported as one article', { timeout: 30_000 });
    }
  }
  await result.getByRole('button', { name: 'Close' }).click();
  await expect(result).toBeHidden();
}

export function grid(app: Page) {
  return app.getByRole('grid', { name: 'Articles' });
}

/** The article rows (the header row is the grid's first row). */
export function articleRows(app: Page) {
  return grid(app).getByRole('row').filter({ has: app.getByRole('gridcell') });
}

export async function expectArticleCount(app: Page, count: number) {
  await expect(grid(app)).toHaveAttribute('aria-rowcount', String(count + 1));
}

export function readerTitle(app: Page) {
  return app.getByRole('main', { name: 'Reader' }).getByRole('heading', { level: 1 });
}

export function writeFile(dir: string, name: string, content: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** The titles in the order the list shows them. */
export async function titlesInOrder(app: Page): Promise<string[]> {
  const rows = await articleRows(app).all();
  return Promise.all(rows.map((row) => row.getByRole('gridcell').first().innerText()));
}
