/** Searches the editor makes while the user types: note titles for `[[`, highlights for `((`. */
import type { Highlight } from '../../contract';
import { getHighlight, type HighlightRow } from '../../../db/repos/highlights';
import { searchHighlightIds, searchNoteTitles, type NoteTitleHit } from '../../../db/repos/search';
import type { Db } from '../../../db/open';
import { withTags } from '../highlights/view';

export function searchTitles(db: Db, input: { query: string; limit: number; excludeId?: number | undefined }): NoteTitleHit[] {
  return searchNoteTitles(db, { query: input.query, limit: input.limit, ...(input.excludeId !== undefined ? { excludeId: input.excludeId } : {}) });
}

export function searchHighlights(db: Db, query: string, limit: number): Highlight[] {
  const rows = searchHighlightIds(db, query, limit)
    .map((id) => getHighlight(db, id))
    .filter((h): h is HighlightRow => h !== undefined);
  return withTags(db, rows);
}
