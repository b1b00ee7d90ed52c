/**
 * Creating, editing, deleting and re-placing highlights, and undo. Each write is one
 * transaction; each returns what the UI needs to show the result and to undo it.
 */
import type { Highlight, HighlightColor, HighlightSnapshot } from '../../contract';
import { documentBlocksJson, getDocumentText } from '../../../db/repos/documents';
import {
  deleteHighlight,
  getHighlight,
  insertHighlight,
  insertHighlightWithId,
  overwriteHighlight,
  updateHighlightAnchor,
  updateHighlightStyle,
  type HighlightAnchor,
} from '../../../db/repos/highlights';
import { clearHighlightTags, ensureTag, tagHighlight } from '../../../db/repos/tags';
import type { Db } from '../../../db/open';
import { AppError } from '../errors';
import { checkRange, placed, reanchored } from './placement';
import { loadHighlight } from './view';
import { pageLocatorOfStored } from './page-locator';

export interface NewHighlightInput {
  documentId: number;
  start: number;
  end: number;
  color: HighlightColor;
  comment?: string | undefined;
  tags: readonly string[];
}

function documentText(db: Db, documentId: number): string {
  const doc = getDocumentText(db, documentId);
  if (!doc) throw new AppError('not_found', 'This article is no longer in your library. It may have been deleted.');
  return doc.plainText;
}

/** A blank comment is no comment. */
const commentOrNull = (comment: string | null | undefined): string | null => (comment && comment.trim() !== '' ? comment : null);

export function createHighlight(db: Db, input: NewHighlightInput, now: Date): Highlight {
  const text = documentText(db, input.documentId);
  checkRange(text, input.start, input.end);
  const at = now.toISOString();
  const id = db.transaction(() => {
    // Made in a PDF: where it is, for citing, as an imported highlight's locator is.
    const locator = pageLocatorOfStored(documentBlocksJson(db, input.documentId), input.start, input.end);
    const created = insertHighlight(db, {
      locator,
      documentId: input.documentId,
      sourceDocumentId: null,
      color: input.color,
      comment: commentOrNull(input.comment),
      createdAt: at,
      updatedAt: at,
      ...placed(text, input.start, input.end),
    });
    for (const name of input.tags) tagHighlight(db, created, ensureTag(db, name));
    return created;
  })();
  return loadHighlight(db, id);
}

export function updateHighlight(db: Db, id: number, change: { color?: HighlightColor | undefined; comment?: string | null | undefined }, now: Date): Highlight {
  const style: { color?: HighlightColor; comment?: string | null } = {};
  if (change.color !== undefined) style.color = change.color;
  if (change.comment !== undefined) style.comment = commentOrNull(change.comment);
  if (!updateHighlightStyle(db, id, style, now.toISOString())) {
    throw new AppError('not_found', 'This highlight is no longer in your library. It may have been deleted.');
  }
  return loadHighlight(db, id);
}

/** Deletes a highlight and returns it as it was, for undo (`restoreHighlight`). */
export function removeHighlight(db: Db, id: number): { deleted: boolean; highlight: Highlight | null } {
  return db.transaction(() => {
    const row = getHighlight(db, id);
    if (!row) return { deleted: false, highlight: null };
    const highlight = loadHighlight(db, id);
    deleteHighlight(db, id);
    return { deleted: true, highlight };
  })();
}

/**
 * Undo: puts a highlight back as the snapshot has it, under its own id (ids are never reused),
 * with its tags. If the article's text changed since, it is re-anchored like any other.
 */
export function restoreHighlight(db: Db, snapshot: HighlightSnapshot): Highlight {
  const doc = getDocumentText(db, snapshot.documentId);
  if (!doc) throw new AppError('not_found', 'The article this highlight was on is no longer in your library, so it cannot be put back.');
  const stored: HighlightAnchor = {
    start: snapshot.start,
    end: snapshot.end,
    exact: snapshot.exact,
    prefix: snapshot.prefix,
    suffix: snapshot.suffix,
    status: snapshot.status,
    score: snapshot.score,
    previousExact: snapshot.previousExact,
  };
  const unchanged = stored.start !== null && stored.end !== null && doc.plainText.slice(stored.start, stored.end) === stored.exact;
  const anchor = stored.status === 'pending' || unchanged ? stored : reanchored(doc.plainText, stored);
  const sourceDocumentId = snapshot.sourceDocumentId !== null && getDocumentText(db, snapshot.sourceDocumentId) ? snapshot.sourceDocumentId : null;
  const row = {
    documentId: snapshot.documentId,
    sourceDocumentId,
    color: snapshot.color,
    comment: commentOrNull(snapshot.comment),
    createdAt: snapshot.createdAt,
    updatedAt: snapshot.updatedAt,
    locator: snapshot.locator,
    partial: snapshot.partial,
    ...anchor,
  };
  db.transaction(() => {
    if (!overwriteHighlight(db, snapshot.id, row)) insertHighlightWithId(db, snapshot.id, row);
    clearHighlightTags(db, snapshot.id);
    for (const name of snapshot.tags) tagHighlight(db, snapshot.id, ensureTag(db, name));
  })();
  return loadHighlight(db, snapshot.id);
}

/**
 * Places a highlight by hand at [start, end) of its article or of another one (`documentId`):
 * how the user fixes a fuzzy, orphaned or pending highlight. The result is confirmed (`ok`).
 */
export function reattachHighlight(db: Db, input: { id: number; documentId?: number | undefined; start: number; end: number }, now: Date): { highlight: Highlight; from: number } {
  const row = getHighlight(db, input.id);
  if (!row) throw new AppError('not_found', 'This highlight is no longer in your library. It may have been deleted.');
  const documentId = input.documentId ?? row.documentId;
  const text = documentText(db, documentId);
  checkRange(text, input.start, input.end);
  updateHighlightAnchor(db, input.id, documentId, placed(text, input.start, input.end), now.toISOString());
  return { highlight: loadHighlight(db, input.id), from: row.documentId };
}
