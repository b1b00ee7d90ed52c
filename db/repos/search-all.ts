/**
 * One search over articles, highlights and notes. The MATCH expression is built by the query
 * parser (main/library/search) and bound like every filter value; only fixed SQL fragments are
 * put together here. Ranked by bm25 with titles weighted above bodies.
 */
import type { Db } from '../open';
import { childRange, escapeLike } from '../sql';

export type SearchKind = 'article' | 'highlight' | 'note';
export const SEARCH_KINDS: readonly SearchKind[] = ['article', 'highlight', 'note'];

export interface SearchFilters {
  types: SearchKind[];
  /** Each must match (with the tags below it). */
  tags: string[];
  /** Any may match: the site name or the source URL's host (or a parent domain of it). */
  sites: string[];
  colors: ('yellow' | 'green' | 'blue' | 'pink' | 'purple')[];
  /** ISO dates: `before` excludes the day itself, `after` includes it. */
  before: string | null;
  after: string | null;
  hasHighlights: boolean;
  hasComment: boolean;
}

export interface SearchHit {
  kind: SearchKind;
  id: number;
  /** The article a highlight belongs to. */
  documentId: number | null;
  title: string;
  /** Matched words between MARK_START and MARK_END (no HTML). */
  snippet: string;
  /** bm25: lower is better; 0 when only filters were given. */
  rank: number;
  /** A highlight's offsets in its article's plain text. */
  start: number | null;
  end: number | null;
  color: string | null;
}

/** Sentinels around matched words in snippets: control characters no imported text keeps. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

interface Built {
  sql: string;
  params: unknown[];
}

/** Which filters rule a kind out entirely (e.g. `color:` only applies to highlights). */
export function kindAllowed(kind: SearchKind, f: SearchFilters): boolean {
  if (f.types.length > 0 && !f.types.includes(kind)) return false;
  if ((f.colors.length > 0 || f.hasComment) && kind !== 'highlight') return false;
  if (f.hasHighlights && kind !== 'article') return false;
  if (f.sites.length > 0 && kind === 'note') return false;
  return true;
}

/**
 * `owner` is a fixed column expression (never user text); the tag and its child range are bound.
 * An IN list (not a correlated EXISTS) so SQLite builds it once from the tag index and probes it:
 * cheap both when the FTS match leads and when the tag is the only filter.
 */
function tagClause(table: string, column: string, owner: string, tag: string, params: unknown[]): string {
  const [below, after] = childRange(tag);
  params.push(tag, below, after);
  return `${owner} IN (SELECT x.${column} FROM tags t JOIN ${table} x ON x.tag_id = t.id WHERE t.name = ? OR (t.name >= ? AND t.name < ?))`;
}

function siteClause(doc: string, sites: readonly string[], params: unknown[]): string {
  const any = sites.map((site) => {
    const host = site.replace(/^www\./, '');
    const like = escapeLike(host);
    // Sites are often stored by name ("Dawn"): `dawn.com` also matches the name its domain starts with.
    const name = host.includes('.') ? host.slice(0, host.indexOf('.')) : host;
    params.push(host, name, `%://${like}/%`, `%://${like}`, `%.${like}/%`, `%.${like}`);
    return `(${doc}.site COLLATE NOCASE IN (?, ?) OR ${doc}.source_url LIKE ? ESCAPE '\\' OR ${doc}.source_url LIKE ? ESCAPE '\\'
      OR ${doc}.source_url LIKE ? ESCAPE '\\' OR ${doc}.source_url LIKE ? ESCAPE '\\')`;
  });
  return `(${any.join(' OR ')})`;
}

function dateClauses(column: string, f: SearchFilters, where: string[], params: unknown[]): void {
  if (f.before !== null) {
    where.push(`substr(${column}, 1, 10) < ?`);
    params.push(f.before);
  }
  if (f.after !== null) {
    where.push(`substr(${column}, 1, 10) >= ?`);
    params.push(f.after);
  }
}

const snip = (table: string, column: number) => `snippet(${table}, ${column}, '${MARK_START}', '${MARK_END}', '…', 16)`;

