/**
 * The documents aggregate. List queries leave the heavy columns (blocks, plain text) out.
 * Blocks travel as JSON text: db/ knows nothing of the article model's types.
 */
import type { Db } from '../open';
import { childRange, prepared, titleWhere } from '../sql';

/** As DOCUMENT_KINDS in main/contract/constants.ts (db/ may not import main/). 'card': a highlight card, whose own text is only a summary of an article held elsewhere. */
export type DocumentKind = 'article' | 'card';

export interface NewDocument {
  title: string;
  byline: string | null;
  site: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  summary: string | null;
  importedAt: string;
  format: 'text' | 'markdown' | 'html';
  originalName: string;
  contentHash: string;
  blocksJson: string;
  plainText: string;
  wordCount: number;
  /** Defaults to 'article'. */
  kind?: DocumentKind;
}

export interface DocumentSummaryRow {
  id: number;
  title: string;
  site: string | null;
  byline: string | null;
  publishedAt: string | null;
  importedAt: string;
  wordCount: number;
  format: 'text' | 'markdown' | 'html';
  kind: DocumentKind;
}

export interface DocumentRow extends DocumentSummaryRow {
  summary: string | null;
  sourceUrl: string | null;
  originalName: string;
  contentHash: string;
  blocksJson: string;
  plainText: string;
}

export type DocumentSort = 'title' | 'site' | 'publishedAt' | 'wordCount' | 'importedAt';

const SUMMARY_COLUMNS = `id, title, site, byline, published_at AS publishedAt, imported_at AS importedAt,
  word_count AS wordCount, format, kind`;

// Each sort matches an index (see 0001-documents); id breaks ties so the order is stable.
const ORDER_BY: Record<DocumentSort, string> = {
  title: 'title COLLATE NOCASE',
  site: 'site COLLATE NOCASE',
  publishedAt: 'published_at',
  wordCount: 'word_count',
  importedAt: 'imported_at',
};

export function insertDocument(db: Db, doc: NewDocument): number {
  const result = prepared(
    db,
    `INSERT INTO documents (title, byline, site, source_url, published_at, summary, imported_at, format,
       original_name, content_hash, blocks, plain_text, word_count, kind)
     VALUES (@title, @byline, @site, @sourceUrl, @publishedAt, @summary, @importedAt, @format,
       @originalName, @contentHash, @blocksJson, @plainText, @wordCount, @kind)`,
  ).run({ ...doc, kind: doc.kind ?? 'article' });
  return Number(result.lastInsertRowid);
}

/**
 * A source item of a highlight export already in the library: a card read from a file as text,
 * with this title and byline. The oldest, when several.
 */
export function findSourceItem(db: Db, title: string, byline: string | null): { id: number; title: string } | undefined {
  return prepared(
    db,
    `SELECT id, title FROM documents WHERE kind = 'card' AND format = 'text' AND title = ? AND byline IS ? ORDER BY id LIMIT 1`,
  ).get(title, byline) as { id: number; title: string } | undefined;
}

export function findDocumentByHash(db: Db, contentHash: string): { id: number; title: string } | undefined {
  return prepared(db, 'SELECT id, title FROM documents WHERE content_hash = ?').get(contentHash) as
    | { id: number; title: string }
    | undefined;
}

export interface DocumentFilter {
  /** Documents tagged with this tag or any tag below it (`region` includes `region/pakistan`). */
  tag?: string;
  /** true: only documents with at least one highlight; false: only those with none. */
  hasHighlights?: boolean;
}

