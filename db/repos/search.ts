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

/** How many documents hold each of these index terms (terms in no document are absent). */
export function documentFrequencies(db: Db, terms: readonly string[]): Map<string, number> {
  const lookup = db.prepare('SELECT doc FROM documents_vocab WHERE term = ?');
  const counts = new Map<string, number>();
  for (const term of terms) {
    const row = lookup.get(term) as { doc: number } | undefined;
    if (row && row.doc > 0) counts.set(term, row.doc);
  }
  return counts;
}

/**
 * Articles (not cards) whose text holds any of these index terms, best first: bm25 weighs rare
 * terms most, so the article sharing a passage's rarest words comes out on top.
 */
export function articlesWithAnyTerm(db: Db, terms: readonly string[], limit: number): number[] {
  if (terms.length === 0) return [];
  // Terms are single index tokens (letters and digits), quoted so none is read as an operator.
  const match = `plain_text : (${terms.map((t) => `"${t.replaceAll('"', '""')}"`).join(' OR ')})`;
  return (
    db
      .prepare(
        `SELECT d.id FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
         WHERE documents_fts MATCH ? AND d.kind = 'article' ORDER BY bm25(documents_fts) LIMIT ?`,
      )
      .all(match, limit) as { id: number }[]
  ).map((r) => r.id);
}
