/**
 * Settings' Open another library, Create a new library and Move the library (issue 11), through
 * the session the hosts serve (main/hosts/library-session.ts, wired as preview.ts wires it), on
 * real library files with the real migrations: what is checked before anything is written, the
 * switch itself, a move's verified copy and the old file removed only after, the refusals leaving
 * everything as it was, the choice remembered for the next start, and the browser host's fence.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectLibraryFile } from '../../db/backup';
import { closeLibrary, openLibrary, type Db } from '../../db/open';
import { insertDocument } from '../../db/repos/documents';
import { contract, type Method, type Output } from '../../main/contract';
import { dispatch } from '../../main/dispatch';
import { createHandlers } from '../../main/handlers/index';
import { browserHostHandlers, guardBrowserCalls, LIBRARY_TARGET_NOT_CONFIRMED } from '../../main/hosts/browser-host-handlers';
import { openLibrarySession, type LibrarySession } from '../../main/hosts/library-session';
import { writeBackupSettings } from '../../main/library/backup';
import { libraryAtStart, readRememberedLibrary, rememberedLibraryFile, rememberLibrary } from '../../main/library/location';
import { createNote } from '../../main/library/notes/save';
import { newDocument, tempDir } from './helpers';

/** A closed library of `articles` articles and one note. */
function library(dir: string, name: string, articles: number): string {
  const file = path.join(dir, name);
  const db = openLibrary(file);
  for (let i = 0; i < articles; i++) insertDocument(db, newDocument({ plainText: `Article ${i} `.repeat(50) }));
  createNote(db, { title: 'Kept' }, new Date());
  closeLibrary(db);
  return file;
}

function session(file: string, remembered: string[] = []): LibrarySession {
  const host = browserHostHandlers();
  return openLibrarySession({ file, host, open: (chosen) => openLibrary(chosen), handlersFor: (db: Db) => createHandlers(db, host), close: closeLibrary, remember: (f) => remembered.push(f) });
}

async function reply<M extends Method>(s: { handlers: LibrarySession['handlers'] }, method: M, input: unknown) {
  const answer = await dispatch(s.handlers, method, input, { emit: () => {} });
  return answer.ok ? { ok: true as const, value: contract[method].output.parse(answer.value) as Output<M> } : answer;
}

async function value<M extends Method>(s: { handlers: LibrarySession['handlers'] }, method: M, input: unknown): Promise<Output<M>> {
  const answer = await reply(s, method, input);
  if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
  return answer.value;
}

async function refusal(s: { handlers: LibrarySession['handlers'] }, method: Method, input: unknown): Promise<string> {
  const answer = await reply(s, method, input);
  if (answer.ok) throw new Error(`${method} answered where it should refuse`);
  return answer.error.message;
}

const articles = async (s: LibrarySession) => (await value(s, 'library.list', {})).total;

