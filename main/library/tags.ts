/**
 * Tag operations with the rules users meet: names are unique case-insensitively, `/` makes a
 * hierarchy, renames and merges carry the tags below along and keep every tagging. Names arrive
 * already validated and tidied by the contract's TagNameSchema.
 */
import type { TagCount } from '../contract';
import { getDocument } from '../../db/repos/documents';
import { getHighlight } from '../../db/repos/highlights';
import {
  ensureTag,
  findTag,
  listTagsWithCounts,
  moveTagSubtree,
  tagDocument,
  tagHighlight,
  tagsOfDocument,
  tagsOfHighlight,
  tagSubtreeIds,
  untagDocument,
  untagHighlight,
} from '../../db/repos/tags';
import type { Db } from '../../db/open';
import { AppError } from './errors';

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();
const isBelow = (name: string, parent: string): boolean => name.toLowerCase().startsWith(`${parent.toLowerCase()}/`);

export function listTags(db: Db): TagCount[] {
  return listTagsWithCounts(db).map((t) => ({ ...t, count: t.documents + t.highlights + t.notes }));
}

function requireTag(db: Db, name: string): void {
  if (tagSubtreeIds(db, name).length === 0) throw new AppError('not_found', `There is no tag named “${name}”. It may have been renamed or deleted.`);
}

/** Renames `from` (and the tags below it). Refused if `to` is another existing tag: that is a merge. */
export function renameTag(db: Db, from: string, to: string): number {
  return db.transaction(() => {
    requireTag(db, from);
    if (isBelow(to, from)) throw new AppError('invalid_input', `“${from}” cannot be renamed to “${to}”, which lies below itself.`);
    const taken = findTag(db, to);
    if (taken && !same(taken.name, from)) {
      throw new AppError('refused', `A tag named “${taken.name}” already exists. Merge the two tags instead to combine them.`);
    }
    return moveTagSubtree(db, from, to);
  })();
}

/** Moves every tagging of `from` (and of the tags below it) onto `into`, without duplicates, then removes `from`. */
export function mergeTags(db: Db, from: string, into: string): number {
  return db.transaction(() => {
    if (same(from, into)) throw new AppError('invalid_input', 'Choose two different tags to merge.');
    requireTag(db, from);
    if (isBelow(into, from)) throw new AppError('invalid_input', `“${from}” cannot be merged into “${into}”, which lies below it.`);
    return moveTagSubtree(db, from, into);
  })();
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
