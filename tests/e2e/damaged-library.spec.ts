/**
 * A library that is damaged when the app starts: the window says so, names the newest good backup
 * (date, articles, notes) and restores it with one button, keeping the damaged file as
 * `<library>.damaged`; the window then opens the restored library. The library is a real one (the
 * built CLI imports into it and backs it up), then cut short, as a crash or a bad copy leaves it.
 */
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtDir, expect, startHost, test } from './fixtures';
import { expectArticleCount, FIXTURES } from './helpers';

const cli = (...args: string[]) => execFileSync(process.execPath, [path.join(builtDir, 'main/cli.cjs'), ...args], { encoding: 'utf8' });

test('offers the newest good backup, restores it keeping .damaged, and opens the result', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'commonplace-e2e-'));
  const library = path.join(dir, 'library.commonplace');
  let child: ChildProcess | null = null;
  try {
    cli('import', FIXTURES.gzero, '--library', library, '--create');
    cli('backup', '--library', library);
    const [backup] = JSON.parse(cli('backups', '--json', '--library', library)) as { file: string; createdAt: string; articles: number; notes: number }[];
    expect(backup).toMatchObject({ articles: 1, notes: 0 });
    // Changed since the backup, then damaged: cut to half its length.
    cli('import', FIXTURES.dawn, '--library', library);
    truncateSync(library, Math.floor(statSync(library).size / 2));
    const damagedBytes = readFileSync(library);

    const started = await startHost(library);
    child = started.process;
    const origin = new URL(started.url).origin;
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(`${origin}/`)) outside.push(request.url());
    });
    await page.goto(started.url);

    const screen = page.getByRole('main', { name: 'Your library is damaged' });
    await expect(screen.getByRole('heading', { level: 1, name: 'Your library is damaged' })).toBeVisible({ timeout: 30_000 });
    await expect(screen).toContainText(`Commonplace could not open ${library}: it is cut short`);
    const date = await page.evaluate((iso) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso)), backup!.createdAt);
    await expect(screen).toContainText(`The newest good backup is from ${date}: 1 article, 0 notes.`);
    await expect(screen).toContainText('the damaged file is kept beside it as library.commonplace.damaged');
    // Nothing has been touched yet.
    expect(readFileSync(library).equals(damagedBytes)).toBe(true);

    await screen.getByRole('button', { name: `Restore the backup of ${date}` }).click();
    // The window reloads onto the restored library: the backup's one article.
    await expect(screen).toBeHidden({ timeout: 30_000 });
    await expectArticleCount(page, 1);
    expect(readFileSync(`${library}.damaged`).equals(damagedBytes)).toBe(true);
    expect(outside, 'requests that left the host').toEqual([]);
  } finally {
    child?.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
});
