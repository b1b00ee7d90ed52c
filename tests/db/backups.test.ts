/** Backups on real library files with the real migrations: made and verified, rotated, listed, restored, refused. */
import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrations } from '../../db/migrations';
import { closeLibrary, openLibrary, type Db } from '../../db/open';
import { countDocuments, insertDocument } from '../../db/repos/documents';
import { insertNote } from '../../db/repos/notes';
import {
  applyPendingRestore,
  backupBefore,
  backupBeforeMigration,
  backupFiles,
  backupIfFirstToday,
  createBackup,
  listBackups,
  newestGoodBackup,
  readBackupSettings,
  restoreLibrary,
  stageRestore,
  writeBackupSettings,
} from '../../main/library/backup';
import { AppError } from '../../main/library/errors';
import { newDocument, tempDir } from './helpers';

const NOTE_JSON = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'A note.' }] }] });

function seed(db: Db, articles: number, notes: number): void {
  db.transaction(() => {
    for (let i = 0; i < articles; i++) insertDocument(db, newDocument());
    for (let i = 0; i < notes; i++) {
      const at = new Date(Date.UTC(2026, 0, 1)).toISOString();
      insertNote(db, { title: `Note ${i}`, aliasesJson: null, contentJson: NOTE_JSON, plainText: 'A note.', excerpt: '', createdAt: at, updatedAt: at });
    }
  })();
}

function library(): { dir: string; file: string; db: Db } {
  const dir = tempDir();
  const file = path.join(dir, 'library.commonplace');
  const db = openLibrary(file);
  return { dir, file, db };
}

