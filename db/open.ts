import Database from 'better-sqlite3';
import { accessSync, closeSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statfsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmptyLibraryFileError, LibraryDamagedError, LibraryNotWritableError, LibraryTooNewError, NotALibraryError, type NotWritableReason } from './errors';
import { LATEST_VERSION, migrations } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the current runtime (Electron's ABI in dev). */
  nativeBinding?: string;
  /**
   * `write` (the default) opens for changes, creating the file if needed, and refuses with a
   * message naming the cause when the file, its folder or its disk cannot be written. `read`
   * never writes to the file or its folder: commands that only read work on a read-only file,
   * folder or mount and on a full disk.
   */
  mode?: 'write' | 'read';
  /** Runs before pending migrations (only when the file is older than this version); throwing stops the open. Backups hook in here. */
  beforeMigrate?: (db: Db, fromVersion: number) => void;
}

/** Below this much free space a library is not opened for writing: the disk is full. */
const MIN_FREE_BYTES = 1024 * 1024;

/** What to do when a read-only library is closed: remove the private copy it was read from. */
const afterClose = new WeakMap<Db, () => void>();

/**
 * Opens a library file. For writing (the default) it is created if needed and its schema
 * brought up to date; for reading nothing is ever written to it. A library made by a newer
 * version, an empty file and a damaged file are refused before anything is written to them.
 */
export function openLibrary(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') checkFile(file);
  return options.mode === 'read' ? openForReading(file, options) : openForWriting(file, options);
}

/**
 * For the app, which must start even where it cannot write: opens for writing, or, when an
 * existing library cannot be written (read-only file, folder or mount; full disk), for reading,
 * with the reason so the window can say so. Anything else (damaged, newer, empty) still throws.
 */
export function openLibraryOrReadOnly(file: string, options: Omit<OpenOptions, 'mode'> = {}): { db: Db; readOnly: LibraryNotWritableError | null } {
  try {
    return { db: openLibrary(file, { ...options, mode: 'write' }), readOnly: null };
  } catch (error) {
    if (!(error instanceof LibraryNotWritableError) || !existsSync(file)) throw error;
    return { db: openLibrary(file, { ...options, mode: 'read' }), readOnly: error };
  }
}

function openForWriting(file: string, options: OpenOptions): Db {
  if (file !== ':memory:') {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const reason = whyNotWritable(file);
    if (reason) throw new LibraryNotWritableError(path.resolve(file), reason, path.dirname(path.resolve(file)));
  }
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    const version = readVersion(db, file);
    if (version > LATEST_VERSION) throw new LibraryTooNewError(version, LATEST_VERSION);
    db.pragma('journal_mode = WAL');
    // FULL: a crash or power cut never loses a committed import or note.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (version < LATEST_VERSION) options.beforeMigrate?.(db, version);
    migrate(db, version);
    return db;
  } catch (error) {
    db.close();
    throw translateStoreError(error, file);
  }
}

/**
 * For reading: nothing is ever written to the file. Where the library could be written, an
 * ordinary connection with `query_only` (so closing it tidies its `-wal`/`-shm` away as usual);
 * where it cannot (read-only file, folder or mount, full disk), a read-only connection. A WAL
 * library in a folder SQLite cannot write to (a read-only mount, a full disk) cannot be read in
 * place: SQLite needs its `-shm` index beside the file. It is then read from a private copy in
 * the temp folder, or in memory when that fails too; so is a library that still needs
 * migrating (the copy is migrated, never the file). A copy goes when the library is closed.
 */
function openForReading(file: string, options: OpenOptions): Db {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  const blocked = whyNotWritable(file);
  const db = new Database(file, { ...binding, readonly: blocked !== null, fileMustExist: true });
  let version: number;
  try {
    db.pragma('busy_timeout = 5000');
    version = readVersion(db, file);
  } catch (error) {
    db.close();
    const cause = error instanceof NotALibraryError ? error.cause : error;
    const cannotReadInPlace = blocked !== null && ['SQLITE_CANTOPEN', 'SQLITE_READONLY', 'SQLITE_IOERR'].some((code) => isCode(cause, code));
    if (cannotReadInPlace) return openCopy(file, options);
    throw translateStoreError(error, file);
  }
  if (version > LATEST_VERSION) {
    db.close();
    throw new LibraryTooNewError(version, LATEST_VERSION);
  }
  if (version < LATEST_VERSION) {
    db.close();
    return openCopy(file, options);
  }
  if (!db.readonly) db.pragma('query_only = ON');
  return db;
}

function openCopy(file: string, options: OpenOptions): Db {
  let dir: string | undefined;
  const remove = () => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
  let db: Db;
  try {
    dir = mkdtempSync(path.join(os.tmpdir(), 'commonplace-read-'));
    const copy = path.join(dir, path.basename(file));
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    db = openForWriting(copy, options);
  } catch (error) {
    remove();
    if (!['ENOSPC', 'EROFS', 'EACCES', 'SQLITE_FULL'].some((code) => isCode(error, code)) && !(error instanceof LibraryNotWritableError)) throw error;
    return openInMemory(file, options);
  }
  db.pragma('query_only = ON');
  afterClose.set(db, remove);
  return db;
}

