/**
 * Saved searches: naming a query, renaming, deleting (the reply carries what was deleted so the
 * UI can undo by saving it again), and listing with each one's current hit counts, computed on
 * every list so they always match the library.
 */
import { deleteSavedSearch, findSavedSearchByName, getSavedSearch, insertSavedSearch, listSavedSearches, renameSavedSearch, type SavedSearchRow } from '../../../db/repos/search-saved';
import type { Db } from '../../../db/open';
import type { SearchKind } from '../../../db/repos/search-all';
import { AppError } from '../errors';
import { countSearch } from './index';

export interface SavedSearch extends SavedSearchRow {
  counts: Record<SearchKind, number>;
}

const gone = () => new AppError('not_found', 'This saved search is no longer there. It may have been deleted; the list has been refreshed.');

function checkNameFree(db: Db, name: string, id: number | null): void {
  const other = findSavedSearchByName(db, name);
  if (other && other.id !== id) throw new AppError('invalid_input', `A saved search named “${other.name}” already exists. Choose another name, or rename or delete that one first.`);
}

export function listSaved(db: Db): SavedSearch[] {
  return db.transaction(() => listSavedSearches(db).map((row) => ({ ...row, counts: countSearch(db, row.query) })))();
}

export function createSaved(db: Db, input: { name: string; query: string }, now: Date): SavedSearch {
  return db
    .transaction(() => {
      checkNameFree(db, input.name, null);
      const id = insertSavedSearch(db, { name: input.name, query: input.query, createdAt: now.toISOString() });
      const row = getSavedSearch(db, id)!;
      return { ...row, counts: countSearch(db, row.query) };
    })
    .immediate();
}

export function renameSaved(db: Db, id: number, name: string): SavedSearch {
  return db
    .transaction(() => {
      if (!getSavedSearch(db, id)) throw gone();
      checkNameFree(db, name, id);
      renameSavedSearch(db, id, name);
      const row = getSavedSearch(db, id)!;
      return { ...row, counts: countSearch(db, row.query) };
    })
    .immediate();
}

export function deleteSaved(db: Db, id: number): { deleted: SavedSearchRow | null } {
  return db.transaction(() => {
    const row = getSavedSearch(db, id);
    if (!row) return { deleted: null };
    deleteSavedSearch(db, id);
    return { deleted: row };
  })();
}
