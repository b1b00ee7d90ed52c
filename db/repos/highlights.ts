/**
 * The highlights aggregate: a highlight's colour, comment and anchor (offsets into its
 * document's plain text plus a W3C TextQuoteSelector). Tags live in repos/tags.ts. Reads join the
 * document's title and the colour's meaning, which every view of a highlight shows.
 */
import type { Db } from '../open';
import { prepared } from '../sql';

/** The same lists as main/contract/constants.ts (db/ may not import main/); tests/unit/constants.test.ts keeps them equal. */
export type HighlightColor = 'yellow' | 'green' | 'blue' | 'pink' | 'purple';
export type HighlightStatus = 'ok' | 'fuzzy' | 'orphaned' | 'pending';

export interface HighlightAnchor {
  start: number | null;
  end: number | null;
  exact: string;
  prefix: string;
  suffix: string;
  status: HighlightStatus;
  score: number | null;
  previousExact: string | null;
}

export interface NewHighlight extends HighlightAnchor {
  documentId: number;
  sourceDocumentId: number | null;
  color: HighlightColor;
  comment: string | null;
  createdAt: string;
  updatedAt: string;
  /** Where in the book, from an imported highlight export ("p. 5 · loc. 100–105"); null otherwise. */
  locator?: string | null;
  /** The exporting tool cut the passage short. */
  partial?: boolean;
}

export interface HighlightRow extends Omit<NewHighlight, 'locator' | 'partial'> {
  id: number;
  documentTitle: string;
  colorMeaning: string;
  locator: string | null;
  partial: 0 | 1;
}

const COLUMNS = `h.id, h.document_id AS documentId, h.source_document_id AS sourceDocumentId, h.color,
  h.comment, h.start_offset AS start, h.end_offset AS "end", h.exact, h.prefix, h.suffix, h.status,
  h.score, h.previous_exact AS previousExact, h.created_at AS createdAt, h.updated_at AS updatedAt,
  h.locator, h.partial, d.title AS documentTitle, c.meaning AS colorMeaning`;
const FROM = `FROM highlights h JOIN documents d ON d.id = h.document_id JOIN color_meanings c ON c.color = h.color`;
// Reading order; pending card passages (no offsets) come first. Served by highlights_by_document.
const READING_ORDER = 'h.document_id, h.start_offset, h.end_offset, h.id';

const INSERT_COLUMNS = `document_id, source_document_id, color, comment, start_offset, end_offset, exact, prefix,
  suffix, status, score, previous_exact, created_at, updated_at, locator, partial`;
const INSERT_VALUES = `@documentId, @sourceDocumentId, @color, @comment, @start, @end, @exact, @prefix,
  @suffix, @status, @score, @previousExact, @createdAt, @updatedAt, @locator, @partial`;

export function insertHighlight(db: Db, h: NewHighlight): number {
  return Number(prepared(db, `INSERT INTO highlights (${INSERT_COLUMNS}) VALUES (${INSERT_VALUES})`).run(params(h)).lastInsertRowid);
}

/** Puts a deleted highlight back under its old id (undo); the caller checks the id is free. */
export function insertHighlightWithId(db: Db, id: number, h: NewHighlight): void {
  prepared(db, `INSERT INTO highlights (id, ${INSERT_COLUMNS}) VALUES (@id, ${INSERT_VALUES})`).run({ id, ...params(h) });
}

/** Overwrites every field of an existing highlight (undo of an edit); tags are left to the caller. */
export function overwriteHighlight(db: Db, id: number, h: NewHighlight): boolean {
  const result = prepared(
    db,
    `UPDATE highlights SET document_id = @documentId, source_document_id = @sourceDocumentId, color = @color,
       comment = @comment, start_offset = @start, end_offset = @end, exact = @exact, prefix = @prefix,
       suffix = @suffix, status = @status, score = @score, previous_exact = @previousExact,
       created_at = @createdAt, updated_at = @updatedAt, locator = @locator, partial = @partial
     WHERE id = @id`,
  ).run({ id, ...params(h) });
  return result.changes > 0;
}

export function getHighlight(db: Db, id: number): HighlightRow | undefined {
  return prepared(db, `SELECT ${COLUMNS} ${FROM} WHERE h.id = ?`).get(id) as HighlightRow | undefined;
}

export function listHighlightsOfDocument(db: Db, documentId: number): HighlightRow[] {
  return prepared(db, `SELECT ${COLUMNS} ${FROM} WHERE h.document_id = ? ORDER BY ${READING_ORDER}`).all(documentId) as HighlightRow[];
}

/** Highlights carrying any of these tag ids (of one document, or across the library), in reading order. */
export function listHighlightsWithTags(db: Db, tagIds: readonly number[], options: { documentId?: number; limit: number }): HighlightRow[] {
  if (tagIds.length === 0) return [];
  return prepared(
    db,
    `SELECT ${COLUMNS} ${FROM}
     WHERE h.id IN (SELECT highlight_id FROM highlight_tags WHERE tag_id IN (SELECT value FROM json_each(@tagIds)))
       AND (@documentId IS NULL OR h.document_id = @documentId)
     ORDER BY ${READING_ORDER} LIMIT @limit`,
  ).all({ tagIds: JSON.stringify(tagIds), documentId: options.documentId ?? null, limit: options.limit }) as HighlightRow[];
}

export function listAllHighlights(db: Db, limit: number): HighlightRow[] {
  return prepared(db, `SELECT ${COLUMNS} ${FROM} ORDER BY ${READING_ORDER} LIMIT ?`).all(limit) as HighlightRow[];
}

