/**
 * Full-text queries over the FTS5 index. The search UI arrives later; this is the one place
 * that speaks FTS so the index can be tested and benchmarked now.
 */
import type { Db } from '../open';

export interface DocumentHit {
  id: number;
  title: string;
  snippet: string;
}

/** `match` is an FTS5 query expression; callers build it from user input (never raw). */
export function searchDocuments(db: Db, match: string, limit = 50): DocumentHit[] {
  return db
    .prepare(
      `SELECT d.id, d.title, snippet(documents_fts, 3, '[', ']', '…', 12) AS snippet
       FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
       WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts, 10.0, 2.0, 2.0, 1.0) LIMIT ?`,
    )
    .all(match, limit) as DocumentHit[];
}