/** The last resort when no disk can take a copy: the file's bytes as an in-memory database. */
function openInMemory(file: string, options: OpenOptions): Db {
  const bytes = readFileSync(file);
  // Bytes 18-19 say WAL (2); an in-memory database reads them as rollback-journal (1).
  if (bytes.length >= 20) bytes.writeUInt16BE(0x0101, 18);
  const db = new Database(bytes, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    const version = readVersion(db, file);
    if (version > LATEST_VERSION) throw new LibraryTooNewError(version, LATEST_VERSION);
    migrate(db, version);
    db.pragma('query_only = ON');
    return db;
  } catch (error) {
    db.close();
    throw translateStoreError(error, file);
  }
}

/** Why the library (or its folder, or its disk) cannot take writes, or null when it can. */
export function whyNotWritable(file: string): NotWritableReason | null {
  const resolved = path.resolve(file);
  const folder = path.dirname(resolved);
  const denied = (target: string): NodeJS.ErrnoException | null => {
    try {
      accessSync(target, constants.W_OK);
      return null;
    } catch (error) {
      return error as NodeJS.ErrnoException;
    }
  };
  const folderDenied = denied(folder);
  if (folderDenied) return folderDenied.code === 'EROFS' ? 'read-only-mount' : 'read-only-folder';
  if (existsSync(resolved)) {
    const fileDenied = denied(resolved);
    if (fileDenied) return fileDenied.code === 'EROFS' ? 'read-only-mount' : 'read-only-file';
  }
  try {
    const fs = statfsSync(folder);
    if (fs.bavail * fs.bsize < MIN_FREE_BYTES) return 'disk-full';
  } catch {
    // No statfs here: SQLite's own SQLITE_FULL is translated when a write fails.
  }
  return null;
}

/** Refuses an empty file, and an SQLite file shorter than its own header says (truncated). */
function checkFile(file: string): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return; // Does not exist (yet): the caller decides whether it may be created.
  }
  if (size === 0) throw new EmptyLibraryFileError(path.resolve(file));
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (!header.subarray(0, 16).equals(Buffer.from('SQLite format 3\0', 'latin1'))) return; // Not SQLite: refused as not a library.
  if (read < 100) throw new LibraryDamagedError(path.resolve(file), `it is cut short: ${size} bytes`);
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
  const pages = header.readUInt32BE(28);
  // The header's page count is valid only when written by the same change as its counter.
  if (pages > 0 && header.readUInt32BE(24) === header.readUInt32BE(92) && size < pages * pageSize) {
    throw new LibraryDamagedError(path.resolve(file), `it is cut short: ${size} bytes of the ${pages * pageSize} its header records`);
  }
}

function isCode(error: unknown, code: string): boolean {
  const c = (error as { code?: unknown } | null)?.code;
  return typeof c === 'string' && (c === code || c.startsWith(`${code}_`));
}

/**
 * A store error in the words a message uses: a full disk, a read-only place or a damaged file
 * say so; anything else is returned as it was.
 */
export function translateStoreError(error: unknown, file: string): unknown {
  if (error instanceof LibraryTooNewError || error instanceof LibraryNotWritableError || error instanceof LibraryDamagedError || error instanceof EmptyLibraryFileError) return error;
  const resolved = path.resolve(file);
  const folder = path.dirname(resolved);
  const cause = error instanceof NotALibraryError ? error.cause : error;
  if (isCode(cause, 'SQLITE_FULL') || isCode(cause, 'ENOSPC')) return new LibraryNotWritableError(resolved, 'disk-full', folder);
  if (isCode(cause, 'SQLITE_READONLY') || isCode(cause, 'EROFS')) return new LibraryNotWritableError(resolved, whyNotWritable(file) ?? 'read-only-file', folder);
  if (isCode(cause, 'SQLITE_CORRUPT') || (isCode(cause, 'SQLITE_NOTADB') && hasSqliteHeader(file))) {
    return new LibraryDamagedError(resolved, cause instanceof Error ? cause.message : String(cause));
  }
  return error;
}

function hasSqliteHeader(file: string): boolean {
  try {
    const fd = openSync(file, 'r');
    try {
      const head = Buffer.alloc(16);
      return readSync(fd, head, 0, 16, 0) === 16 && head.equals(Buffer.from('SQLite format 3\0', 'latin1'));
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}

function readVersion(db: Db, file: string): number {
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw new NotALibraryError(file, error);
  }
}

/** All pending migrations in one transaction: a library is never left half-migrated. */
function migrate(db: Db, from: number): void {
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    db.pragma(`user_version = ${LATEST_VERSION}`);
  }).immediate();
}

/**
 * Closes the library. `PRAGMA optimize` (which may write fresh statistics into the file) runs
 * only when this connection changed something: reading a library never rewrites it.
 */
export function closeLibrary(db: Db): void {
  if (db.open) {
    try {
      if (!db.readonly && changedAnything(db)) db.pragma('optimize');
    } catch {
      // Statistics are an optimisation: a full disk at close must not hide what the command said.
    }
    db.close();
  }
  afterClose.get(db)?.();
  afterClose.delete(db);
}

function changedAnything(db: Db): boolean {
  if (db.pragma('query_only', { simple: true }) === 1) return false;
  return (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n > 0;
}
