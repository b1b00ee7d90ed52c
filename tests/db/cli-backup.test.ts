/** `commonplace backup`, `backups` and `restore` as real processes on real library files. */
import { existsSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeLibrary, openLibrary } from '../../db/open';
import { countDocuments, insertDocument } from '../../db/repos/documents';
import { cli } from './cli-run';
import { newDocument, tempDir } from './helpers';

function library(articles: number): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, 'library.commonplace');
  const db = openLibrary(file);
  for (let i = 0; i < articles; i++) insertDocument(db, newDocument());
  closeLibrary(db);
  return { dir, file };
}

function articles(file: string): number {
  const db = openLibrary(file);
  try {
    return countDocuments(db);
  } finally {
    closeLibrary(db);
  }
}

describe('commonplace backup / backups / restore', () => {
  it('offers the newest good backup for a damaged library, and restoring keeps the damaged file as .damaged', async () => {
    const { dir, file } = library(40);
    expect((await cli('backup', '--library', file)).code).toBe(0);
    const backup = path.join(dir, 'Backups', readdirSync(path.join(dir, 'Backups'))[0]!);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const size = statSync(file).size;

    const listed = await cli('list', '--library', file);
    expect(listed.code).toBe(1);
    expect(listed.stderr).toContain('is damaged');
    expect(listed.stderr).toContain(`The newest good backup is ${backup}`);
    expect(listed.stderr).toContain(`commonplace restore "${backup}"`);
    expect(statSync(file).size).toBe(size);

    const restored = await cli('restore', backup, '--library', file);
    expect(restored.code, restored.stderr).toBe(0);
    expect(statSync(`${file}.damaged`).size).toBe(size);
    expect(existsSync(`${file}.before-restore`)).toBe(false);
    expect(articles(file)).toBe(40);
  });


  it('backs up, lists (text and --json), and restores keeping .before-restore', async () => {
    const { dir, file } = library(3);
    const made = await cli('backup', '--library', file);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/^Backed up to .*Backups\/library-\d{4}-\d{2}-\d{2}-\d{6}\.sqlite \(.+, verified\)\.\n$/);
    const backups = readdirSync(path.join(dir, 'Backups'));
    expect(backups).toHaveLength(1);

    const list = await cli('backups', '--library', file, '--json');
    expect(list.code).toBe(0);
    const parsed = JSON.parse(list.stdout) as { file: string; createdAt: string; size: number; articles: number; notes: number }[];
    expect(parsed).toEqual([{ file: path.join(dir, 'Backups', backups[0]!), createdAt: expect.any(String), size: expect.any(Number), articles: 3, notes: 0 }]);
    const text = await cli('backups', '--library', file);
    expect(text.stdout).toMatch(/UTC .* 3 articles, 0 notes .*library-.*\.sqlite\n$/);

    // Change the library, then restore the backup by its bare name.
    const db = openLibrary(file);
    insertDocument(db, newDocument());
    closeLibrary(db);
    const restored = await cli('restore', backups[0]!, '--library', file);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain(`kept as ${file}.before-restore`);
    expect(articles(file)).toBe(3);
    expect(articles(`${file}.before-restore`)).toBe(4);
  }, 60_000);

  it('refuses a corrupt backup and leaves the library as it was', async () => {
    const { dir, file } = library(2);
    const bad = path.join(dir, 'bad.sqlite');
    writeFileSync(bad, `SQLite format 3\0${'x'.repeat(5000)}`);
    const result = await cli('restore', bad, '--library', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot be restored/);
    expect(existsSync(`${file}.before-restore`)).toBe(false);
    expect(articles(file)).toBe(2);
  }, 60_000);

  it('a write command makes the day’s first backup; a read command does not', async () => {
    const { dir, file } = library(1);
    expect((await cli('list', '--library', file)).code).toBe(0);
    expect(existsSync(path.join(dir, 'Backups'))).toBe(false);
    const md = path.join(dir, 'a.md');
    writeFileSync(md, '# A title\n\nSome words of an article that is long enough to import.\n');
    const imported = await cli('import', md, '--library', file);
    expect(imported.code, imported.stderr).toBe(0);
    expect(readdirSync(path.join(dir, 'Backups'))).toHaveLength(1);
    await cli('import', md, '--library', file);
    expect(readdirSync(path.join(dir, 'Backups'))).toHaveLength(1);
  }, 60_000);

  it('backups --folder and --keep-* change the settings', async () => {
    const { dir, file } = library(1);
    const folder = path.join(dir, 'safe');
    const set = await cli('backups', '--library', file, '--folder', folder, '--keep-daily', '3');
    expect(set.code, set.stderr).toBe(0);
    expect(set.stderr).toContain(`go to ${folder}; kept: 3 daily, 4 weekly, 6 monthly`);
    expect((await cli('backup', '--library', file)).code).toBe(0);
    expect(readdirSync(folder)).toHaveLength(1);
    expect((await cli('backups', '--library', file, '--keep-weekly', 'x')).code).toBe(2);
    expect((await cli('backups', '--library', file, '--folder', 'relative')).code).toBe(2);
  }, 60_000);

  it('help lists the three commands; restore needs a file', async () => {
    const help = await cli('--help');
    expect(help.stdout).toMatch(/\n {2}backup /);
    expect(help.stdout).toMatch(/\n {2}backups /);
    expect(help.stdout).toMatch(/\n {2}restore <backup file>/);
    const missing = await cli('restore', '--library', path.join(tempDir(), 'x.commonplace'));
    expect(missing.code).toBe(2);
  }, 60_000);
});
