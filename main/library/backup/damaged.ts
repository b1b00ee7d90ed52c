/**
 * What the app does when its library fails to open: a damaged library is shown as such, with the
 * newest backup that passes the full check offered for restoring (the CLI's message offers the
 * same); anything else stays an error. Pure given its lookups, so it is unit-tested on fakes
 * (tests/unit/damaged-library.test.ts); the hosts wire it (main/hosts/library-session.ts).
 */
import path from 'node:path';
import { LibraryDamagedError } from '../../../db/errors';
import type { BackupInfo } from './list';

export interface DamagedLibrary {
  file: string;
  /** What is wrong, as a clause. */
  reason: string;
  /** The newest good backup, or null when there is none (or the backups could not be read). */
  backup: BackupInfo | null;
  /** The backups folder searched. */
  folder: string;
  /** Where the damaged file is kept if the backup is restored. */
  keptAs: string;
}

export type OpenFailureDecision = { kind: 'damaged'; damaged: DamagedLibrary } | { kind: 'fail' };

export interface BackupLookup {
  newestGoodBackup(libraryFile: string): BackupInfo | null;
  backupFolder(libraryFile: string): string;
}

/**
 * Damaged (truncated, or SQLite's CORRUPT met while opening): offer the newest good backup.
 * Anything else (a newer version's library, an empty file, not a library, a fault while
 * reading the backups folder's settings) is not ours to repair: `fail`, and the host reports it.
 */
export function decideOpenFailure(error: unknown, libraryFile: string, lookup: BackupLookup): OpenFailureDecision {
  if (!(error instanceof LibraryDamagedError)) return { kind: 'fail' };
  const file = path.resolve(libraryFile);
  let folder = path.join(path.dirname(file), 'Backups');
  let backup: BackupInfo | null = null;
  try {
    folder = lookup.backupFolder(file);
    backup = lookup.newestGoodBackup(file);
  } catch {
    // Still damaged, still worth saying so: with no backup to offer.
  }
  return { kind: 'damaged', damaged: { file, reason: error.detail, backup, folder, keptAs: `${file}.damaged` } };
}

/** The backup a `backups.restoreDamaged {name}` may restore: only the one offered, by its file name. */
export function offeredBackup(damaged: DamagedLibrary, name: string): BackupInfo | null {
  return damaged.backup !== null && path.basename(damaged.backup.file) === name ? damaged.backup : null;
}
