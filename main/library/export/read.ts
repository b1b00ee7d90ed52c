/**
 * The export's reads of the library, in bulk: one query for all exported articles' fields, one
 * for all their highlights, one per kind of tag, and notes' content in chunks. Asking per article
 * and per note (three or four statements each) cost more than writing the files; the repos' bulk
 * calls give the same rows in the same orders as their per-item calls.
 */
import type { Db } from '../../../db/open';
import { documentBlocksJson, documentsForExport, type DocumentExportRow } from '../../../db/repos/documents';
import { highlightsOfDocumentsForExport, type HighlightExportRow } from '../../../db/repos/highlights';
import { noteContents } from '../../../db/repos/notes';
import { reviewStatesOfDocuments, type ReviewStateRow } from '../../../db/repos/review';
import { tagsOfDocuments, tagsOfHighlights } from '../../../db/repos/tags';

/** What an article's exported file says of the article itself (`blocksJson` only with the full text). */
export type ExportArticle = DocumentExportRow & { blocksJson?: string };

/** What an exported highlight shows. */
export type ExportHighlightRow = HighlightExportRow;

/** The articles of the given ids, in id order. */
export function exportArticles(db: Db, ids: readonly number[]): ExportArticle[] {
  return documentsForExport(db, ids);
}

/** One article's blocks, read only when the full text is exported (the largest column by far). */
export function blocksReader(db: Db): (id: number) => string {
  return (id) => documentBlocksJson(db, id) ?? '[]';
}

/** Each article's tags, by name ignoring case (as `tagsOfDocument`). */
export function documentTags(db: Db, ids: readonly number[]): Map<number, string[]> {
  return tagsOfDocuments(db, ids);
}

/** Each article's highlights in reading order (as `listHighlightsOfDocument`), with their tags. */
export function documentHighlights(db: Db, ids: readonly number[]): Map<number, { row: ExportHighlightRow; tags: string[] }[]> {
  const byDocument = new Map<number, { row: ExportHighlightRow; tags: string[] }[]>();
  const rows = highlightsOfDocumentsForExport(db, ids);
  const tags = tagsOfHighlights(
    db,
    rows.map((r) => r.id),
  );
  for (const row of rows) {
    const item = { row, tags: tags.get(row.id) ?? [] };
    const list = byDocument.get(row.documentId);
    if (list) list.push(item);
    else byDocument.set(row.documentId, [item]);
  }
  return byDocument;
}

/** The review state of each article's reviewed highlights (articles with none are absent). */
export function documentReviewStates(db: Db, ids: readonly number[]): Map<number, ReviewStateRow[]> {
  const byDocument = new Map<number, ReviewStateRow[]>();
  for (const row of reviewStatesOfDocuments(db, ids)) {
    const list = byDocument.get(row.documentId);
    if (list) list.push(row);
    else byDocument.set(row.documentId, [row]);
  }
  return byDocument;
}

const NOTE_CHUNK = 500;

/**
 * Notes' stored content by id, read a chunk at a time in the order asked for (the plan's order),
 * so a large library's notes are never all in memory at once.
 */
export function noteContentReader(db: Db, order: readonly number[]): (id: number) => string | undefined {
  const position = new Map(order.map((id, i) => [id, i]));
  let chunk = new Map<number, string>();
  return (id) => {
    if (!chunk.has(id)) {
      const at = position.get(id) ?? -1;
      const ids = at < 0 ? [id] : order.slice(at, at + NOTE_CHUNK);
      chunk = new Map(noteContents(db, ids).map((r) => [r.id, r.contentJson]));
    }
    return chunk.get(id);
  };
}
