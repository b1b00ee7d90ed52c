/** The highlight lists the UI shows: an article's, a tag's, and those needing attention. */
import type { Highlight } from '../../contract';
import {
  listAllHighlights,
  listHighlightsByStatus,
  listHighlightsOfDocument,
  listHighlightsWithTags,
  type HighlightStatus,
} from '../../../db/repos/highlights';
import { tagSubtreeIds } from '../../../db/repos/tags';
import type { Db } from '../../../db/open';
import { withTags } from './view';

export function listHighlights(db: Db, query: { documentId?: number | undefined; tag?: string | undefined; limit: number }): Highlight[] {
  if (query.tag !== undefined) {
    const ids = tagSubtreeIds(db, query.tag);
    const options = query.documentId === undefined ? { limit: query.limit } : { documentId: query.documentId, limit: Number.MAX_SAFE_INTEGER };
    return withTags(db, listHighlightsWithTags(db, ids, options));
  }
  if (query.documentId !== undefined) return withTags(db, listHighlightsOfDocument(db, query.documentId));
  return withTags(db, listAllHighlights(db, query.limit));
}

/** Fuzzy and orphaned highlights: placed by a guess, or not found at all. Never dropped, listed here. */
export function highlightsNeedingAttention(db: Db, options: { documentId?: number | undefined; includePending: boolean }): Highlight[] {
  const statuses: HighlightStatus[] = options.includePending ? ['fuzzy', 'orphaned', 'pending'] : ['fuzzy', 'orphaned'];
  return withTags(db, listHighlightsByStatus(db, statuses, options.documentId));
}
