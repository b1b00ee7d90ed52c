/**
 * Tagging articles and highlights, and the list of tags with their counts. Names arrive already
 * validated and tidied by the contract's TagNameSchema; a tag is created on first use and found
 * case-insensitively.
 */
import type { TagCount } from '../../contract';
import { getDocument } from '../../../db/repos/documents';
import { getHighlight } from '../../../db/repos/highlights';
import {
  ensureTag,
  findTag,
  listTagsWithCounts,
  tagDocument,
  tagHighlight,
  tagsOfDocument,
  tagsOfHighlight,
  untagDocument,
  untagHighlight,
} from '../../../db/repos/tags';
import type { Db } from '../../../db/open';
import { AppError } from '../errors';

export function listTags(db: Db): TagCount[] {
  return listTagsWithCounts(db).map((t) => ({ ...t, count: t.documents + t.highlights + t.notes }));
}

function requireDocument(db: Db, documentId: number): void {
  if (!getDocument(db, documentId)) throw new AppError('not_found', 'This article is no longer in your library. It may have been deleted.');
}

/** The highlight's document, for the `highlights.changed` event. */
function requireHighlight(db: Db, highlightId: number): number {
  const row = getHighlight(db, highlightId);
  if (!row) throw new AppError('not_found', 'This highlight is no longer in your library. It may have been deleted.');
  return row.documentId;
}

export function addDocumentTag(db: Db, documentId: number, name: string): string[] {
  return db.transaction(() => {
    requireDocument(db, documentId);
    tagDocument(db, documentId, ensureTag(db, name));
    return tagsOfDocument(db, documentId);
  })();
}

export function removeDocumentTag(db: Db, documentId: number, name: string): string[] {
  return db.transaction(() => {
    requireDocument(db, documentId);
    const tag = findTag(db, name);
    if (tag) untagDocument(db, documentId, tag.id);
    return tagsOfDocument(db, documentId);
  })();
}

export function addHighlightTag(db: Db, highlightId: number, name: string): { documentId: number; tags: string[] } {
  return db.transaction(() => {
    const documentId = requireHighlight(db, highlightId);
    tagHighlight(db, highlightId, ensureTag(db, name));
    return { documentId, tags: tagsOfHighlight(db, highlightId) };
  })();
}

export function removeHighlightTag(db: Db, highlightId: number, name: string): { documentId: number; tags: string[] } {
  return db.transaction(() => {
    const documentId = requireHighlight(db, highlightId);
    const tag = findTag(db, name);
    if (tag) untagHighlight(db, highlightId, tag.id);
    return { documentId, tags: tagsOfHighlight(db, highlightId) };
  })();
}
