/** Stored highlight rows → the contract's Highlight, with their tags (one query per list). */
import type { Highlight } from '../../contract';
import { getHighlight, type HighlightRow } from '../../../db/repos/highlights';
import { tagsOfHighlights } from '../../../db/repos/tags';
import type { Db } from '../../../db/open';
import { AppError } from '../errors';

export function withTags(db: Db, rows: readonly HighlightRow[]): Highlight[] {
  const tags = tagsOfHighlights(db, rows.map((r) => r.id));
  return rows.map((r) => toHighlight(r, tags.get(r.id) ?? []));
}

export function toHighlight(row: HighlightRow, tags: string[]): Highlight {
  return {
    id: row.id,
    documentId: row.documentId,
    documentTitle: row.documentTitle,
    color: row.color,
    colorMeaning: row.colorMeaning,
    comment: row.comment,
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    status: row.status,
    score: row.score,
    previousExact: row.previousExact,
    sourceDocumentId: row.sourceDocumentId,
    tags,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    locator: row.locator,
    partial: row.partial === 1,
  };
}

export function loadHighlight(db: Db, id: number): Highlight {
  const row = getHighlight(db, id);
  if (!row) throw new AppError('not_found', 'This highlight is no longer in your library. It may have been deleted.');
  return withTags(db, [row])[0]!;
}
