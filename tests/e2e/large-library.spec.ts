/**
 * A large library: the list renders only the rows in view, still knows (and tells screen
 * readers) its full size, and keyboard movement reaches both ends. 3,000 articles prove the
 * windowing as well as 10,000 would (the DOM holds the same few dozen rows either way) while
 * keeping the import, which syncs every file to disk, to seconds. The list is loaded a page at a
 * time (issue 15): no answer carries more than a page, the count shown is the whole library's,
 * and rows scrolled to or reached by the keyboard (End, PageDown) arrive with their page.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { builtDir, expect, test } from './fixtures';
import { LIBRARY_PAGE_DEFAULT } from '../../main/contract/constants';
import { articleRows, expectArticleCount, grid, readerTitle } from './helpers';

const COUNT = 3_000;

test('keeps a large library virtualised and navigable', async ({ app, host }) => {
  test.setTimeout(120_000);
  const folder = path.join(host.tempDir, 'many');
  mkdirSync(folder);
  for (let i = 0; i < COUNT; i++) {
    const n = String(i).padStart(5, '0');
    writeFileSync(path.join(folder, `a${n}.txt`), `Survey note ${n}\n\nThe survey of site ${n} found ${i % 97} markers along the ridge.\n`);
  }
  // The CLI writes the same library file the host serves (SQLite in WAL mode allows both).
  execFileSync(process.execPath, [path.join(builtDir, 'main/cli.cjs'), 'import', folder, '--library', host.libraryFile], { stdio: 'ignore' });
  // Every library.list answer on this library: each must be one page, not the library. (The
  // page before the reload may still answer, on the empty library, or lose its body: not counted.)
  const pages: number[] = [];
  app.on('response', (response) => {
    if (!response.url().includes('/api/call/library.list')) return;
    response.json().then(
      (body: { value?: { articles: unknown[]; total: number } }) => body.value?.total === COUNT && pages.push(body.value.articles.length),
      () => {},
    );
  });
  await app.reload();

  await expectArticleCount(app, COUNT);
  await expect(app.getByText(`${COUNT.toLocaleString('en')} articles`)).toBeVisible();
  expect(await grid(app).getByRole('row').count()).toBeLessThan(100);

  await app.getByRole('button', { name: 'Title', exact: true }).click();
  await expect(articleRows(app).first()).toContainText('Survey note 00000');
  await articleRows(app).first().click();

  await app.keyboard.press('End');
  const last = grid(app).locator(`[role="row"][aria-rowindex="${COUNT + 1}"]`);
  await expect(last).toBeFocused();
  await expect(last).toContainText(`Survey note ${String(COUNT - 1).padStart(5, '0')}`);
  expect(await grid(app).getByRole('row').count()).toBeLessThan(100);

  await app.keyboard.press('PageUp');
  const focused = grid(app).locator('[role="row"]:focus');
  await expect(focused).toHaveAttribute('aria-selected', 'true');
  const index = Number(await focused.getAttribute('aria-rowindex'));
  expect(index).toBeLessThan(COUNT + 1);
  expect(index).toBeGreaterThan(COUNT - 100);

  await app.keyboard.press('Enter');
  await expect(readerTitle(app)).toBeFocused();
  await expect(readerTitle(app)).toHaveText(`Survey note ${String(index - 2).padStart(5, '0')}`);

  await app.keyboard.press('Home');
  await app.keyboard.press('Escape');
  await expect(focused).toHaveAttribute('aria-rowindex', String(index));

  // PageDown from the top walks across the first page's end into rows loaded as it goes.
  await app.keyboard.press('Home');
  await expect(grid(app).locator('[role="row"]:focus')).toHaveAttribute('aria-rowindex', '2');
  let at = 2;
  while (at < LIBRARY_PAGE_DEFAULT + 50) {
    await app.keyboard.press('PageDown');
    await expect(grid(app).locator('[role="row"]:focus')).not.toHaveAttribute('aria-rowindex', String(at));
    at = Number(await grid(app).locator('[role="row"]:focus').getAttribute('aria-rowindex'));
  }
  await expect(grid(app).locator('[role="row"]:focus')).toContainText(`Survey note ${String(at - 2).padStart(5, '0')}`);

  // Scrolled to the middle by the scrollbar: the rows in view arrive, in their places.
  await grid(app).evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  const middle = Math.floor(COUNT / 2);
  await expect(grid(app).locator(`[role="row"][aria-rowindex="${middle + 2}"]`)).toContainText(`Survey note ${String(middle).padStart(5, '0')}`);

  expect(pages.length).toBeGreaterThan(2);
  expect(Math.max(...pages)).toBeLessThanOrEqual(LIBRARY_PAGE_DEFAULT);
  expect(Math.min(...pages)).toBeGreaterThan(0);
});