export function buildKindQuery(kind: SearchKind, match: string | null, f: SearchFilters, limit: number | null): Built {
  const where: string[] = [];
  const params: unknown[] = [];
  let select: string;
  let from: string;
  let order: string;
  if (kind === 'article') {
    select = `d.id, NULL AS documentId, d.title, ${match ? snip('documents_fts', -1) : 'substr(d.plain_text, 1, 160)'} AS snippet,
      ${match ? 'bm25(documents_fts, 10.0, 2.0, 2.0, 1.0)' : '0'} AS rank, NULL AS start, NULL AS "end", NULL AS color`;
    from = match ? 'documents_fts JOIN documents d ON d.id = documents_fts.rowid' : 'documents d';
    for (const tag of f.tags) where.push(tagClause('document_tags', 'document_id', 'd.id', tag, params));
    if (f.sites.length > 0) where.push(siteClause('d', f.sites, params));
    dateClauses('coalesce(d.published_at, d.imported_at)', f, where, params);
    if (f.hasHighlights) where.push('EXISTS (SELECT 1 FROM highlights h WHERE h.document_id = d.id)');
    order = match ? 'rank, d.id' : 'd.imported_at DESC, d.id DESC';
  } else if (kind === 'highlight') {
    select = `h.id, h.document_id AS documentId, d.title, ${match ? snip('highlights_fts', -1) : 'substr(h.exact, 1, 160)'} AS snippet,
      ${match ? 'bm25(highlights_fts, 4.0, 1.0)' : '0'} AS rank, h.start_offset AS start, h.end_offset AS "end", h.color`;
    from = `${match ? 'highlights_fts JOIN highlights h ON h.id = highlights_fts.rowid' : 'highlights h'} JOIN documents d ON d.id = h.document_id`;
    // A highlight carries its own tags and, for filtering, its article's.
    for (const tag of f.tags) {
      const own = tagClause('highlight_tags', 'highlight_id', 'h.id', tag, params);
      const doc = tagClause('document_tags', 'document_id', 'h.document_id', tag, params);
      where.push(`(${own} OR ${doc})`);
    }
    if (f.sites.length > 0) where.push(siteClause('d', f.sites, params));
    if (f.colors.length > 0) {
      where.push(`h.color IN (${f.colors.map(() => '?').join(', ')})`);
      params.push(...f.colors);
    }
    if (f.hasComment) where.push('h.comment IS NOT NULL');
    dateClauses('h.created_at', f, where, params);
    order = match ? 'rank, h.id' : 'h.id DESC';
  } else {
    select = `n.id, NULL AS documentId, n.title, ${match ? snip('notes_fts', -1) : 'n.excerpt'} AS snippet,
      ${match ? 'bm25(notes_fts, 10.0, 1.0)' : '0'} AS rank, NULL AS start, NULL AS "end", NULL AS color`;
    from = match ? 'notes_fts JOIN notes n ON n.id = notes_fts.rowid' : 'notes n';
    where.push('n.deleted_at IS NULL');
    for (const tag of f.tags) where.push(tagClause('note_tags', 'note_id', 'n.id', tag, params));
    dateClauses('n.updated_at', f, where, params);
    order = match ? 'rank, n.id' : 'n.updated_at DESC, n.id DESC';
  }
  const cleaned = [...params];
  if (match) {
    where.unshift(`${kind === 'article' ? 'documents_fts' : kind === 'highlight' ? 'highlights_fts' : 'notes_fts'} MATCH ?`);
    cleaned.unshift(match);
  }
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const sql = limit === null ? `SELECT count(*) AS n FROM ${from} ${whereSql}` : `SELECT ${select} FROM ${from} ${whereSql} ORDER BY ${order} LIMIT ?`;
  if (limit !== null) cleaned.push(limit);
  return { sql, params: cleaned };
}

export interface SearchResult {
  hits: SearchHit[];
  counts: Record<SearchKind, number>;
}

/** Up to `limit` hits per kind asked for, best first within each kind, and how many match in all. */
export function searchAll(db: Db, match: string | null, filters: SearchFilters, options: { types?: readonly SearchKind[]; limit: number }): SearchResult {
  const counts: Record<SearchKind, number> = { article: 0, highlight: 0, note: 0 };
  const hits: SearchHit[] = [];
  const hasFilter = filters.tags.length + filters.sites.length + filters.colors.length + filters.types.length > 0 || filters.before !== null || filters.after !== null || filters.hasHighlights || filters.hasComment;
  if (match === null && !hasFilter) return { hits, counts };
  for (const kind of SEARCH_KINDS) {
    if (!kindAllowed(kind, filters) || (options.types && !options.types.includes(kind))) continue;
    const count = buildKindQuery(kind, match, filters, null);
    counts[kind] = (db.prepare(count.sql).get(...count.params) as { n: number }).n;
    if (counts[kind] === 0) continue;
    const rows = buildKindQuery(kind, match, filters, options.limit);
    for (const row of db.prepare(rows.sql).all(...rows.params) as Omit<SearchHit, 'kind'>[]) hits.push({ kind, ...row });
  }
  return { hits, counts };
}
