/**
 * Faults told as what they are: a read-only file, folder or mount, a full disk, a damaged or
 * truncated file and an empty file, through the real CLI on real library files. Reading never
 * writes: not even `PRAGMA optimize`.
 */
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, openSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureArticle } from '../unit/fixtures';
import { cli } from './cli-run';
import { canMount, cliRun, remountReadOnly, shareWithOtherUser, tmpfs } from './fault-helpers';
import { tempDir } from './helpers';

const ARTICLES = ['002_09d481056bfa5c16.txt', '004_8af5de537ef99085.txt'].map(fixtureArticle);
const NEW_ARTICLE = fixtureArticle('001_c89224927097a675.txt');

const fingerprint = (file: string) => {
  const s = statSync(file);
  return { size: s.size, mtimeMs: s.mtimeMs, hash: createHash('sha256').update(readFileSync(file)).digest('hex') };
};

/** A library made by the real importer, closed (no -wal or -shm left beside it). */
async function library(dir = tempDir()): Promise<string> {
  const file = path.join(dir, 'lib.commonplace');
  const made = await cli('import', ...ARTICLES, '--library', file, '--create');
  expect(made.code, made.stderr).toBe(0);
  return file;
}

/** Every command that only reads, each expected to succeed. */
function readCommands(file: string, exportTo: string): string[][] {
  return [
    ['list', '--library', file],
    ['list', '--json', '--library', file],
    ['show', '1', '--library', file],
    ['search', 'the', '--library', file],
    ['notes', '--library', file],
    ['tags', '--library', file],
    ['highlights', '1', '--library', file],
    ['export', exportTo, '--library', file],
  ];
}

const NO_RAW = /SQLITE_|SqliteError|is not a Commonplace library file|new name/i;

describe('reading never writes', () => {
  it('list, show, search, notes, tags and export leave the library file byte for byte and its folder as they were', async () => {
    const dir = tempDir();
    const file = await library(dir);
    const before = fingerprint(file);
    for (const args of readCommands(file, path.join(tempDir(), 'vault'))) {
      const r = await cli(...args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    }
    expect(fingerprint(file)).toEqual(before);
    expect(readdirSync(dir)).toEqual(['lib.commonplace']);
  }, 120_000);
});

describe('a read-only library', () => {
  it('is read from a read-only file in a read-only folder (modes, as a user they bind)', async () => {
    const dir = tempDir();
    const file = await library(dir);
    const vault = tempDir();
    shareWithOtherUser(vault);
    chmodSync(file, 0o444);
    chmodSync(dir, 0o555);
    try {
      for (const args of readCommands(file, vault)) {
        const r = await cliRun({ asOtherUser: true }, ...args);
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
      }
      const imported = await cliRun({ asOtherUser: true }, 'import', NEW_ARTICLE, '--library', file);
      expect(imported.code).toBe(1);
      expect(imported.stderr).toContain(`the folder ${dir} is read-only`);
      expect(imported.stderr).toContain('Nothing was changed');
      expect(imported.stderr).not.toMatch(NO_RAW);
    } finally {
      chmodSync(dir, 0o755);
    }
  }, 120_000);

  it('is read from a read-only file in a writable folder; writing says the file is read-only', async () => {
    const dir = tempDir();
    const file = await library(dir);
    shareWithOtherUser(dir);
    chmodSync(file, 0o444);
    const list = await cliRun({ asOtherUser: true }, 'list', '--library', file);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('From friends to foes');
    const reclean = await cliRun({ asOtherUser: true }, 'reclean', '--library', file);
    expect(reclean.code).toBe(1);
    expect(reclean.stderr).toContain(`the library file ${file} is read-only`);
    expect(reclean.stderr).not.toMatch(NO_RAW);
  }, 60_000);

  it.skipIf(!canMount)('is read on a read-only mount (tmpfs remounted ro); import says the mount is read-only', async () => {
    const mount = tmpfs(4096);
    const file = await library(mount);
    const before = fingerprint(file);
    remountReadOnly(mount);
    for (const args of readCommands(file, path.join(tempDir(), 'vault'))) {
      const r = await cli(...args);
      expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
    }
    const imported = await cli('import', NEW_ARTICLE, '--library', file);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain(`the folder ${mount} is on a read-only disk or mount`);
    expect(imported.stderr).not.toMatch(NO_RAW);
    expect(fingerprint(file)).toEqual(before);
  }, 120_000);
});

describe('a full disk', () => {
  it.skipIf(!canMount)('still reads the library, and an import says the disk is full', async () => {
    const mount = tmpfs(2048);
    const file = await library(mount);
    // Fill the disk to the last block.
    const filler = openSync(path.join(mount, 'filler'), 'w');
    const block = Buffer.alloc(64 * 1024, 1);
    try {
      for (;;) writeSync(filler, block);
    } catch {
      for (;;) {
        try {
          writeSync(filler, block, 0, 512);
        } catch {
          break;
        }
      }
    } finally {
      closeSync(filler);
    }
    const before = fingerprint(file);
    const list = await cli('list', '--library', file);
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('From friends to foes');
    const search = await cli('search', 'the', '--library', file);
    expect(search.code, search.stderr).toBe(0);
    const imported = await cli('import', NEW_ARTICLE, '--library', file);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain(`the disk holding ${mount} is full`);
    expect(imported.stderr).not.toMatch(NO_RAW);
    expect(fingerprint(file)).toEqual(before);
  }, 120_000);
});

describe('damaged and empty files', () => {
  it('a truncated library is called damaged, with a way to recover, and left untouched', async () => {
    const file = await library();
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const before = fingerprint(file);
    for (const args of [['list'], ['import', NEW_ARTICLE]]) {
      const r = await cli(...args, '--library', file);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`The library ${file} is damaged`);
      expect(r.stderr).toMatch(/Restore a backup/);
      expect(r.stderr).not.toMatch(NO_RAW);
    }
    expect(fingerprint(file)).toEqual(before);
  }, 60_000);

  it('a library with a scrambled page is called damaged when a command meets it', async () => {
    const file = await library();
    const copy = `${file}.orig`;
    copyFileSync(file, copy);
    const pageSize = readFileSync(file).readUInt16BE(16);
    const pages = statSync(file).size / pageSize;
    // Scramble every page but the first (the schema's root stays readable).
    const fd = openSync(file, 'r+');
    for (let p = 1; p < pages; p++) writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, p * pageSize);
    closeSync(fd);
    const before = fingerprint(file);
    const r = await cli('search', 'the', '--library', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is damaged');
    expect(r.stderr).not.toMatch(NO_RAW);
    expect(fingerprint(file)).toEqual(before);
  }, 60_000);

  it('an empty (0-byte) file is refused as a library, and stays empty', async () => {
    const file = path.join(tempDir(), 'empty.commonplace');
    writeFileSync(file, '');
    for (const args of [['list'], ['import', NEW_ARTICLE], ['import', NEW_ARTICLE, '--create']]) {
      const r = await cli(...args, '--library', file);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('is an empty file (0 bytes), not a Commonplace library');
      expect(r.stderr).not.toMatch(NO_RAW);
      expect(statSync(file).size).toBe(0);
    }
    expect(existsSync(`${file}-wal`)).toBe(false);
  }, 60_000);
});