function integrity(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

describe('createBackup', () => {
  it('writes a verified, self-contained copy under Backups/<name>-YYYY-MM-DD-HHMMSS.sqlite, no temp left', async () => {
    const { dir, file, db } = library();
    seed(db, 5, 2);
    const made = await createBackup(db, { now: new Date('2026-12-03T04:05:06Z') });
    closeLibrary(db);
    expect(made.file).toBe(path.join(dir, 'Backups', 'library-2026-12-03-040506.sqlite'));
    expect(readdirSync(path.join(dir, 'Backups'))).toEqual(['library-2026-12-03-040506.sqlite']);
    expect(integrity(made.file)).toBe('ok');
    const copy = new Database(made.file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    copy.close();
    expect(listBackups(file)).toEqual([{ file: made.file, createdAt: '2026-12-03T04:05:06.000Z', size: statSync(made.file).size, articles: 5, notes: 2 }]);
  });

  it('sees writes not yet checkpointed (WAL) and numbers two backups in the same second', async () => {
    const { file, db } = library();
    seed(db, 3, 0);
    const now = new Date('2026-01-01T00:00:00Z');
    await createBackup(db, { now });
    seed(db, 1, 1);
    const second = await createBackup(db, { now });
    closeLibrary(db);
    expect(path.basename(second.file)).toBe('library-2026-01-01-000000-2.sqlite');
    expect(listBackups(file).map((b) => [b.articles, b.notes])).toEqual([
      [4, 1],
      [3, 0],
    ]);
  });

  it('uses the folder and counts from the settings, and rotates', async () => {
    const { dir, file, db } = library();
    const folder = path.join(dir, 'elsewhere', 'backups');
    writeBackupSettings(file, { folder, keep: { daily: 2, weekly: 0, monthly: 0 } });
    expect(readBackupSettings(file)).toEqual({ folder, keep: { daily: 2, weekly: 0, monthly: 0 } });
    for (const day of ['01', '02', '03', '04']) await createBackup(db, { now: new Date(`2026-02-${day}T10:00:00Z`) });
    closeLibrary(db);
    expect(readdirSync(folder).sort()).toEqual(['library-2026-02-03-100000.sqlite', 'library-2026-02-04-100000.sqlite']);
  });

  it('refuses a backups folder inside an export folder', async () => {
    const { dir, file, db } = library();
    const exportDir = path.join(dir, 'vault');
    mkdirSync(path.join(exportDir, 'Notes'), { recursive: true });
    writeFileSync(path.join(exportDir, '.commonplace-export.json'), '{}');
    expect(() => writeBackupSettings(file, { folder: path.join(exportDir, 'Notes', 'b') })).toThrow(/inside the export folder/);
    expect(() => writeBackupSettings(file, { folder: exportDir })).toThrow(AppError);
    // A settings file edited by hand is refused when the backup is made.
    writeFileSync(`${file}.settings.json`, JSON.stringify({ backups: { folder: exportDir } }));
    await expect(createBackup(db)).rejects.toThrow(/inside the export folder/);
    closeLibrary(db);
    expect(readdirSync(exportDir).sort()).toEqual(['.commonplace-export.json', 'Notes']);
  });

  it('a malformed settings file gives the defaults', () => {
    const { dir, file, db } = library();
    closeLibrary(db);
    writeFileSync(`${file}.settings.json`, '{not json');
    expect(readBackupSettings(file)).toEqual({ folder: path.join(dir, 'Backups'), keep: { daily: 7, weekly: 4, monthly: 6 } });
    writeFileSync(`${file}.settings.json`, JSON.stringify({ backups: { folder: 'relative', keep: { daily: -1, weekly: 2 } } }));
    expect(readBackupSettings(file)).toEqual({ folder: path.join(dir, 'Backups'), keep: { daily: 7, weekly: 2, monthly: 6 } });
  });

  it('removes leftover temp copies from a killed backup, not another process’s backup in progress', async () => {
    const { dir, db } = library();
    const folder = path.join(dir, 'Backups');
    mkdirSync(folder);
    const dead = path.join(folder, 'library-123-999999999-abc.commonplace-backup-tmp');
    const running = path.join(folder, `library-123-${process.ppid}-def.commonplace-backup-tmp`);
    writeFileSync(dead, 'half');
    writeFileSync(`${dead}-journal`, 'half');
    writeFileSync(running, 'being written');
    await createBackup(db);
    closeLibrary(db);
    expect(readdirSync(folder).filter((f) => f.includes('tmp'))).toEqual([path.basename(running)]);
  });

  it('two backups at once (the day’s first and a purge’s) both land', async () => {
    const { file, db } = library();
    seed(db, 200, 0);
    const [a, b] = await Promise.all([createBackup(db), createBackup(db)]);
    closeLibrary(db);
    expect(a.file).not.toBe(b.file);
    expect(backupFiles(file)).toHaveLength(2);
    expect(integrity(a.file)).toBe('ok');
    expect(integrity(b.file)).toBe('ok');
  });
});

describe('when backups are made', () => {
  it('first open of the day: once a day, and never for an empty library', async () => {
    const { file, db } = library();
    expect(await backupIfFirstToday(db)).toBeNull();
    seed(db, 1, 0);
    const now = new Date('2026-04-01T08:00:00Z');
    expect(await backupIfFirstToday(db, { now })).not.toBeNull();
    expect(await backupIfFirstToday(db, { now: new Date('2026-04-01T20:00:00Z') })).toBeNull();
    expect(await backupIfFirstToday(db, { now: new Date('2026-04-02T00:00:01Z') })).not.toBeNull();
    closeLibrary(db);
    expect(backupFiles(file)).toHaveLength(2);
  });

  it('before a destructive operation, or the operation is refused', async () => {
    const { dir, file, db } = library();
    expect(await backupBefore(db, 'purge')).not.toBeNull();
    writeFileSync(path.join(dir, 'blocker'), 'a file where the folder should be');
    writeBackupSettings(file, { folder: path.join(dir, 'blocker') });
    await expect(backupBefore(db, 'tag-merge')).rejects.toThrow(/backup before merging the tags.*Nothing was changed/s);
    closeLibrary(db);
  });

  it('before a migration: the library as it was, at its old version', () => {
    const dir = tempDir();
    const file = path.join(dir, 'library.commonplace');
    const old = new Database(file);
    const previous = LATEST_VERSION - 1;
    for (const m of migrations.filter((m) => m.version <= previous)) old.exec(m.sql);
    old.pragma(`user_version = ${previous}`);
    old.close();
    const db = openLibrary(file, { beforeMigrate: backupBeforeMigration() });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    closeLibrary(db);
    const backups = backupFiles(file);
    expect(backups).toHaveLength(1);
    const copy = new Database(backups[0]!.file, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(previous);
    copy.close();
    // Up to date now: no backup on the next open; and a new library (version 0) has none either.
    closeLibrary(openLibrary(file, { beforeMigrate: backupBeforeMigration() }));
    closeLibrary(openLibrary(path.join(dir, 'new.commonplace'), { beforeMigrate: backupBeforeMigration() }));
    expect(readdirSync(path.join(dir, 'Backups'))).toHaveLength(1);
  });
});

describe('restoreLibrary', () => {
  it('round-trip: restores the backup and keeps the current file as .before-restore', async () => {
    const { file, db } = library();
    seed(db, 4, 1);
    const made = await createBackup(db);
    seed(db, 6, 2); // written after the backup, still in the WAL
    closeLibrary(db);
    const restored = restoreLibrary(file, made.file);
    expect(restored).toMatchObject({ beforeRestore: `${file}.before-restore`, articles: 4, notes: 1 });
    expect(existsSync(`${file}-wal`)).toBe(false);
    const back = openLibrary(file);
    expect(countDocuments(back)).toBe(4);
    closeLibrary(back);
    const before = openLibrary(`${file}.before-restore`);
    expect(countDocuments(before)).toBe(10);
    closeLibrary(before);
    expect(integrity(file)).toBe('ok');
  });

  it('refuses a corrupt backup, a file that is not a library, and one from a newer version, changing nothing', async () => {
    const { dir, file, db } = library();
    seed(db, 300, 0);
    const made = await createBackup(db);
    closeLibrary(db);
    const original = readFileSync(file);
    // Damage a page in the middle of the copy.
    const bytes = readFileSync(made.file);
    bytes.fill(0xa5, 4096 * 3, 4096 * 3 + 2000);
    const corrupt = path.join(dir, 'corrupt.sqlite');
    writeFileSync(corrupt, bytes);
    expect(() => restoreLibrary(file, corrupt)).toThrow(/damaged|not a SQLite/);
    const text = path.join(dir, 'notes.txt');
    writeFileSync(text, 'just text, long enough to not be a database header at all'.repeat(100));
    expect(() => restoreLibrary(file, text)).toThrow(/not a SQLite database/);
    const other = path.join(dir, 'other.sqlite');
    const o = new Database(other);
    o.exec('CREATE TABLE t (x)');
    o.close();
    expect(() => restoreLibrary(file, other)).toThrow(/not a Commonplace library/);
    const newer = path.join(dir, 'newer.sqlite');
    writeFileSync(newer, readFileSync(made.file));
    const n = new Database(newer);
    n.pragma(`user_version = ${LATEST_VERSION + 1}`);
    n.close();
    expect(() => restoreLibrary(file, newer)).toThrow(/newer version/);
    expect(readFileSync(file).equals(original)).toBe(true);
    expect(existsSync(`${file}.before-restore`)).toBe(false);
  });

  it('offers the newest backup that passes the check, skipping a damaged newer one', async () => {
    const { file, db } = library();
    seed(db, 300, 0);
    const good = await createBackup(db, { now: new Date('2026-01-01T00:00:00Z') });
    const newer = await createBackup(db, { now: new Date('2026-01-02T00:00:00Z') });
    closeLibrary(db);
    const bytes = readFileSync(newer.file);
    bytes.fill(0xa5, 4096 * 3, 4096 * 3 + 2000);
    writeFileSync(newer.file, bytes);
    expect(newestGoodBackup(file)?.file).toBe(good.file);
  });

  it('restores where the library file is gone (even its folder)', async () => {
    const { dir, db } = library();
    seed(db, 2, 0);
    const made = await createBackup(db);
    closeLibrary(db);
    const elsewhere = path.join(dir, 'new', 'place', 'library.commonplace');
    expect(restoreLibrary(elsewhere, made.file)).toMatchObject({ beforeRestore: null, articles: 2 });
    expect(integrity(elsewhere)).toBe('ok');
  });

  it('refuses while another connection has the library open', async () => {
    const { file, db } = library();
    const made = await createBackup(db);
    expect(() => restoreLibrary(file, made.file)).toThrow(/in use/);
    closeLibrary(db);
  }, 20_000);

  it('staged by the app, applied at the next start', async () => {
    const { file, db } = library();
    seed(db, 2, 0);
    const made = await createBackup(db);
    seed(db, 5, 0);
    stageRestore(file, made.file);
    closeLibrary(db);
    expect(applyPendingRestore(file)).toMatchObject({ articles: 2 });
    expect(applyPendingRestore(file)).toBeNull();
    const back = openLibrary(file);
    expect(countDocuments(back)).toBe(2);
    closeLibrary(back);
  });
});
