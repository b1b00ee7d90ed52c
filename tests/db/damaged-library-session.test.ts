/**
 * The hosts' path for a library that fails to open as damaged (main/hosts/library-session.ts, as
 * the preview and the Electron host wire it), on real library files made with the real migrations
 * and then really damaged: the session says what is wrong and offers the newest good backup,
 * refuses every other call, restores that backup on request (keeping the damaged file as
 * `<library>.damaged`), and then serves the restored library through the same handler map.
 */
import { closeSync, existsSync, openSync, readFileSync, statSync, truncateSync, writeSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeLibrary, openLibrary, type Db } from '../../db/open';
import { insertDocument } from '../../db/repos/documents';
import { contract, type Method, type Output } from '../../main/contract';
import { dispatch } from '../../main/dispatch';
import { createHandlers } from '../../main/handlers/index';
import { browserHostHandlers } from '../../main/hosts/browser-host-handlers';
import { openLibrarySession, type LibrarySession } from '../../main/hosts/library-session';
import { applyPendingRestore, backupBeforeMigration, createBackup } from '../../main/library/backup';
import { createNote } from '../../main/library/notes/save';
import { newDocument, tempDir } from './helpers';

/** A library of `articles` articles and 2 notes with one backup, closed. */
async function libraryWithBackup(articles: number): Promise<{ dir: string; file: string; backup: string }> {
  const dir = tempDir();
  const file = path.join(dir, 'library.commonplace');
  const db = openLibrary(file);
  for (let i = 0; i < articles; i++) insertDocument(db, newDocument({ plainText: `Article ${i} `.repeat(400) }));
  createNote(db, { title: 'One' }, new Date());
  createNote(db, { title: 'Two' }, new Date());
  const made = await createBackup(db);
  // Changed after the backup: the restore goes back to the backup's state.
  insertDocument(db, newDocument());
  closeLibrary(db);
  return { dir, file, backup: made.file };
}

/** As preview.ts opens it. */
function session(file: string): LibrarySession {
  const host = browserHostHandlers();
  return openLibrarySession({
    file,
    host,
    open: () => {
      applyPendingRestore(file);
      return openLibrary(file, { beforeMigrate: backupBeforeMigration() });
    },
    handlersFor: (db: Db) => createHandlers(db, host),
    close: closeLibrary,
  });
}

async function call<M extends Method>(s: LibrarySession, method: M, input: unknown) {
  const reply = await dispatch(s.handlers, method, input, { emit: () => {} });
  if (!reply.ok) return reply;
  return { ok: true as const, value: contract[method].output.parse(reply.value) as Output<M> };
}

