import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { LibraryTooNewError, NotALibraryError } from './errors';
import { LATEST_VERSION, migrations } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the current runtime (Electron's ABI in dev). */
  nativeBinding?: string;
  /** Runs before pending migrations (only when the file is older than this version); throwing stops the open. Backups hook in here. */
  beforeMigrate?: (db: Db, fromVersion: number) => void;
}

/**
 * Opens (creating if needed) a library file and brings its schema up to date. A library made
 * by a newer version is refused before anything is written to it.
 */
export function openLibrary(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
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
    db.pragma('optimize = 0x10002');
    return db;
  } catch (error) {
    db.close();
    throw error;
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

export function closeLibrary(db: Db): void {
  if (db.open) {
    db.pragma('optimize');
    db.close();
  }
}
