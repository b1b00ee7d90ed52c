/**
 * When backups are made without being asked: on the first open of the day (the app's start, the
 * CLI's write commands), before a migration (the hook `openLibrary` calls) and before
 * destructive operations (purge from the trash, tag merge or delete, re-run cleanup on the
 * whole library).
 */
import { isEmptyLibrary } from '../../../db/backup';
import type { Db } from '../../../db/open';
import { AppError } from '../errors';
import { backupFiles, createBackup, createBackupSync, libraryFileOf, type BackupMade, type BackupOptions } from './make';
import { dayKey } from './rotation';

/** Whether this library already has a backup dated today (UTC, as the names). */
export function hasBackupToday(libraryFile: string, now: Date = new Date()): boolean {
  const today = dayKey(now);
  return backupFiles(libraryFile).some((b) => dayKey(b.date) === today);
}

/**
 * The first open of the day's backup; null when there is one already, or nothing to back up (an
 * empty library: a new one, every e2e test's).
 * A failure is reported to `warn` and does not stop the app or command from working.
 */
export async function backupIfFirstToday(db: Db, options: BackupOptions & { warn?: (message: string) => void } = {}): Promise<BackupMade | null> {
  const file = libraryFileOf(db);
  if (!file || isEmptyLibrary(db) || hasBackupToday(file, options.now)) return null;
  try {
    return await createBackup(db, options);
  } catch (error) {
    options.warn?.(`Today's backup could not be made: ${(error as Error).message}`);
    return null;
  }
}

const WHAT: Record<string, string> = {
  purge: 'deleting it for good',
  'tag-merge': 'merging the tags',
  'tag-delete': 'deleting the tag',
  reclean: 're-running cleanup on the whole library',
};

/**
 * A backup before a destructive operation. If it cannot be made, the operation is refused (the
 * message says why): the promise is that what it destroys can be got back.
 */
export async function backupBefore(db: Db, operation: keyof typeof WHAT, options: BackupOptions = {}): Promise<BackupMade | null> {
  if (!libraryFileOf(db)) return null;
  try {
    return await createBackup(db, options);
  } catch (error) {
    throw new AppError('refused', `Commonplace makes a backup before ${WHAT[operation] ?? operation}, and it could not: ${(error as Error).message} Nothing was changed.`);
  }
}

/**
 * The hook for `openLibrary`'s `beforeMigrate`: a verified backup of the library as it is, before
 * pending migrations change it. A library with no tables yet (version 0) has nothing to keep.
 * If the backup fails, the migration does not run (the open fails with the reason).
 */
export function backupBeforeMigration(options: BackupOptions = {}): (db: Db, fromVersion: number) => void {
  return (db, fromVersion) => {
    if (fromVersion === 0 || !libraryFileOf(db)) return;
    try {
      createBackupSync(db, options);
    } catch (error) {
      throw new AppError('refused', `Commonplace makes a backup before updating a library to this version, and it could not: ${(error as Error).message}`);
    }
  };
}
