import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/open';
import {
  backupFiles,
  createBackup,
  defaultBackupFolder,
  libraryFileOf,
  listBackups,
  pendingRestoreFile,
  readBackupSettings,
  stageRestore,
  writeBackupSettings,
  type BackupInfo,
} from '../library/backup';
import { AppError } from '../library/errors';
import type { CoreHandlers } from './types';

function libraryFile(db: Db): string {
  const file = libraryFileOf(db);
  if (!file) throw new AppError('unsupported', 'This library is held in memory only, so it has no backups.');
  return file;
}

function entry(b: BackupInfo) {
  return { name: path.basename(b.file), createdAt: b.createdAt, size: b.size, articles: b.articles, notes: b.notes };
}

function settings(file: string) {
  const s = readBackupSettings(file);
  return { folder: s.folder, isDefaultFolder: s.folder === defaultBackupFolder(file), keep: s.keep };
}

function pending(file: string): string | null {
  const marker = pendingRestoreFile(file);
  if (!existsSync(marker)) return null;
  try {
    const backup = (JSON.parse(readFileSync(marker, 'utf8')) as { backup?: unknown }).backup;
    return typeof backup === 'string' ? path.basename(backup) : null;
  } catch {
    return null;
  }
}

/** Backups: list, "Back up now", a staged restore (applied at the next start), settings; and where the library file is. */
export function backupHandlers(db: Db) {
  return {
    'backups.list': () => {
      const file = libraryFile(db);
      return { backups: listBackups(file).map(entry), settings: settings(file), pendingRestore: pending(file) };
    },
    // Where the library is: beside its backups, since both read the file the connection opened.
    'library.location': () => {
      const file = libraryFileOf(db);
      return file ? { file, folder: path.dirname(file) } : { file: null, folder: null };
    },
    // Only the host's library session can close this library and open another (main/hosts/library-session.ts).
    'library.checkTarget': () => {
      throw new AppError('unsupported', 'Commonplace cannot open another library from here. Start it with the other library instead.');
    },
    'library.switch': () => {
      throw new AppError('unsupported', 'Commonplace cannot open another library from here. Start it with the other library instead.');
    },
    'backups.create': async () => {
      const made = await createBackup(db);
      const info = listBackups(libraryFile(db)).find((b) => b.file === made.file);
      return {
        backup: info ? entry(info) : { name: path.basename(made.file), createdAt: made.createdAt, size: made.size, articles: null, notes: null },
        removed: made.removed.length,
      };
    },
    'backups.restore': ({ name }) => {
      const file = libraryFile(db);
      // Only a backup of this library in its backups folder: the page names one, never a path.
      const backup = backupFiles(file).find((b) => path.basename(b.file) === name);
      if (!backup) throw new AppError('not_found', `There is no backup named ${name} in ${readBackupSettings(file).folder}. The list may be out of date: open Backups again.`);
      const facts = stageRestore(file, backup.file);
      return { staged: true as const, articles: facts.articles, notes: facts.notes };
    },
    // Only the host's library session can close and reopen the library, or relaunch the app (main/hosts/library-session.ts).
    'backups.restartNow': () => {
      throw new AppError('unsupported', 'Commonplace cannot restart itself here. Quit and reopen it to finish the restore.');
    },
    // The library is open, so it is not damaged: these answer only in a damaged session (main/hosts/library-session.ts).
    'backups.damaged': () => ({ damaged: null }),
    'backups.restoreDamaged': () => {
      throw new AppError('refused', 'Your library is open and not damaged. To go back to a backup, use Restore… in Backups: it replaces the library when Commonplace next starts.');
    },
    'backups.configure': ({ keep }) => {
      const file = libraryFile(db);
      // Applied at the next backup's rotation, not now: changing a number never deletes at once.
      writeBackupSettings(file, { keep });
      return settings(file);
    },
  } satisfies Pick<CoreHandlers, 'backups.list' | 'backups.create' | 'backups.restore' | 'backups.restartNow' | 'backups.damaged' | 'backups.restoreDamaged' | 'backups.configure' | 'library.location' | 'library.checkTarget' | 'library.switch'>;
}
