/**
 * Full-text queries over the FTS5 index. The search UI arrives later; this is the one place
 * that speaks FTS so the index can be tested and benchmarked now.
 */
import type { Db } from '../open';
import { escapeLike, ftsPhrase, ftsPrefixQuery, prepared } from '../sql';

export interface DocumentHit {
  id: number;
  title: string;
  snippet: string;
}

/** `match` is an FTS5 query expression; callers build it from user input (never raw). */
export function searchDocuments(db: Db, match: string, limit = 50): DocumentHit[] {
  return prepared(
    db,
    `SELECT d.id, d.title, snippet(documents_fts, 3, '[', ']', '…', 12) AS snippet
     FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
     WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts, 10.0, 2.0, 2.0, 1.0) LIMIT ?`,
  ).all(match, limit) as DocumentHit[];
}

/** How many documents hold each of these index terms (terms in no document are absent). */
export function documentFrequencies(db: Db, terms: readonly string[]): Map<string, number> {
  const lookup = prepared(db, 'SELECT doc FROM documents_vocab WHERE term = ?');
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
    prepared(
      db,
      `SELECT d.id FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
       WHERE documents_fts MATCH ? AND d.kind = 'article' ORDER BY bm25(documents_fts) LIMIT ?`,
    ).all(match, limit) as { id: number }[]
  ).map((r) => r.id);
}

export interface NoteTitleHit {
  id: number;
  title: string;
  excerpt: string;
  updatedAt: string;
}

/**
 * Note titles for `[[` autocomplete, best first: the exact title, then titles starting with the
 * query, then titles holding every typed word as a word prefix (`war col` finds “Cold War”,
 * accents ignored; those holding the query as typed first), then titles or aliases holding the
 * text anywhere; shorter titles first within each. An empty query lists the most recently
 * changed notes. Trashed notes are never offered.
 */
export function searchNoteTitles(db: Db, options: { query: string; limit: number; excludeId?: number }): NoteTitleHit[] {
  const query = options.query.trim();
  const base = { exclude: options.excludeId ?? null, limit: options.limit };
  if (query === '') {
    return prepared(
      db,
      `SELECT id, title, excerpt, updated_at AS updatedAt FROM notes
       WHERE deleted_at IS NULL AND id IS NOT @exclude ORDER BY updated_at DESC, id DESC LIMIT @limit`,
    ).all(base) as NoteTitleHit[];
  }
  const match = ftsPrefixQuery(query);
  const like = escapeLike(query);
  // The index's hits are materialised once and then probed per note (a join would rerun the
  // MATCH for every row); titles and aliases holding the text anywhere come from a scan.
  const hits = match === null ? 'SELECT NULL WHERE 0' : 'SELECT rowid FROM notes_fts WHERE notes_fts MATCH @match';
  return prepared(
    db,
    `WITH hits(id) AS MATERIALIZED (${hits})
     SELECT n.id, n.title, n.excerpt, n.updated_at AS updatedAt FROM notes n
     WHERE n.deleted_at IS NULL AND n.id IS NOT @exclude
       AND (n.id IN hits OR n.title LIKE @contains ESCAPE '\\'
            OR EXISTS (SELECT 1 FROM json_each(n.aliases) a WHERE a.value LIKE @contains ESCAPE '\\'))
     ORDER BY CASE WHEN n.title = @query COLLATE NOCASE THEN 0 WHEN n.title LIKE @starts ESCAPE '\\' THEN 1
                   WHEN n.id IN hits AND n.title LIKE @contains ESCAPE '\\' THEN 2 WHEN n.id IN hits THEN 3 ELSE 4 END,
              length(n.title), n.updated_at DESC, n.id DESC
     LIMIT @limit`,
  ).all({ ...base, query, starts: `${like}%`, contains: `%${like}%`, ...(match === null ? {} : { match: `title : (${match})` }) }) as NoteTitleHit[];
}

/**
 * Live notes whose plain text holds any of these phrases (words in order, case and accents
 * ignored), other than `targetId` itself and notes already linking to it, most recent first.
 * Candidates only: the caller confirms each mention in the note's JSON.
 */
export function notesMentioning(db: Db, phrases: readonly string[], targetId: number, limit: number): number[] {
  const quoted = phrases.map(ftsPhrase).filter((q): q is string => q !== null);
  if (quoted.length === 0) return [];
  return (
    prepared(
      db,
      `SELECT n.id FROM notes_fts f JOIN notes n ON n.id = f.rowid
       WHERE notes_fts MATCH @match AND n.deleted_at IS NULL AND n.id <> @target
         AND NOT EXISTS (SELECT 1 FROM note_links l WHERE l.source_note_id = n.id AND l.target_kind = 'note' AND l.target_id = @target)
       ORDER BY n.updated_at DESC, n.id DESC LIMIT @limit`,
    ).all({ match: `plain_text : (${quoted.join(' OR ')})`, target: targetId, limit }) as { id: number }[]
  ).map((r) => r.id);
}

/**
 * Highlights for the editor's `((`: quotes (and comments, weighted less) holding every typed word
 * as a prefix, best first; an empty query gives the most recent highlights.
 */
export function searchHighlightIds(db: Db, query: string, limit: number): number[] {
  const match = ftsPrefixQuery(query);
  if (query.trim() === '' || match === null) {
    return (prepared(db, 'SELECT id FROM highlights ORDER BY id DESC LIMIT ?').all(limit) as { id: number }[]).map((r) => r.id);
  }
  return (
    prepared(db, 'SELECT rowid AS id FROM highlights_fts WHERE highlights_fts MATCH ? ORDER BY bm25(highlights_fts, 4.0, 1.0) LIMIT ?')
      .all(match, limit) as { id: number }[]
  ).map((r) => r.id);
}
