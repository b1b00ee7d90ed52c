/**
 * Restoring a backup over the library. The library must be closed (the CLI never opens it for
 * `restore`; the app stages the restore and applies it at its next start, before opening):
 *
 * 1. the backup is verified: SQLite, `integrity_check` ok, a Commonplace library (its tables,
 *    a `user_version` this version can open; an older one is migrated at the next open);
 * 2. the current library is checkpointed and switched out of WAL (which fails while any other
 *    process has it open: then nothing is done), so no -wal is left to be replayed onto the
 *    restored file;
 * 3. the backup is copied to a temp file beside the library and fsynced, the current file is
 *    copied to `<library>.before-restore` (temp + rename), and the temp is renamed over the
 *    library. There is never a moment without a whole library file under its name.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkpointAndClose, inspectLibraryFile, type LibraryFileFacts } from '../../../db/backup';
import { LATEST_VERSION } from '../../../db/migrations';
import { AppError } from '../errors';
import { fsyncFile } from '../fsync';

export interface RestoreOptions {
  nativeBinding?: string;
  /**
   * The library is known to be damaged (it failed to open as such): it is not opened at all (not
   * even to checkpoint it), and is kept, WAL and all, as `<library>.damaged`.
   */
  damaged?: boolean;
}

export interface Restored {
  library: string;
  from: string;
  /** Where the library as it was before the restore is kept: `<library>.before-restore`, or `<library>.damaged` when it could not be read. */
  beforeRestore: string | null;
  articles: number;
  notes: number;
}

export function beforeRestoreFile(libraryFile: string): string {
  return `${path.resolve(libraryFile)}.before-restore`;
}

/** Checks that `file` is a sound Commonplace library this version can open; throws a refusal saying why not. */
export function verifyBackupFile(file: string, options: RestoreOptions = {}): LibraryFileFacts {
  if (!existsSync(file)) throw new AppError('not_found', `There is no file at ${file}.`);
  let facts: LibraryFileFacts;
  try {
    facts = inspectLibraryFile(file, options);
  } catch (error) {
    throw new AppError('refused', `${file} cannot be restored: it is not a SQLite database, or it is damaged (${(error as Error).message}). Your library was not changed.`);
  }
  if (facts.integrity[0] !== 'ok') {
    throw new AppError('refused', `${file} cannot be restored: it is damaged (integrity check: ${facts.integrity.slice(0, 3).join('; ')}). Choose another backup. Your library was not changed.`);
  }
  if (!facts.hasLibraryTables || facts.userVersion < 1) {
    throw new AppError('refused', `${file} cannot be restored: it is not a Commonplace library. Your library was not changed.`);
  }
  if (facts.userVersion > LATEST_VERSION) {
    throw new AppError('library_too_new', `${file} was made by a newer version of Commonplace (format ${facts.userVersion}; this version reads up to ${LATEST_VERSION}). Update Commonplace to restore it. Your library was not changed.`);
  }
  return facts;
}

/** Restores `backupFile` over the (closed) library `libraryFile`. */
export function restoreLibrary(libraryFile: string, backupFile: string, options: RestoreOptions = {}): Restored {
  const library = path.resolve(libraryFile);
  const from = path.resolve(backupFile);
  if (from === library) throw new AppError('invalid_input', 'That is the library itself, not a backup of it.');
  const facts = verifyBackupFile(from, options);
  let beforeRestore: string | null = null;
  if (existsSync(library)) {
    let damaged = options.damaged === true;
    try {
      if (!damaged) checkpointAndClose(library, options);
    } catch (error) {
      const message = (error as Error).message;
      if (/locked|busy/i.test(message)) {
        throw new AppError('conflict', `The library ${library} is in use by another Commonplace window or command. Close it, then restore again. Nothing was changed.`);
      }
      // A damaged library cannot be checkpointed: it is kept as it is, WAL and all, below, named for what it is.
      damaged = true;
    }
    beforeRestore = damaged ? `${library}.damaged` : beforeRestoreFile(library);
    const keepTemp = `${beforeRestore}.${process.pid}.tmp`;
    copyFileSync(library, keepTemp);
    fsyncFile(keepTemp);
    renameSync(keepTemp, beforeRestore);
    for (const suffix of ['-wal', '-shm']) {
      // Left only when the old file could not be checkpointed: keep the WAL with its file, never replay it onto the backup.
      if (existsSync(library + suffix)) renameSync(library + suffix, beforeRestore + suffix);
    }
  }
  const temp = `${library}.${process.pid}.restore-tmp`;
  mkdirSync(path.dirname(library), { recursive: true });
  try {
    copyFileSync(from, temp);
    fsyncFile(temp);
    rmSync(`${library}-journal`, { force: true });
    renameSync(temp, library);
  } finally {
    rmSync(temp, { force: true });
  }
  return { library, from, beforeRestore, articles: facts.articles, notes: facts.notes };
}

/** The marker naming a restore the app will apply at its next start. */
export function pendingRestoreFile(libraryFile: string): string {
  return `${path.resolve(libraryFile)}.restore-pending.json`;
}

/**
 * For the app, which has the library open: verifies the backup now (so a bad one is refused at
 * once) and records it; `applyPendingRestore` restores it at the next start, before opening.
 */
export function stageRestore(libraryFile: string, backupFile: string, options: RestoreOptions = {}): LibraryFileFacts {
  const from = path.resolve(backupFile);
  const facts = verifyBackupFile(from, options);
  const marker = pendingRestoreFile(libraryFile);
  writeFileSync(`${marker}.tmp`, JSON.stringify({ backup: from }));
  renameSync(`${marker}.tmp`, marker);
  return facts;
}

/** Applies a staged restore, if any; the marker is removed whether it succeeds or is refused. */
export function applyPendingRestore(libraryFile: string, options: RestoreOptions = {}): Restored | null {
  const marker = pendingRestoreFile(libraryFile);
  if (!existsSync(marker)) return null;
  let backup: unknown;
  try {
    backup = (JSON.parse(readFileSync(marker, 'utf8')) as { backup?: unknown }).backup;
  } catch {
    backup = undefined;
  }
  try {
    if (typeof backup !== 'string') return null;
    return restoreLibrary(libraryFile, backup, options);
  } finally {
    rmSync(marker, { force: true });
  }
}