/** The WHERE clause of a filter: only fixed fragments are spliced in; the tag itself is bound. */
function filterSql(filter: DocumentFilter): { where: string; params: Record<string, string> } {
  const where: string[] = [];
  const params: Record<string, string> = {};
  if (filter.tag !== undefined) {
    // EXISTS (not `id IN (…)`) keeps the scan on the covering sort index: looking rows up by id
    // would read each article's large blocks and text (see 0005-list-indexes).
    where.push(`EXISTS (SELECT 1 FROM document_tags dt JOIN tags t ON t.id = dt.tag_id
      WHERE dt.document_id = documents.id AND (t.name = @tag OR (t.name >= @below AND t.name < @after)))`);
    [params.below, params.after] = childRange(filter.tag);
    params.tag = filter.tag;
  }
  if (filter.hasHighlights !== undefined) {
    where.push(`${filter.hasHighlights ? '' : 'NOT '}EXISTS (SELECT 1 FROM highlights h WHERE h.document_id = documents.id)`);
  }
  return { where: where.length > 0 ? `WHERE ${where.join(' AND ')}` : '', params };
}

/** A page of the list: rows `offset` to `offset + limit - 1` of the whole list in its order. */
export interface DocumentPage {
  offset: number;
  limit: number;
}

/**
 * The library list in the chosen order, filtered; the whole list, or one page of it. The order
 * is total (id breaks ties, in the same direction), so consecutive pages of an unchanged library
 * hold every row once. Pages are LIMIT/OFFSET over the covering sort index: skipping rows reads
 * only index entries, never the articles' large columns.
 */
/** The list's order: each sort matches an index; missing values (no site, no date) sort last in either direction. */
function orderSql(options: { sort: DocumentSort; direction: 'asc' | 'desc' }): string {
  const dir = options.direction === 'asc' ? 'ASC' : 'DESC';
  const column = ORDER_BY[options.sort];
  const nullsLast = options.sort === 'site' || options.sort === 'publishedAt' ? `${column.split(' ')[0]} IS NULL, ` : '';
  return `ORDER BY ${nullsLast}${column} ${dir}, id ${dir}`;
}

/** A printed list's row: id, published, site, words, title. */
export type DocumentListCells = [id: number, publishedAt: string | null, site: string | null, wordCount: number, title: string];

/**
 * The whole list as rows of the five columns `commonplace list` prints, as arrays: a command that
 * prints ten thousand rows and exits pays for every object and string it makes (about half the
 * time of the nine-column objects `listDocuments` gives).
 */
export function listDocumentCells(db: Db, options: { sort: DocumentSort; direction: 'asc' | 'desc' }): DocumentListCells[] {
  return prepared(db, `SELECT id, published_at, site, word_count, title FROM documents ${orderSql(options)}`).raw().all() as DocumentListCells[];
}

export function listDocuments(
  db: Db,
  options: { sort: DocumentSort; direction: 'asc' | 'desc' } & DocumentFilter & { page?: DocumentPage },
): DocumentSummaryRow[] {
  const { where, params } = filterSql(options);
  const sql = `SELECT ${SUMMARY_COLUMNS} FROM documents ${where} ${orderSql(options)}`;
  if (!options.page) return prepared(db, sql).all(params) as DocumentSummaryRow[];
  return prepared(db, `${sql} LIMIT @limit OFFSET @offset`).all({ ...params, limit: options.page.limit, offset: options.page.offset }) as DocumentSummaryRow[];
}

/**
 * One page of the list and the whole list's length, read in one transaction so both describe
 * the same library (another process, such as the CLI, may write between two statements).
 */
export function listDocumentsPage(
  db: Db,
  options: { sort: DocumentSort; direction: 'asc' | 'desc' } & DocumentFilter & { page: DocumentPage },
): { rows: DocumentSummaryRow[]; total: number } {
  return db.transaction(() => ({ rows: listDocuments(db, options), total: countDocumentsWhere(db, options) }))();
}

/** How many documents pass the filter (the whole list's length, whatever page is shown). */
export function countDocumentsWhere(db: Db, filter: DocumentFilter): number {
  const { where, params } = filterSql(filter);
  return (prepared(db, `SELECT count(*) AS n FROM documents ${where}`).get(params) as { n: number }).n;
}

export function getDocumentSummary(db: Db, id: number): DocumentSummaryRow | undefined {
  return prepared(db, `SELECT ${SUMMARY_COLUMNS} FROM documents WHERE id = ?`).get(id) as DocumentSummaryRow | undefined;
}