describe('switching the library from Settings', () => {
  it('creates a new, empty library, serves it, remembers it, and opens the first one again', async () => {
    const dir = tempDir();
    const first = library(dir, 'first.commonplace', 3);
    const remembered: string[] = [];
    const s = session(first, remembered);
    const fresh = path.join(dir, 'fresh.commonplace');

    expect(await value(s, 'library.checkTarget', { action: 'create', path: fresh })).toEqual({ action: 'create', file: fresh, articles: null, notes: null });
    expect(existsSync(fresh)).toBe(false);
    expect(await value(s, 'library.switch', { action: 'create', path: fresh })).toEqual({ action: 'create', file: fresh, articles: 0, notes: 0 });
    expect(await value(s, 'library.location', {})).toEqual({ file: fresh, folder: dir });
    expect(await articles(s)).toBe(0);
    expect(s.file()).toBe(fresh);

    expect(await value(s, 'library.checkTarget', { action: 'open', path: first })).toEqual({ action: 'open', file: first, articles: 3, notes: 1 });
    expect(await value(s, 'library.switch', { action: 'open', path: first })).toMatchObject({ file: first, articles: 3, notes: 1 });
    expect(await articles(s)).toBe(3);
    expect(remembered).toEqual([fresh, first]);
    closeLibrary(s.db()!);
  });

  it('moves the library: a verified copy opened first, then the old file and its settings gone', async () => {
    const dir = tempDir();
    const from = library(dir, 'library.commonplace', 4);
    writeBackupSettings(from, { keep: { daily: 3 } });
    const s = session(from);
    const into = path.join(dir, 'elsewhere');
    mkdirSync(into);
    const to = path.join(into, 'moved.commonplace');

    expect(await value(s, 'library.checkTarget', { action: 'move', path: to })).toEqual({ action: 'move', file: to, articles: 4, notes: 1 });
    expect(await value(s, 'library.switch', { action: 'move', path: to })).toEqual({ action: 'move', file: to, articles: 4, notes: 1 });
    expect(await articles(s)).toBe(4);
    for (const suffix of ['', '-wal', '-shm', '.settings.json']) expect(existsSync(from + suffix)).toBe(false);
    expect(JSON.parse(readFileSync(`${to}.settings.json`, 'utf8'))).toMatchObject({ backups: { keep: { daily: 3 } } });
    expect(existsSync(`${to}.commonplace-move-tmp`)).toBe(false);
    closeLibrary(s.db()!);
    expect(inspectLibraryFile(to)).toMatchObject({ integrity: ['ok'], articles: 4, notes: 1 });
  });

  it('refuses, with what to do, and changes nothing: an existing target, a missing folder, a file that is not a library, the open library', async () => {
    const dir = tempDir();
    const first = library(dir, 'first.commonplace', 2);
    const other = library(dir, 'other.commonplace', 1);
    const text = path.join(dir, 'notes.txt');
    writeFileSync(text, 'not a database, just words, long enough to be more than a header would be '.repeat(3));
    const s = session(first);

    expect(await refusal(s, 'library.switch', { action: 'create', path: other })).toMatch(/never writes over a file/);
    expect(await refusal(s, 'library.switch', { action: 'move', path: other })).toMatch(/never writes over a file/);
    expect(await refusal(s, 'library.switch', { action: 'create', path: path.join(dir, 'no-such-folder', 'x.commonplace') })).toMatch(/does not exist. Create it first/);
    expect(await refusal(s, 'library.switch', { action: 'open', path: text })).toMatch(/is not a Commonplace library \(it is not a SQLite database\)/);
    expect(await refusal(s, 'library.checkTarget', { action: 'open', path: path.join(dir, 'missing.commonplace') })).toMatch(/There is no file at/);
    expect(await refusal(s, 'library.switch', { action: 'open', path: first })).toMatch(/already open/);
    expect(await refusal(s, 'library.switch', { action: 'move', path: 'relative.commonplace' })).toMatch(/is not a full path/);
    // Bad input is refused by the contract before any of it.
    expect((await reply(s, 'library.switch', { action: 'delete', path: '/tmp/x' })).ok).toBe(false);

    expect(s.file()).toBe(first);
    expect(await articles(s)).toBe(2);
    expect(inspectLibraryFile(other)).toMatchObject({ integrity: ['ok'], articles: 1 });
    expect(readFileSync(text, 'utf8')).toMatch(/^not a database/);
    closeLibrary(s.db()!);
  });

  it('in the browser host, switches only to a path checked for that action first', async () => {
    const dir = tempDir();
    const first = library(dir, 'first.commonplace', 1);
    const s = session(first);
    const guarded = { handlers: guardBrowserCalls(s.handlers) };
    const fresh = path.join(dir, 'fresh.commonplace');

    expect(await refusal(guarded, 'library.switch', { action: 'create', path: fresh })).toBe(LIBRARY_TARGET_NOT_CONFIRMED);
    await value(guarded, 'library.checkTarget', { action: 'create', path: fresh });
    expect(await refusal(guarded, 'library.switch', { action: 'move', path: fresh })).toBe(LIBRARY_TARGET_NOT_CONFIRMED);
    expect(existsSync(fresh)).toBe(false);
    expect(await value(guarded, 'library.switch', { action: 'create', path: fresh })).toMatchObject({ file: fresh, articles: 0 });
    closeLibrary(s.db()!);
  });
});

describe('the library remembered for the next start', () => {
  it('is the one chosen last while it exists, else the default; a damaged record is ignored', () => {
    const settings = path.join(tempDir(), 'Commonplace');
    const fallback = path.join(settings, 'library.commonplace');
    expect(libraryAtStart(settings, fallback)).toBe(fallback);
    const chosen = library(tempDir(), 'chosen.commonplace', 0);
    rememberLibrary(settings, chosen);
    expect(readRememberedLibrary(settings)).toBe(chosen);
    expect(libraryAtStart(settings, fallback)).toBe(chosen);
    rememberLibrary(settings, path.join(path.dirname(chosen), 'gone.commonplace'));
    expect(libraryAtStart(settings, fallback)).toBe(fallback);
    for (const junk of ['{', '[]', '{"library": 3}', '{"library": "relative.commonplace"}']) {
      writeFileSync(rememberedLibraryFile(settings), junk);
      expect(readRememberedLibrary(settings)).toBeNull();
    }
  });
});
