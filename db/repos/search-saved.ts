/** Saved searches (migration 0006): a name and the query typed, nothing derived. Names are unique ignoring case. */
import type { Db } from '../open';
import { prepared } from '../sql';

export interface SavedSearchRow {
  id: number;
  name: string;
  query: string;
  createdAt: string;
}

const COLUMNS = 'id, name, query, created_at AS createdAt';

export function listSavedSearches(db: Db): SavedSearchRow[] {
  return prepared(db, `SELECT ${COLUMNS} FROM saved_searches ORDER BY name COLLATE NOCASE, id`).all() as SavedSearchRow[];
}

export function getSavedSearch(db: Db, id: number): SavedSearchRow | undefined {
  return prepared(db, `SELECT ${COLUMNS} FROM saved_searches WHERE id = ?`).get(id) as SavedSearchRow | undefined;
}

/** The saved search with this name (ignoring case), if any. */
export function findSavedSearchByName(db: Db, name: string): SavedSearchRow | undefined {
  return prepared(db, `SELECT ${COLUMNS} FROM saved_searches WHERE name = ?`).get(name) as SavedSearchRow | undefined;
}

export function insertSavedSearch(db: Db, s: Omit<SavedSearchRow, 'id'>): number {
  return Number(prepared(db, 'INSERT INTO saved_searches (name, query, created_at) VALUES (@name, @query, @createdAt)').run(s).lastInsertRowid);
}

export function renameSavedSearch(db: Db, id: number, name: string): boolean {
  return prepared(db, 'UPDATE saved_searches SET name = ? WHERE id = ?').run(name, id).changes > 0;
}

export function deleteSavedSearch(db: Db, id: number): boolean {
  return prepared(db, 'DELETE FROM saved_searches WHERE id = ?').run(id).changes > 0;
}
