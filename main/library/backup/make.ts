/**
 * Making a backup: copy into a temp name in the backups folder, make the copy self-contained
 * (no WAL), verify it with `integrity_check` opened read-only, fsync, then rename into place.
 * A copy that fails is removed; a crash leaves at most a temp file, never a half backup under a
 * final name (temp files are swept by the next backup). Then old backups are rotated.
 */
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { inspectLibraryFile, makeSelfContained, vacuumInto } from '../../../db/backup';
import type { Db } from '../../../db/open';
import { AppError } from '../errors';
import { BACKUP_EXT, TEMP_MARK, backupFileName, libraryName, parseBackupName } from './names';
import { backupsToKeep } from './rotation';
import { checkBackupFolder, readBackupSettings } from './settings';

export type BackupReason = 'manual' | 'daily' | 'migration' | 'purge' | 'tag-merge' | 'tag-delete' | 'reclean' | 'restore';

export interface BackupMade {
  file: string;
  createdAt: string;
  size: number;
  /** Backups rotation removed after this one was made. */
  removed: string[];
}

export interface BackupOptions {
  now?: Date;
  nativeBinding?: string;
}

/** The library file a connection has open, or null for an in-memory one (nothing to back up). */
export function libraryFileOf(db: Db): string | null {
  return db.memory || db.name === '' ? null : path.resolve(db.name);
}

function prepareFolder(libraryFile: string): { folder: string; name: string } {
  const { folder } = readBackupSettings(libraryFile);
  checkBackupFolder(folder);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new AppError('refused', `Commonplace could not create the backups folder ${folder} (${(error as Error).message}). Choose another folder in the backup settings.`);
  }
  sweepTemps(folder);
  return { folder, name: libraryName(libraryFile) };
}

/** Temp copies this process is writing now (another backup may start meanwhile: the app's daily one and a purge's). */
const inFlight = new Set<string>();
const STALE_MS = 60 * 60 * 1000;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes leftover temp copies (from a crash or a kill mid-backup): ours not in flight, and
 * those of a process that is gone (the pid is in the name) or older than an hour. Another
 * process's backup in progress (the CLI beside the app) is left alone.
 */
function sweepTemps(folder: string): void {
  for (const entry of readdirSync(folder)) {
    if (!entry.includes(TEMP_MARK)) continue;
    const file = path.join(folder, entry);
    const pid = Number(/-(\d+)-[a-z0-9]+\.commonplace-backup-tmp/.exec(entry)?.[1] ?? NaN);
    const base = file.replace(/-journal$/, '');
    let stale: boolean;
    if (pid === process.pid) stale = !inFlight.has(base);
    else if (!Number.isInteger(pid) || !processAlive(pid)) stale = true;
    else {
      try {
        stale = Date.now() - statSync(file).mtimeMs > STALE_MS;
      } catch {
        continue;
      }
    }
    if (stale) rmSync(file, { force: true });
  }
}

/**
 * Moves the verified temp copy to its final name without ever replacing a backup: a hard link
 * fails if the name is taken (two processes in the same second), then the temp goes. Where the
 * file system has no hard links, the first free name and a rename.
 */
function placeBackup(temp: string, folder: string, name: string, now: Date): string {
  for (let sequence = 1; ; sequence++) {
    const file = path.join(folder, backupFileName(name, now, sequence));
    try {
      linkSync(temp, file);
      rmSync(temp, { force: true });
      return file;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EMLINK') throw error;
      if (existsSync(file)) continue;
      renameSync(temp, file);
      return file;
    }
  }
}