export function getDocument(db: Db, id: number): DocumentRow | undefined {
  return prepared(
    db,
    `SELECT ${SUMMARY_COLUMNS}, summary, source_url AS sourceUrl, original_name AS originalName,
       content_hash AS contentHash, blocks AS blocksJson, plain_text AS plainText
     FROM documents WHERE id = ?`,
  ).get(id) as DocumentRow | undefined;
}

/** Replaces a document's text (the FTS index follows by trigger); its highlights must then be re-anchored. */
export function updateDocumentText(db: Db, id: number, text: { blocksJson: string; plainText: string; wordCount: number }): boolean {
  return (
    prepared(db, 'UPDATE documents SET blocks = @blocksJson, plain_text = @plainText, word_count = @wordCount WHERE id = @id')
      .run({ id, ...text }).changes > 0
  );
}

export function getDocumentText(db: Db, id: number): { title: string; plainText: string; kind: DocumentKind } | undefined {
  return prepared(db, 'SELECT title, plain_text AS plainText, kind FROM documents WHERE id = ?').get(id) as
    | { title: string; plainText: string; kind: DocumentKind }
    | undefined;
}

export function deleteDocument(db: Db, id: number): boolean {
  return prepared(db, 'DELETE FROM documents WHERE id = ?').run(id).changes > 0;
}

export function countDocuments(db: Db): number {
  return (prepared(db, 'SELECT count(*) AS n FROM documents').get() as { n: number }).n;
}

/** Every document id, ascending. */
export function allDocumentIds(db: Db): number[] {
  return (prepared(db, 'SELECT id FROM documents ORDER BY id').all() as { id: number }[]).map((r) => r.id);
}

/** A document's title and content hash after its text was parsed anew (re-run cleanup, joined articles). */
export function updateDocumentTitleAndHash(db: Db, id: number, change: { title: string; contentHash: string }): boolean {
  return prepared(db, 'UPDATE documents SET title = @title, content_hash = @contentHash WHERE id = @id').run({ id, ...change }).changes > 0;
}

/** What an exported article file says of the article itself (no text; see `documentBlocksJson`). */
export type DocumentExportRow = Pick<DocumentRow, 'id' | 'title' | 'sourceUrl' | 'site' | 'byline' | 'publishedAt' | 'importedAt'>;

/** Many articles' exported fields in one query, in id order (missing ids are absent). */
export function documentsForExport(db: Db, ids: readonly number[]): DocumentExportRow[] {
  if (ids.length === 0) return [];
  return prepared(
    db,
    `SELECT id, title, source_url AS sourceUrl, site, byline, published_at AS publishedAt, imported_at AS importedAt
     FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
  ).all(JSON.stringify(ids)) as DocumentExportRow[];
}

/** One article's blocks as JSON text (the largest column by far: read only when needed), or undefined. */
export function documentBlocksJson(db: Db, id: number): string | undefined {
  return (prepared(db, 'SELECT blocks AS blocksJson FROM documents WHERE id = ?').get(id) as { blocksJson: string } | undefined)?.blocksJson;
}

/**
 * The articles a folder export holds by default (with highlights, or referred to by a live note:
 * as documentIdsWithHighlights and documentIdsLinkedFromLiveNotes) up to id `upTo` whose title
 * passes `test` (run inside SQLite over the titles only; see titleWhere), in id order.
 */
export function exportedDocumentTitlesWhere(db: Db, test: (title: string) => boolean, upTo = Number.MAX_SAFE_INTEGER): { id: number; title: string }[] {
  return titleWhere(
    db,
    test,
    () =>
      prepared(
        db,
        `SELECT d.id, d.title FROM documents d
         WHERE d.id <= ? AND commonplace_title_test(d.title)
           AND (EXISTS (SELECT 1 FROM highlights h WHERE h.document_id = d.id)
             OR EXISTS (SELECT 1 FROM note_links l JOIN notes n ON n.id = l.source_note_id
                        WHERE l.target_kind = 'document' AND l.target_id = d.id AND n.deleted_at IS NULL))
         ORDER BY d.id`,
      ).all(upTo) as { id: number; title: string }[],
  );
}
