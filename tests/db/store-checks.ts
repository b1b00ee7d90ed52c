/**
 * What a library must pass after anything killed it: SQLite's own integrity and foreign-key
 * checks, and FTS5's integrity check on every full-text table, with `rank = 1` so that each
 * index is also compared with its content table (they are external-content tables).
 */
import type Database from 'better-sqlite3';
import { expect } from 'vitest';

export const FTS_TABLES = ['documents_fts', 'highlights_fts', 'notes_fts'];

export function expectStoreSound(db: Database.Database): void {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  const fts = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5(%'").pluck().all() as string[];
  expect(fts.sort()).toEqual(FTS_TABLES);
  for (const table of fts) expect(() => db.prepare(`INSERT INTO ${table}(${table}, rank) VALUES ('integrity-check', 1)`).run(), table).not.toThrow();
}