function fsyncPath(p: string, flags = 'r'): void {
  let fd: number | undefined;
  try {
    fd = openSync(p, flags);
    fsyncSync(fd);
  } catch {
    // Folders cannot be opened for fsync on Windows; the rename is still atomic.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Verifies the temp copy, then renames it into place and rotates. Removes the temp on failure. */
function finish(temp: string, folder: string, name: string, libraryFile: string, now: Date, options: BackupOptions): BackupMade {
  try {
    makeSelfContained(temp, options);
    const facts = inspectLibraryFile(temp, options);
    if (facts.integrity[0] !== 'ok' || !facts.hasLibraryTables) {
      throw new AppError('internal', `The backup copy failed its integrity check (${facts.integrity.slice(0, 3).join('; ')}); it was removed. Your library was not changed.`);
    }
    fsyncPath(temp, 'r+');
    const file = placeBackup(temp, folder, name, now);
    fsyncPath(folder);
    const removed = rotate(libraryFile, now);
    return { file, createdAt: now.toISOString(), size: statSync(file).size, removed };
  } finally {
    rmSync(temp, { force: true });
    rmSync(`${temp}-journal`, { force: true });
    inFlight.delete(temp);
  }
}

function tempName(folder: string, name: string, now: Date): string {
  const temp = path.join(folder, `${name}-${now.getTime()}-${process.pid}-${Math.random().toString(36).slice(2, 8)}${TEMP_MARK}`);
  inFlight.add(temp);
  return temp;
}

/**
 * A verified backup of the open library, with SQLite's online backup API (safe while the app
 * reads and writes: it restarts on a write from another connection and sees this connection's).
 */
export async function createBackup(db: Db, options: BackupOptions = {}): Promise<BackupMade> {
  const job = beginBackup(db, options);
  try {
    await db.backup(job.temp);
  } catch (error) {
    throw backupFailed(job, error);
  }
  return finish(job.temp, job.folder, job.name, job.libraryFile, job.now, options);
}

/** The same, synchronously (`VACUUM INTO`): for the hook before a migration inside `openLibrary`. */
export function createBackupSync(db: Db, options: BackupOptions = {}): BackupMade {
  const job = beginBackup(db, options);
  try {
    vacuumInto(db, job.temp);
  } catch (error) {
    throw backupFailed(job, error);
  }
  return finish(job.temp, job.folder, job.name, job.libraryFile, job.now, options);
}

/** Where a backup of this library goes, and its temp name. */
function beginBackup(db: Db, options: BackupOptions): { libraryFile: string; now: Date; folder: string; name: string; temp: string } {
  const libraryFile = libraryFileOf(db);
  if (!libraryFile) throw new AppError('unsupported', 'An in-memory library cannot be backed up.');
  const now = options.now ?? new Date();
  const { folder, name } = prepareFolder(libraryFile);
  return { libraryFile, now, folder, name, temp: tempName(folder, name, now) };
}

/** Removes a copy that failed and says so. */
function backupFailed(job: { folder: string; temp: string }, error: unknown): AppError {
  rmSync(job.temp, { force: true });
  inFlight.delete(job.temp);
  return new AppError('refused', `The backup could not be written to ${job.folder} (${(error as Error).message}). Your library was not changed.`);
}

export interface BackupFileEntry {
  file: string;
  date: Date;
  sequence: number;
}

/** This library's backups in its backups folder, newest first (by the date in the name). */
export function backupFiles(libraryFile: string): BackupFileEntry[] {
  const { folder } = readBackupSettings(libraryFile);
  const name = libraryName(libraryFile);
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return [];
  }
  const found: BackupFileEntry[] = [];
  for (const entry of entries) {
    if (!entry.endsWith(BACKUP_EXT)) continue;
    const parsed = parseBackupName(name, entry);
    if (parsed) found.push({ file: path.join(folder, entry), ...parsed });
  }
  return found.sort((a, b) => b.date.getTime() - a.date.getTime() || b.sequence - a.sequence);
}

/** Removes the backups the rotation does not keep; returns their paths. */
export function rotate(libraryFile: string, now: Date = new Date()): string[] {
  const { keep } = readBackupSettings(libraryFile);
  const files = backupFiles(libraryFile);
  const kept = backupsToKeep(
    files.map((f) => f.date),
    keep,
    now,
  );
  // The newest is always kept, whatever the counts say (0/0/0 must not mean "no backups").
  if (files.length > 0) kept.add(0);
  const removed: string[] = [];
  files.forEach((f, i) => {
    if (kept.has(i)) return;
    rmSync(f.file, { force: true });
    removed.push(f.file);
  });
  return removed;
}
