/**
 * One search over articles, highlights and notes: which queries to run for what was asked
 * (ranked text search, or newest-first past RANK_AT_MOST matches, or filters alone), their
 * counts, and the shown hits' details. The MATCH expression comes from the query parser
 * (main/library/search) and is bound like every filter value; the SQL is in search-sql.ts.
 */
import type { Db } from '../open';
import { prepared } from '../sql';
import { buildDetailQuery, buildFilteredDetailQuery, buildFilteredQuery, buildKindQuery, FTS, kindAllowed, TABLE } from './search-sql';
import type { HighlightColor } from './highlights';

export type SearchKind = 'article' | 'highlight' | 'note';
export const SEARCH_KINDS: readonly SearchKind[] = ['article', 'highlight', 'note'];

export interface SearchFilters {
  types: SearchKind[];
  /** Each must match (with the tags below it). */
  tags: string[];
  /** Any may match: the site name or the source URL's host (or a parent domain of it). */
  sites: string[];
  colors: HighlightColor[];
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
  /** Offsets in the article's plain text: a highlight's own, or an article's first match in its text. */
  start: number | null;
  end: number | null;
  color: string | null;
}

/** Sentinels around matched words in snippets (defined with the SQL that writes them). */
export { MARK_END, MARK_START } from './search-sql';

export interface SearchResult {
  hits: SearchHit[];
  counts: Record<SearchKind, number>;
  /** Kinds whose matches were too many to rank (more than RANK_AT_MOST): listed newest first. */
  newestFirst: SearchKind[];
}

/**
 * Ranking reads every match's statistics (about a microsecond each); past this many matches of
 * a kind (a word in nearly every highlight, a one-letter prefix) the hits are the newest instead,
 * which FTS5 streams and stops at the limit. The notice says so and suggests narrowing.
 */
export const RANK_AT_MOST = 5_000;

/**
 * Up to `limit` hits per kind asked for, best first within each kind, and how many of every
 * kind match in all (whether asked for or not).
 * `limit: 0` only counts (saved searches' badges).
 */
