import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryTooNewError, NotALibraryError } from '../../db/errors';
import { LATEST_VERSION, migrations } from '../../db/migrations';
import { closeLibrary, openLibrary } from '../../db/open';
import { tempDir, tempLibrary } from './helpers';

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('openLibrary', () => {
  it('creates a library with WAL, full sync, foreign keys and the latest schema', () => {
    const { db } = tempLibrary();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
  });

  it('numbers migrations 1..n with no gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('reopens an up-to-date library without running migrations again', () => {
    const dir = tempDir();
    const file = path.join(dir, 'lib.commonplace');
    closeLibrary(openLibrary(file));
    const again = openLibrary(file);
    expect(again.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    closeLibrary(again);
  });

  it('refuses a library made by a newer version and leaves the file untouched', () => {
    const file = path.join(tempDir(), 'future.commonplace');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future_things (x)');
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.close();
    const before = digest(file);
    expect(() => openLibrary(file)).toThrow(LibraryTooNewError);
    expect(() => openLibrary(file)).toThrow(/newer version of Commonplace/);
    expect(digest(file)).toBe(before);
  });

  it('refuses a file that is not SQLite, leaving it untouched', () => {
    const file = path.join(tempDir(), 'notes.txt');
    writeFileSync(file, 'These are my notes, not a database. '.repeat(200));
    const before = digest(file);
    expect(() => openLibrary(file)).toThrow(NotALibraryError);
    expect(digest(file)).toBe(before);
  });

  it('runs all pending migrations in one transaction: a failing one leaves the old version', () => {
    const file = path.join(tempDir(), 'half.commonplace');
    const raw = new Database(file);
    // A library at version 1 whose data makes migration 2 impossible (a conflicting table).
    raw.exec(migrations[0]!.sql);
    raw.exec('CREATE TABLE tags (oops INTEGER)');
    raw.pragma('user_version = 1');
    raw.close();
    expect(() => openLibrary(file)).toThrow();
    const check = new Database(file, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(1);
    expect(check.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'document_tags'").get()).toEqual({ n: 0 });
    check.close();
  });
});
