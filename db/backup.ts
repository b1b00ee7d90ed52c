/**
 * The SQL the backups need (main/library/backup/): a synchronous consistent copy for the moment
 * before a migration, the checks a backup must pass, and what a backup's list entry shows.
 */
import Database from 'better-sqlite3';
import type { Db } from './open';
import { prepared } from './sql';

/**
 * A consistent copy of the whole database into `dest` (which must not exist), synchronously: the
 * hook before a migration runs inside the synchronous `openLibrary`, where better-sqlite3's
 * `backup()` (a Promise) cannot be awaited. `VACUUM INTO` reads in one read transaction, so it is
 * as consistent as the online backup API.
 */
export function vacuumInto(db: Db, dest: string): void {
  prepared(db, 'VACUUM INTO ?').run(dest);
}

export interface LibraryFileFacts {
  /** `PRAGMA integrity_check`'s answer: `['ok']` when the file is sound. */
  integrity: string[];
  userVersion: number;
  /** Whether every table a Commonplace library has since its first migration is there. */
  hasLibraryTables: boolean;
  articles: number;
  notes: number;
}

/** Tables every library has had since migration 0004; a file without them is not one of ours. */
const LIBRARY_TABLES = ['documents', 'notes', 'highlights', 'tags'];

/**
 * Opens `file` read-only and reads what a backup is judged by (our backups use a rollback
 * journal, so this writes nothing beside them). Throws if the file is not SQLite at all.
 */
export function inspectLibraryFile(file: string, options: { nativeBinding?: string; check?: boolean } = {}): LibraryFileFacts {
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    // Listing skips the full check (it reads every page of every backup); making and restoring never do.
    const integrity = options.check === false ? ['ok'] : (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    const names = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
    const hasLibraryTables = LIBRARY_TABLES.every((t) => names.has(t));
    let articles = 0;
    let notes = 0;
    if (hasLibraryTables && integrity[0] === 'ok') {
      const hasKind = (db.prepare("SELECT count(*) FROM pragma_table_info('documents') WHERE name = 'kind'").pluck().get() as number) > 0;
      articles = db.prepare(`SELECT count(*) FROM documents${hasKind ? " WHERE kind = 'article'" : ''}`).pluck().get() as number;
      notes = db.prepare('SELECT count(*) FROM notes WHERE deleted_at IS NULL').pluck().get() as number;
    }
    return { integrity, userVersion, hasLibraryTables, articles, notes };
  } finally {
    db.close();
  }
}

/**
 * Switches a fresh copy (ours, not yet under its final name) to a rollback journal, so the
 * backup is one self-contained file and opening it read-only later leaves no -wal/-shm beside it.
 */
export function makeSelfContained(file: string, options: { nativeBinding?: string } = {}): void {
  const db = new Database(file, { fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/**
 * Folds a closed library's WAL into its file and closes it, so no -wal or -shm is left to be
 * applied to whatever file is put in its place. Throws if the file cannot be opened as SQLite.
 */
export function checkpointAndClose(file: string, options: { nativeBinding?: string } = {}): void {
  const db = new Database(file, { fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

/** Whether the library holds nothing worth a backup yet (no article, no note). */
export function isEmptyLibrary(db: Db): boolean {
  const row = prepared(db, 'SELECT NOT EXISTS (SELECT 1 FROM documents) AND NOT EXISTS (SELECT 1 FROM notes) AS empty').get() as { empty: number };
  return row.empty === 1;
}

/** What a library holds, as the backups count it: articles (not cards) and live notes. */
export function countLibrary(db: Db): { articles: number; notes: number } {
  return prepared(db, "SELECT (SELECT count(*) FROM documents WHERE kind = 'article') AS articles, (SELECT count(*) FROM notes WHERE deleted_at IS NULL) AS notes").get() as {
    articles: number;
    notes: number;
  };
}