export function searchAll(db: Db, match: string | null, filters: SearchFilters, options: { types?: readonly SearchKind[]; limit: number }): SearchResult {
  const counts: Record<SearchKind, number> = { article: 0, highlight: 0, note: 0 };
  const hits: SearchHit[] = [];
  const newestFirst: SearchKind[] = [];
  const hasFilter = filters.tags.length + filters.sites.length + filters.colors.length + filters.types.length > 0 || filters.before !== null || filters.after !== null || filters.hasHighlights || filters.hasComment;
  if (match === null && !hasFilter) return { hits, counts, newestFirst };
  const narrowed = filters.tags.length + filters.sites.length + filters.colors.length > 0 || filters.before !== null || filters.after !== null || filters.hasHighlights || filters.hasComment;
  const addRanked = (kind: SearchKind, text: string, ranked: readonly { id: number; rank: number }[]) => {
    if (ranked.length === 0) return;
    const ids = ranked.map((r) => r.id);
    const details = new Map<number, Omit<SearchHit, 'kind' | 'rank'>>();
    const detailRows = prepared(db, buildDetailQuery(kind)).all(text, Math.min(...ids), Math.max(...ids), JSON.stringify(ids)) as Omit<SearchHit, 'kind' | 'rank'>[];
    for (const row of detailRows) details.set(row.id, row);
    for (const { id, rank } of ranked) {
      const detail = details.get(id);
      if (detail) hits.push({ kind, ...detail, rank });
    }
  };
  for (const kind of SEARCH_KINDS) {
    if (!kindAllowed(kind, filters)) continue;
    const listed = options.limit > 0 && (!options.types || options.types.includes(kind));
    if (match !== null && narrowed && listed) {
      // A filtered count joins or probes per match, costing as much as ranking them. When even the
      // unfiltered matches (counted from the index alone) are few enough to rank, one pass ranks and counts.
      const fts = FTS[kind];
      const bound = (prepared(db, `SELECT count(*) AS n FROM ${fts} WHERE ${fts} MATCH ?`).get(match) as { n: number }).n;
      if (bound <= RANK_AT_MOST) {
        const rows = buildKindQuery(kind, match, filters, options.limit, 'relevance', { counted: true });
        const ranked = prepared(db, rows.sql).all(...rows.params) as { id: number; rank: number; n: number }[];
        counts[kind] = ranked[0]?.n ?? 0;
        addRanked(kind, match, ranked);
        continue;
      }
    }
    // Every kind is counted (the view's kind tabs show all three); hits only for the kinds asked for.
    const count = buildKindQuery(kind, match, filters, null);
    counts[kind] = (prepared(db, count.sql).get(...count.params) as { n: number }).n;
    if (counts[kind] === 0 || !listed) continue;
    if (match === null) {
      // Walking newest first reads about limit × rows ÷ matches rows; gathering reads every match.
      const size = (prepared(db, `SELECT max(id) AS n FROM ${TABLE[kind]}`).get() as { n: number | null }).n ?? 0;
      // Dates follow ids closely: with `before:` the matches lie at the old end, so a walk passes
      // every non-match first and is only worth it when those are fewer.
      const walk = counts[kind] * counts[kind] >= options.limit * size && (filters.before === null || size - counts[kind] <= counts[kind]);
      const listed = buildFilteredQuery(kind, filters, options.limit, walk);
      const ids = (prepared(db, listed.sql).all(...listed.params) as { id: number }[]).map((r) => r.id);
      const rows = new Map<number, Omit<SearchHit, 'kind'>>();
      for (const row of prepared(db, buildFilteredDetailQuery(kind)).all(JSON.stringify(ids)) as Omit<SearchHit, 'kind'>[]) rows.set(row.id, row);
      for (const id of ids) {
        const row = rows.get(id);
        if (row) hits.push({ kind, ...row });
      }
      continue;
    }
    const tooMany = counts[kind] > RANK_AT_MOST;
    if (tooMany) newestFirst.push(kind);
    const rows = buildKindQuery(kind, match, filters, options.limit, tooMany ? 'newest' : 'relevance');
    if (tooMany) {
      for (const row of prepared(db, rows.sql).all(...rows.params) as Omit<SearchHit, 'kind'>[]) hits.push({ kind, ...row });
      continue;
    }
    addRanked(kind, match, prepared(db, rows.sql).all(...rows.params) as { id: number; rank: number }[]);
  }
  return { hits, counts, newestFirst };
}

/**
 * Where the first match of `match` lies in each article's plain text (the reader's coordinates:
 * blocks joined by a blank line), found by FTS5's own highlight() so it agrees with the
 * tokenizer exactly (accents, apostrophes, prefixes, phrases). Only the text before the first
 * mark and the marked words cross into JS, and only for the given articles (the hits shown).
 * Articles matched only by title, byline or site are left out.
 */
export function articleMatchOffsets(db: Db, match: string, ids: readonly number[]): Map<number, { start: number; end: number }> {
  const offsets = new Map<number, { start: number; end: number }>();
  if (ids.length === 0) return offsets;
  const rows = prepared(
    db,
    `WITH marked AS (
         SELECT rowid AS id, highlight(documents_fts, 3, char(2), char(3)) AS h FROM documents_fts
         WHERE documents_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (SELECT value FROM json_each(?))
       ), at AS (SELECT id, h, instr(h, char(2)) AS open FROM marked)
       SELECT id, substr(h, 1, open - 1) AS before, substr(h, open + 1, instr(substr(h, open + 1), char(3)) - 1) AS words
       FROM at WHERE open > 0`,
  ).all(match, Math.min(...ids), Math.max(...ids), JSON.stringify(ids)) as { id: number; before: string; words: string }[];
  for (const { id, before, words } of rows) offsets.set(id, { start: before.length, end: before.length + words.length });
  return offsets;
}
