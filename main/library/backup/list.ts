/** The backups of a library, newest first, with what each holds (read from the backup, read-only). */
import { statSync } from 'node:fs';
import { inspectLibraryFile } from '../../../db/backup';
import { backupFiles } from './make';
import { verifyBackupFile } from './restore';

export interface BackupInfo {
  file: string;
  createdAt: string;
  size: number;
  /** null when the file could not be read as a library (its counts are then unknown). */
  articles: number | null;
  notes: number | null;
}

export function listBackups(libraryFile: string, options: { nativeBinding?: string } = {}): BackupInfo[] {
  const infos: BackupInfo[] = [];
  for (const { file, date } of backupFiles(libraryFile)) {
    let size: number;
    try {
      size = statSync(file).size;
    } catch {
      continue; // removed meanwhile
    }
    let articles: number | null = null;
    let notes: number | null = null;
    try {
      const facts = inspectLibraryFile(file, { ...options, check: false });
      if (facts.hasLibraryTables) ({ articles, notes } = facts);
    } catch {
      // Not readable as SQLite: listed without counts; restore would refuse it and say why.
    }
    infos.push({ file, createdAt: date.toISOString(), size, articles, notes });
  }
  return infos;
}

/**
 * The newest backup that passes the full check (integrity, a library this version opens), for
 * offering when the library itself is damaged; null when there is none.
 */
export function newestGoodBackup(libraryFile: string, options: { nativeBinding?: string } = {}): BackupInfo | null {
  for (const { file, date } of backupFiles(libraryFile)) {
    try {
      const facts = verifyBackupFile(file, options);
      return { file, createdAt: date.toISOString(), size: statSync(file).size, articles: facts.articles, notes: facts.notes };
    } catch {
      // Damaged or unreadable: try the next older one.
    }
  }
  return null;
}
