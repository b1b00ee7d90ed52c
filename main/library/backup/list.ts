/** The backups of a library, newest first, with what each holds (read from the backup, read-only). */
import { statSync } from 'node:fs';
import { inspectLibraryFile } from '../../../db/backup';
import { backupFiles } from './make';

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
