/**
 * Nothing the cleaner removes is lost: the reader shows removed passages at their places (never
 * part of the article's text), restores one with Undo, and re-runs cleanup on an article or on
 * the whole library.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { importAndClose, writeFile } from './helpers';
import { addOldClutter, forgetSource, setRemovedPassages } from './kept-sources';
import { CLUTTERED } from '../cluttered-article';
import { articleText, dragSelect, marks, openArticle, reader, toast } from './reading-helpers';

const TITLE = 'Glacier lakes are rising in the Karakoram';
const OTHER_TITLE = 'Rivers in Sindh';
const OTHER = `${OTHER_TITLE}\n\nThe Indus carried twice its usual water this August, officials said.\n`;

// Room for a busy machine: three engineers share two cores.
test.setTimeout(120_000);
test.use({ viewport: { width: 1440, height: 900 } });

/** The text of every element that counts in the article's offsets. */
const countedText = (app: Page) => articleText(app).evaluate((root) => [...root.querySelectorAll('[data-block]')].map((b) => b.textContent).join('\n'));

test('shows removed passages at their places, restores one with Undo, and remembers the choice', async ({ app, host }) => {
  await importAndClose(app, [writeFile(host.tempDir, 'lakes.txt', CLUTTERED)]);
  // Blocks: 0 the first paragraph, 1 “The lakes threaten…”, 2 “Engineers…”.
  setRemovedPassages(host.libraryFile, TITLE, [
    { before: 0, text: 'Share this article', why: 'widget' },
    { before: 1, text: 'Advertisement', why: 'banner' },
  ]);
  await app.reload();
  await openArticle(app, TITLE);

  const toggle = reader(app).getByRole('button', { name: /^Show removed text/ });
  await expect(toggle).toHaveAccessibleName('Show removed text (2)');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(articleText(app).getByRole('group', { name: /^Removed:/ })).toHaveCount(0);
  await toggle.focus();
  await app.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  const banner = articleText(app).getByRole('group', { name: 'Removed: banner' });
  await expect(banner).toContainText('Advertisement');
  await expect(articleText(app).getByRole('group', { name: 'Removed: page widget' })).toContainText('Share this article');
  // At its place, between the paragraphs it stood between, and outside the counted text.
  const order = await articleText(app).evaluate((root) => [...root.querySelectorAll('[data-block], [role="group"]')].map((el) => (el.textContent ?? '').slice(0, 20)));
  expect(order).toEqual(['Removed: page widget', 'Meltwater from the g', 'Removed: bannerAdver', 'The lakes threaten v', 'Engineers plan to dr']);
  expect(await countedText(app)).not.toContain('Advertisement');

  // Highlighting with removed text on screen: the passages do not shift what is highlighted.
  await dragSelect(app, articleText(app).locator('p[data-block]').filter({ hasText: 'The lakes threaten' }), 'moved two hundred', 'families');
  await app.keyboard.press('1');
  await expect(marks(app)).toHaveText(['moved two hundred families']);

  // From the keyboard, as any control.
  await banner.getByRole('button', { name: 'Restore “Advertisement”' }).focus();
  await app.keyboard.press('Enter');
  await expect(toast(app)).toContainText('Restored “Advertisement”');
  await expect(banner).toHaveCount(0);
  await expect(toggle).toHaveAccessibleName('Show removed text (1)');
  await expect.poll(() => countedText(app)).toContain('Advertisement');
  await expect(articleText(app).locator('[data-block]').nth(1)).toHaveText('Advertisement');
  // The highlight was re-anchored to the same words after the text before it grew.
  await expect(marks(app)).toHaveText(['moved two hundred families']);

  await toast(app).getByRole('button', { name: 'Undo' }).click();
  await expect(toast(app)).toContainText('“Advertisement” is removed again');
  await expect(banner).toContainText('Advertisement');
  await expect.poll(() => countedText(app)).not.toContain('Advertisement');
  await expect(marks(app)).toHaveText(['moved two hundred families']);

  await app.reload();
  await openArticle(app, TITLE);
  await expect(reader(app).getByRole('button', { name: /^Show removed text/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(articleText(app).getByRole('group', { name: 'Removed: banner' })).toBeVisible();
});

test('re-runs cleanup on one article and on the whole library, and says when it cannot', async ({ app, host }) => {
  await importAndClose(app, [writeFile(host.tempDir, 'lakes.txt', CLUTTERED), writeFile(host.tempDir, 'sindh.txt', OTHER)]);
  addOldClutter(host.libraryFile, TITLE, ['Share this article']);
  forgetSource(host.libraryFile, OTHER_TITLE);
  await app.reload();

  await openArticle(app, OTHER_TITLE);
  await reader(app).getByRole('button', { name: 'Re-run cleanup' }).click();
  await expect(toast(app)).toContainText('imported before Commonplace kept original files, so its cleanup cannot be re-run');

  await openArticle(app, TITLE);
  await expect(articleText(app)).toContainText('Share this article');
  await reader(app).getByRole('button', { name: 'Re-run cleanup' }).click();
  await expect(toast(app)).toContainText('Cleaned 1 of 1 article.', { timeout: 30_000 });
  await expect(articleText(app)).not.toContainText('Share this article');

  // The whole library, from the palette: nothing left to clean, and the article it cannot re-clean counted.
  addOldClutter(host.libraryFile, TITLE, ['Advertisement']);
  await app.keyboard.press('Control+k');
  const palette = app.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('combobox').fill('Re-run cleanup on all');
  await palette.getByRole('combobox').press('Enter');
  const result = app.getByRole('dialog', { name: 'Cleanup result' });
  await expect(result).toContainText('Cleaned 1 of 1 article. 1 article was left as it is', { timeout: 30_000 });
  await result.getByRole('button', { name: TITLE }).click();
  await expect(result).toBeHidden();
  await expect(articleText(app)).not.toContainText('Advertisement');
});