function value<T>(reply: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message}`);
  return reply.value;
}

describe('a library that fails to open as damaged', () => {
  for (const [how, damage] of [
    ['cut short', (file: string) => truncateSync(file, Math.floor(statSync(file).size / 2))],
    [
      'with a scrambled schema page',
      (file: string) => {
        // Page 1 past its 100-byte header holds the schema's b-tree: scrambling it is met at open.
        const pageSize = readFileSync(file).readUInt16BE(16);
        const fd = openSync(file, 'r+');
        writeSync(fd, Buffer.alloc(pageSize - 100, 0xa5), 0, pageSize - 100, 100);
        closeSync(fd);
      },
    ],
  ] as const) {
    it(`${how}: offers the newest good backup, restores it keeping .damaged, then serves it`, async () => {
      const { file, backup } = await libraryWithBackup(30);
      damage(file);
      const damagedBytes = readFileSync(file);

      const s = session(file);
      expect(s.db()).toBeNull();
      const { damaged } = value(await call(s, 'backups.damaged', {}));
      expect(damaged).toEqual({
        file,
        reason: expect.stringMatching(/cut short|malformed|corrupt/i),
        folder: path.join(path.dirname(file), 'Backups'),
        keptAs: `${file}.damaged`,
        backup: { name: path.basename(backup), createdAt: expect.any(String), size: statSync(backup).size, articles: 30, notes: 2 },
      });
      // Nothing else answers, and the file is untouched.
      const refused = await call(s, 'library.list', {});
      expect(refused.ok).toBe(false);
      expect(!refused.ok && refused.error.message).toContain(`Your library ${file} is damaged`);
      expect((await call(s, 'host.info', {})).ok).toBe(true);
      expect(readFileSync(file).equals(damagedBytes)).toBe(true);
      // Only the backup offered.
      expect((await call(s, 'backups.restoreDamaged', { name: 'library-2020-01-01-000000.sqlite' })).ok).toBe(false);

      const restored = value(await call(s, 'backups.restoreDamaged', { name: path.basename(backup) }));
      expect(restored).toEqual({ restored: true, articles: 30, notes: 2, keptAs: `${file}.damaged` });
      expect(readFileSync(`${file}.damaged`).equals(damagedBytes)).toBe(true);
      expect(existsSync(`${file}.before-restore`)).toBe(false);

      // The same handler map now serves the restored library.
      expect(s.db()).not.toBeNull();
      expect(value(await call(s, 'backups.damaged', {}))).toEqual({ damaged: null });
      expect(value(await call(s, 'library.list', {})).articles).toHaveLength(30);
      expect(value(await call(s, 'notes.list', {})).notes).toHaveLength(2);
      // And refuses a second restore over it: that is the Backups dialog's staged restore.
      const again = await call(s, 'backups.restoreDamaged', { name: path.basename(backup) });
      expect(!again.ok && again.error.code).toBe('refused');
      closeLibrary(s.db()!);
    });
  }

  it('with no backup: says so, and restores nothing', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'library.commonplace');
    const db = openLibrary(file);
    for (let i = 0; i < 30; i++) insertDocument(db, newDocument({ plainText: `Article ${i} `.repeat(400) }));
    closeLibrary(db);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const s = session(file);
    expect(value(await call(s, 'backups.damaged', {})).damaged).toMatchObject({ backup: null });
    expect(!(await call(s, 'library.list', {})).ok).toBe(true);
  });

  it('a library that is not damaged opens as before; other failures are still thrown', async () => {
    const { file } = await libraryWithBackup(1);
    const s = session(file);
    expect(value(await call(s, 'backups.damaged', {}))).toEqual({ damaged: null });
    expect(value(await call(s, 'library.list', {})).articles).toHaveLength(2);
    closeLibrary(s.db()!);
    const empty = path.join(tempDir(), 'empty.commonplace');
    closeSync(openSync(empty, 'w'));
    expect(() => session(empty)).toThrow(/empty file/);
  });

  it('Restart now after a staged restore: reopens in place (browser host), or relaunches where the host can', async () => {
    const { file, backup } = await libraryWithBackup(3);
    const s = session(file);
    expect(value(await call(s, 'library.list', {})).articles).toHaveLength(4);
    // Nothing staged: refused, the library still open.
    const nothing = await call(s, 'backups.restartNow', {});
    expect(!nothing.ok && nothing.error.message).toMatch(/No restore is waiting/);
    value(await call(s, 'backups.restore', { name: path.basename(backup) }));
    // Not while another call is still running (a backup here; an import or export alike).
    const backingUp = call(s, 'backups.create', {});
    const busy = await call(s, 'backups.restartNow', {});
    expect(!busy.ok && busy.error.message).toMatch(/still working/);
    value(await backingUp);
    const before = s.db();
    expect(value(await call(s, 'backups.restartNow', {}))).toEqual({ how: 'reopened', articles: 3, notes: 2 });
    expect(before!.open).toBe(false);
    expect(value(await call(s, 'library.list', {})).articles).toHaveLength(3);
    expect(value(await call(s, 'backups.list', {})).pendingRestore).toBeNull();
    expect(existsSync(`${file}.before-restore`)).toBe(true);
    closeLibrary(s.db()!);

    // A host that can relaunch does so after replying, and leaves the restore to the next start.
    let relaunched = 0;
    const host = browserHostHandlers();
    const electronLike = openLibrarySession({ file, host, open: () => openLibrary(file), handlersFor: (db) => createHandlers(db, host), close: closeLibrary, relaunch: () => relaunched++ });
    value(await call(electronLike, 'backups.restore', { name: path.basename(backup) }));
    expect(value(await call(electronLike, 'backups.restartNow', {}))).toEqual({ how: 'relaunch', articles: null, notes: null });
    expect(relaunched).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(relaunched).toBe(1);
    expect(existsSync(`${file}.restore-pending.json`)).toBe(true);
    closeLibrary(electronLike.db()!);
  });

  it('Restart now with a staged backup that has gone bad: refused with why, the library reopened as it was', async () => {
    const { file, backup } = await libraryWithBackup(3);
    const s = session(file);
    value(await call(s, 'backups.restore', { name: path.basename(backup) }));
    truncateSync(backup, 1000);
    const refused = await call(s, 'backups.restartNow', {});
    expect(!refused.ok && refused.error.message).toMatch(/cannot be restored|damaged|not a SQLite/);
    expect(value(await call(s, 'library.list', {})).articles).toHaveLength(4);
    closeLibrary(s.db()!);
  });

  it('a restored backup that then fails to open is never restored over as damaged again', async () => {
    const { file, backup } = await libraryWithBackup(3);
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const damagedBytes = readFileSync(file);
    let opens = 0;
    const host = browserHostHandlers();
    const s = openLibrarySession({
      file,
      host,
      open: () => {
        if (++opens === 2) throw new Error('EMFILE: too many open files');
        return openLibrary(file);
      },
      handlersFor: (db) => createHandlers(db, host),
      close: closeLibrary,
    });
    const failed = await call(s, 'backups.restoreDamaged', { name: path.basename(backup) });
    expect(failed.ok).toBe(false);
    // Every call now says to restart, the restore above all: the file is the backup, not damaged.
    const again = await call(s, 'backups.restoreDamaged', { name: path.basename(backup) });
    expect(!again.ok && again.error.message).toMatch(/could not open it\. Quit and reopen/);
    expect((await call(s, 'backups.damaged', {})).ok).toBe(false);
    expect(readFileSync(`${file}.damaged`).equals(damagedBytes)).toBe(true);
    expect(readFileSync(file).equals(readFileSync(backup))).toBe(true);
  });
});
