/**
 * The documents aggregate. List queries leave the heavy columns (blocks, plain text) out.
 * Blocks travel as JSON text: db/ knows nothing of the article model's types.
 */
import type { Db } from '../open';

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
  word_count AS wordCount, format`;

// Each sort matches an index (see 0001-documents); id breaks ties so the order is stable.
const ORDER_BY: Record<DocumentSort, string> = {
  title: 'title COLLATE NOCASE',
  site: 'site COLLATE NOCASE',
  publishedAt: 'published_at',
  wordCount: 'word_count',
  importedAt: 'imported_at',
};

export function insertDocument(db: Db, doc: NewDocument): number {
  const result = db
    .prepare(
      `INSERT INTO documents (title, byline, site, source_url, published_at, summary, imported_at, format,
         original_name, content_hash, blocks, plain_text, word_count)
       VALUES (@title, @byline, @site, @sourceUrl, @publishedAt, @summary, @importedAt, @format,
         @originalName, @contentHash, @blocksJson, @plainText, @wordCount)`,
    )
    .run(doc);
  return Number(result.lastInsertRowid);
}

export function findDocumentByHash(db: Db, contentHash: string): { id: number; title: string } | undefined {
  return db.prepare('SELECT id, title FROM documents WHERE content_hash = ?').get(contentHash) as
    | { id: number; title: string }
    | undefined;
}

export function listDocuments(
  db: Db,
  options: { sort: DocumentSort; direction: 'asc' | 'desc' },
): DocumentSummaryRow[] {
  const dir = options.direction === 'asc' ? 'ASC' : 'DESC';
  // Missing values (no site, no date) sort last in either direction.
  const column = ORDER_BY[options.sort];
  const nullsLast = options.sort === 'site' || options.sort === 'publishedAt' ? `${column.split(' ')[0]} IS NULL, ` : '';
  return db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM documents ORDER BY ${nullsLast}${column} ${dir}, id ${dir}`)
    .all() as DocumentSummaryRow[];
}

export function getDocument(db: Db, id: number): DocumentRow | undefined {
  return db
    .prepare(
      `SELECT ${SUMMARY_COLUMNS}, summary, source_url AS sourceUrl, original_name AS originalName,
         content_hash AS contentHash, blocks AS blocksJson, plain_text AS plainText
       FROM documents WHERE id = ?`,
    )
    .get(id) as DocumentRow | undefined;
}

export function deleteDocument(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM documents WHERE id = ?').run(id).changes > 0;
}

export function countDocuments(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
}