/** Highlights in any of these states (e.g. fuzzy and orphaned: "needs attention"), optionally of one document. */
export function listHighlightsByStatus(db: Db, statuses: readonly HighlightStatus[], documentId?: number): HighlightRow[] {
  return prepared(
    db,
    `SELECT ${COLUMNS} ${FROM} WHERE h.status IN (SELECT value FROM json_each(?)) AND (? IS NULL OR h.document_id = ?)
     ORDER BY ${READING_ORDER}`,
  ).all(JSON.stringify(statuses), documentId ?? null, documentId ?? null) as HighlightRow[];
}

/** Every quote that came from a card or source item (still on it or attached elsewhere), with the card's own wording. */
export function quotesFromSource(db: Db, sourceDocumentId: number): { exact: string; previousExact: string | null }[] {
  return prepared(
    db,
    `SELECT exact, previous_exact AS previousExact FROM highlights WHERE source_document_id = @id
     UNION ALL SELECT exact, previous_exact FROM highlights WHERE document_id = @id AND source_document_id IS NOT @id`,
  ).all({ id: sourceDocumentId }) as { exact: string; previousExact: string | null }[];
}

/** The quotes of card passages still waiting for their article (light: no join). */
export function listPendingQuotes(db: Db): { id: number; exact: string }[] {
  return prepared(db, "SELECT id, exact FROM highlights WHERE status = 'pending'").all() as { id: number; exact: string }[];
}

export function updateHighlightStyle(db: Db, id: number, change: { color?: HighlightColor; comment?: string | null }, updatedAt: string): boolean {
  const result = prepared(
    db,
    `UPDATE highlights SET color = coalesce(@color, color),
       comment = CASE WHEN @setComment THEN @comment ELSE comment END, updated_at = @updatedAt
     WHERE id = @id`,
  ).run({ id, color: change.color ?? null, setComment: change.comment !== undefined ? 1 : 0, comment: change.comment ?? null, updatedAt });
  return result.changes > 0;
}

/** Moves a highlight (to another document, e.g. after a split or a card attaching) and re-anchors it. */
export function updateHighlightAnchor(db: Db, id: number, documentId: number, anchor: HighlightAnchor, updatedAt: string): boolean {
  const result = prepared(
    db,
    `UPDATE highlights SET document_id = @documentId, start_offset = @start, end_offset = @end, exact = @exact,
       prefix = @prefix, suffix = @suffix, status = @status, score = @score, previous_exact = @previousExact,
       updated_at = @updatedAt
     WHERE id = @id`,
  ).run({ id, documentId, ...anchorParams(anchor), updatedAt });
  return result.changes > 0;
}

export function deleteHighlight(db: Db, id: number): boolean {
  return prepared(db, 'DELETE FROM highlights WHERE id = ?').run(id).changes > 0;
}

export function countHighlightsOfDocument(db: Db, documentId: number): number {
  return (prepared(db, 'SELECT count(*) AS n FROM highlights WHERE document_id = ?').get(documentId) as { n: number }).n;
}

function anchorParams(a: HighlightAnchor) {
  return { start: a.start, end: a.end, exact: a.exact, prefix: a.prefix, suffix: a.suffix, status: a.status, score: a.score, previousExact: a.previousExact };
}

function params(h: NewHighlight) {
  return {
    documentId: h.documentId,
    sourceDocumentId: h.sourceDocumentId,
    color: h.color,
    comment: h.comment,
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
    locator: h.locator ?? null,
    partial: h.partial ? 1 : 0,
    ...anchorParams(h),
  };
}

/** Ids of the documents holding at least one highlight, ascending. */
export function documentIdsWithHighlights(db: Db): number[] {
  return (prepared(db, 'SELECT DISTINCT document_id AS id FROM highlights ORDER BY document_id').all() as { id: number }[]).map((r) => r.id);
}

/** What an exported highlight shows. */
export type HighlightExportRow = Pick<HighlightRow, 'id' | 'documentId' | 'color' | 'colorMeaning' | 'status' | 'comment' | 'exact' | 'locator' | 'partial'>;

/** The highlights of many articles in one query, each article's in reading order (as `listHighlightsOfDocument`). */
export function highlightsOfDocumentsForExport(db: Db, documentIds: readonly number[]): HighlightExportRow[] {
  if (documentIds.length === 0) return [];
  return prepared(
    db,
    `SELECT h.id, h.document_id AS documentId, h.color, c.meaning AS colorMeaning, h.status, h.comment, h.exact,
       h.locator, h.partial
     FROM highlights h JOIN color_meanings c ON c.color = h.color
     WHERE h.document_id IN (SELECT value FROM json_each(?))
     ORDER BY ${READING_ORDER}`,
  ).all(JSON.stringify(documentIds)) as HighlightExportRow[];
}

/** Many highlights' quotes and articles by id, as an export shows them (missing ids are absent). */
export function highlightQuotesForExport(db: Db, ids: readonly number[]): Pick<HighlightRow, 'id' | 'documentId' | 'exact'>[] {
  if (ids.length === 0) return [];
  return prepared(
    db,
    `SELECT h.id, h.document_id AS documentId, h.exact FROM highlights h JOIN color_meanings c ON c.color = h.color
     WHERE h.id IN (SELECT value FROM json_each(?)) ORDER BY h.id`,
  ).all(JSON.stringify(ids)) as Pick<HighlightRow, 'id' | 'documentId' | 'exact'>[];
}
