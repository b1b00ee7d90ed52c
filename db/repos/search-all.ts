/**
 * One search over articles, highlights and notes. The MATCH expression is built by the query
 * parser (main/library/search) and bound like every filter value; only fixed SQL fragments are
 * put together here. Ranked by bm25 with titles weighted above bodies.
 */
import type { Statement } from 'better-sqlite3';
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
  /** Offsets in the article's plain text: a highlight's own, or an article's first match in its text. */
  start: number | null;
  end: number | null;
  color: string | null;
}

/** Sentinels around matched words in snippets: control characters no imported text keeps. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

const statements = new WeakMap<Db, Map<string, Statement>>();
const STATEMENTS_KEPT = 100;

/**
 * A statement compiled once per connection and SQL text: compiling costs about as much as
 * running most of a search's dozen statements, and every keystroke asks the same shapes again.
 * The least recently used go past STATEMENTS_KEPT (filters make many shapes).
 */
export function prepared(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (statement) cache.delete(sql);
  else statement = db.prepare(sql);
  cache.set(sql, statement);
  if (cache.size > STATEMENTS_KEPT) cache.delete(cache.keys().next().value!);
  return statement;
}

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

/** The ids in `table` tagged with `tag` or a tag below it; the tag and its child range are bound. */
function taggedIds(table: string, column: string, tag: string, params: unknown[]): string {
  const [below, after] = childRange(tag);
  params.push(tag, below, after);
  return `SELECT x.${column} FROM tags t JOIN ${table} x ON x.tag_id = t.id WHERE t.name = ? OR (t.name >= ? AND t.name < ?)`;
}

/**
 * `owner` is a fixed column expression (never user text).
 * An IN list (not a correlated EXISTS) so SQLite builds it once from the tag index and probes it:
 * cheap both when the FTS match leads and when the tag is the only filter.
 */
function tagClause(table: string, column: string, owner: string, tag: string, params: unknown[]): string {
  return `${owner} IN (${taggedIds(table, column, tag, params)})`;
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

/**
 * For a ten-character date D, `substr(x, 1, 10) < D` holds exactly when `x < D` (a longer x with
 * D as its prefix sorts after D), so the bare column is compared: a range an index can seek.
 */
function dateClauses(column: string, f: SearchFilters, where: string[], params: unknown[]): void {
  const at = (date: string) => (date.length === 10 ? column : `substr(${column}, 1, 10)`);
  if (f.before !== null) {
    where.push(`${at(f.before)} < ?`);
    params.push(f.before);
  }
  if (f.after !== null) {
    where.push(`${at(f.after)} >= ?`);
    params.push(f.after);
  }
}

const snip = (table: string) => `snippet(${table}, -1, '${MARK_START}', '${MARK_END}', '…', 16)`;

const FTS: Record<SearchKind, string> = { article: 'documents_fts', highlight: 'highlights_fts', note: 'notes_fts' };
const RANK: Record<SearchKind, string> = {
  article: 'bm25(documents_fts, 10.0, 2.0, 2.0, 1.0)',
  highlight: 'bm25(highlights_fts, 4.0, 1.0)',
  note: 'bm25(notes_fts, 10.0, 1.0)',
};

/**
 * The filtering part of a kind's query: FROM (joining a table only when a filter reads it)
 * and WHERE. With words, rows come from the FTS index and its rowid stands for the row's id,
 * so counting and ranking touch no table rows unless a filter needs them (a join per match
 * costs more than the whole FTS5 lookup for a common word). The rowid is written `+rowid`:
 * a bare `rowid IN (tagged ids)` is handed to FTS5, which then runs the MATCH once per tagged
 * row (seconds for a big tag); as an expression it is a cheap probe of the tag list instead.
 */
function filtered(kind: SearchKind, match: string | null, f: SearchFilters, withRows = false, tags: readonly string[] = f.tags): { from: string; where: string[]; params: unknown[]; id: string } {
  const where: string[] = [];
  const params: unknown[] = [];
  const fts = FTS[kind];
  let from: string;
  let id: string;
  if (kind === 'article') {
    id = match ? `+${fts}.rowid` : 'd.id';
    const needsRow = !match || withRows || f.sites.length > 0 || f.before !== null || f.after !== null;
    from = match ? (needsRow ? `${fts} JOIN documents d ON d.id = ${fts}.rowid` : fts) : 'documents d';
    for (const tag of tags) where.push(tagClause('document_tags', 'document_id', id, tag, params));
    // Without words, the site's articles are listed once from documents_by_source (it holds the
    // URL, which the sort indexes do not): read in the row, every article walked or tagged was read.
    if (f.sites.length > 0 && !match) where.push(`d.id IN (SELECT s.id FROM documents s INDEXED BY documents_by_source WHERE ${siteClause('s', f.sites, params)})`);
    else if (f.sites.length > 0) where.push(siteClause('d', f.sites, params));
    dateClauses('coalesce(d.published_at, d.imported_at)', f, where, params);
    if (f.hasHighlights) where.push(`EXISTS (SELECT 1 FROM highlights h WHERE h.document_id = ${id})`);
  } else if (kind === 'highlight') {
    id = match ? `+${fts}.rowid` : 'h.id';
    // Without words, a site is a list of articles built once from documents_by_source: joining
    // made SQLite read every article's row (for a Bloom filter) even when walking stopped early.
    const siteList = !match && f.sites.length > 0;
    const needsDoc = withRows || (f.sites.length > 0 && !siteList);
    const needsRow = !match || needsDoc || f.tags.length > 0 || f.colors.length > 0 || f.hasComment || f.before !== null || f.after !== null;
    from = match ? (needsRow ? `${fts} JOIN highlights h ON h.id = ${fts}.rowid` : fts) : 'highlights h';
    if (needsDoc) from += ' JOIN documents d ON d.id = h.document_id';
    // A highlight carries its own tags and, for filtering, its article's.
    for (const tag of tags) {
      const own = tagClause('highlight_tags', 'highlight_id', id, tag, params);
      const doc = tagClause('document_tags', 'document_id', 'h.document_id', tag, params);
      where.push(`(${own} OR ${doc})`);
    }
    if (siteList) where.push(`h.document_id IN (SELECT s.id FROM documents s INDEXED BY documents_by_source WHERE ${siteClause('s', f.sites, params)})`);
    else if (f.sites.length > 0) where.push(siteClause('d', f.sites, params));
    if (f.colors.length > 0) {
      where.push(`h.color IN (${f.colors.map(() => '?').join(', ')})`);
      params.push(...f.colors);
    }
    if (f.hasComment) where.push('h.comment IS NOT NULL');
    dateClauses('h.created_at', f, where, params);
  } else {
    id = match ? `+${fts}.rowid` : 'n.id';
    const needsRow = !match || withRows || f.before !== null || f.after !== null;
    from = match ? (needsRow ? `${fts} JOIN notes n ON n.id = ${fts}.rowid` : fts) : 'notes n';
    // Trashed notes are never found; the trash is small and has its own index.
    where.push(needsRow ? 'n.deleted_at IS NULL' : `${id} NOT IN (SELECT id FROM notes WHERE deleted_at IS NOT NULL)`);
    for (const tag of tags) where.push(tagClause('note_tags', 'note_id', id, tag, params));
    dateClauses('n.updated_at', f, where, params);
  }
  if (match) {
    where.unshift(`${fts} MATCH ?`);
    params.unshift(match);
  }
  return { from, where, params, id };
}

/**
 * With `limit: null`, counts the kind's matches. Otherwise, with words: the best `limit` ids by
 * bm25 (`id, rank`; their snippets are read afterwards by `buildDetailQuery`, so snippets are
 * made for the rows shown, not for every match the sort passes over), or with `newest` the
 * latest ids; without words (filters only): the newest ids (`id`; see `buildFilteredQuery`).
 */
export function buildKindQuery(
  kind: SearchKind,
  match: string | null,
  f: SearchFilters,
  limit: number | null,
  order: 'relevance' | 'newest' = 'relevance',
  options: { walk?: boolean; counted?: boolean } = {},
): Built {
  if (match === null) return buildFilteredQuery(kind, f, limit, options.walk);
  const newest = order === 'newest' && limit !== null;
  const { from, where, params, id } = filtered(kind, match, f, newest);
  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  if (limit === null) return { sql: `SELECT count(*) AS n FROM ${from} ${whereSql}`, params };
  if (newest) {
    // Complete hits in one pass: ordered by the bare rowid, FTS5 walks its matches newest first
    // and stops at the limit, so snippets are made for the shown rows only.
    return { sql: `SELECT ${DETAIL_COLUMNS[kind]}, 0 AS rank FROM ${from} ${whereSql} ORDER BY ${FTS[kind]}.rowid DESC LIMIT ?`, params: [...params, limit] };
  }
  const ranked = `SELECT ${id} AS id, ${RANK[kind]} AS rank FROM ${from} ${whereSql}`;
  if (!options.counted) return { sql: `${ranked} ORDER BY rank, id LIMIT ?`, params: [...params, limit] };
  // Every match's count beside the best ones (`n`), from the same pass over the matches; bm25
  // cannot feed a window function, so the matches are kept once and read twice.
  return { sql: `WITH m AS MATERIALIZED (${ranked}) SELECT id, rank, (SELECT count(*) FROM m) AS n FROM m ORDER BY rank, id LIMIT ?`, params: [...params, limit] };
}

const TABLE: Record<SearchKind, string> = { article: 'documents', highlight: 'highlights', note: 'notes' };
const ALIAS: Record<SearchKind, string> = { article: 'd', highlight: 'h', note: 'n' };
const LATEST: Record<SearchKind, string> = { article: 'd.imported_at DESC, d.id DESC', highlight: 'h.id DESC', note: 'n.updated_at DESC, n.id DESC' };
/** Read in listing order: the sort indexes carry the sort keys and most filters' columns (migrations 0004, 0005); highlights list by id, the table's own order. */
const WALK_FROM: Record<SearchKind, string> = { article: 'documents d INDEXED BY documents_by_imported', highlight: 'highlights h NOT INDEXED', note: 'notes n INDEXED BY notes_by_updated' };

/** A highlight filter on a column of the row itself (colour, comment, date), which the filter indexes of migration 0007 hold. */
const rowFilter = (f: SearchFilters) => f.colors.length > 0 || f.hasComment || f.before !== null || f.after !== null;
const filterIndex = (f: SearchFilters) => (f.hasComment ? 'highlights_commented' : 'highlights_by_color');

/**
 * Filters without words. Only ids and sort keys are read here, and the shown rows afterwards
 * (`buildFilteredDetailQuery`): listing whole rows made SQLite read every match's title and text
 * (an article's text lies past its blocks, a walk through overflow pages) just to sort them.
 * - Counting by a tag starts from the tag's ids: every id there has a row (the foreign keys
 *   cascade), so no row is read unless another filter needs it, where seeking each row cost a
 *   page read apiece (20,000 for a broad tag). A highlight is counted once whether it carries
 *   the tag or its article does: those in tagged articles (from the highlights_by_document
 *   index), plus those tagged themselves whose article is not.
 * - Listing with `walk`: along the listing order, newest first, stopping at the limit (cheap
 *   when a good share of the rows match); without it every matching id is gathered and sorted
 *   (cheap when few do). `searchAll` chooses from the count.
 */
export function buildFilteredQuery(kind: SearchKind, f: SearchFilters, limit: number | null, walk = false): Built {
  const [first, ...others] = f.tags;
  const sql = (from: string, where: string[]) => `FROM ${from}${where.length > 0 ? ` WHERE ${where.join(' AND ')}` : ''}`;
  if (limit === null && first !== undefined) {
    if (kind === 'highlight' && rowFilter(f)) {
      // Tagged highlights' rows would be read one by one for their colour or date; the filter
      // indexes (migration 0007) hold those columns and the document id, and the tag lists are probed.
      const { where, params } = filtered(kind, null, f);
      return { sql: `SELECT count(*) AS n ${sql(`highlights h INDEXED BY ${filterIndex(f)}`, where)}`, params };
    }
    if (kind === 'highlight') {
      const params: unknown[] = [];
      const part = (head: string) => {
        const rest = filtered(kind, null, f, false, others);
        params.push(...rest.params);
        return `(SELECT count(*) ${sql(rest.from, [head, ...rest.where])})`;
      };
      const inTagged = part(`h.document_id IN (${taggedIds('document_tags', 'document_id', first, params)})`);
      const ownTag = `h.id IN (${taggedIds('highlight_tags', 'highlight_id', first, params)})`;
      const own = part(`${ownTag} AND h.document_id NOT IN (${taggedIds('document_tags', 'document_id', first, params)})`);
      return { sql: `SELECT ${inTagged} + ${own} AS n`, params };
    }
    const needsRow = f.before !== null || f.after !== null;
    if (!needsRow) {
      // The tag's ids stand in for the table under its usual alias, so the other filters read them unchanged.
      const [table, column] = kind === 'article' ? ['document_tags', 'document_id'] : ['note_tags', 'note_id'];
      const params: unknown[] = [];
      const from = `(SELECT DISTINCT x.id FROM (${taggedIds(table, column, first, params).replace(`x.${column}`, `x.${column} AS id`)}) x) ${ALIAS[kind]}`;
      const rest = filtered(kind, null, f, false, others);
      // Trashed notes: the trash is small and has its own index.
      const where = rest.where.map((w) => (w === 'n.deleted_at IS NULL' ? 'n.id NOT IN (SELECT id FROM notes WHERE deleted_at IS NOT NULL)' : w));
      return { sql: `SELECT count(*) AS n ${sql(from, where)}`, params: [...params, ...rest.params] };
    }
  }
  const { from, where, params } = filtered(kind, null, f);
  // Live notes' own index holds every column a note filter reads: counting them reads no note (SQLite scanned the table).
  // documents_by_source holds every column an article filter reads (dates too): counting reads no article.
  const counted = kind === 'note' ? WALK_FROM.note : kind === 'article' ? 'documents d INDEXED BY documents_by_source' : rowFilter(f) ? `highlights h INDEXED BY ${filterIndex(f)}` : from;
  if (limit === null) return { sql: `SELECT count(*) AS n ${sql(counted, where)}`, params };
  const walked = walk ? from.replace(`${TABLE[kind]} ${ALIAS[kind]}`, WALK_FROM[kind]) : kind === 'highlight' && rowFilter(f) ? `highlights h INDEXED BY ${filterIndex(f)}` : from;
  return { sql: `SELECT ${ALIAS[kind]}.id AS id ${sql(walked, where)} ORDER BY ${LATEST[kind]} LIMIT ?`, params: [...params, limit] };
}

const FILTERED_DETAIL: Record<SearchKind, string> = {
  article: `SELECT d.id, NULL AS documentId, d.title, substr(d.plain_text, 1, 160) AS snippet, 0 AS rank, NULL AS start, NULL AS "end", NULL AS color FROM documents d`,
  highlight: `SELECT h.id, h.document_id AS documentId, (SELECT title FROM documents WHERE id = h.document_id) AS title, substr(h.exact, 1, 160) AS snippet, 0 AS rank, h.start_offset AS start, h.end_offset AS "end", h.color FROM highlights h`,
  note: `SELECT n.id, NULL AS documentId, n.title, n.excerpt AS snippet, 0 AS rank, NULL AS start, NULL AS "end", NULL AS color FROM notes n`,
};

/** The shown rows of a search without words; binds a JSON array of their ids. */
export function buildFilteredDetailQuery(kind: SearchKind): string {
  return `${FILTERED_DETAIL[kind]} WHERE ${ALIAS[kind]}.id IN (SELECT value FROM json_each(?))`;
}

const DETAIL_COLUMNS: Record<SearchKind, string> = {
  article: `d.id, NULL AS documentId, d.title, ${snip(FTS.article)} AS snippet, NULL AS start, NULL AS "end", NULL AS color`,
  highlight: `h.id, h.document_id AS documentId, d.title, ${snip(FTS.highlight)} AS snippet, h.start_offset AS start, h.end_offset AS "end", h.color`,
  note: `n.id, NULL AS documentId, n.title, ${snip(FTS.note)} AS snippet, NULL AS start, NULL AS "end", NULL AS color`,
};
const DETAIL_FROM: Record<SearchKind, string> = {
  article: `${FTS.article} JOIN documents d ON d.id = ${FTS.article}.rowid`,
  highlight: `${FTS.highlight} JOIN highlights h ON h.id = ${FTS.highlight}.rowid JOIN documents d ON d.id = h.document_id`,
  note: `${FTS.note} JOIN notes n ON n.id = ${FTS.note}.rowid`,
};

/** The shown hits' details and snippets for a text search; binds the MATCH expression, the lowest and highest id, then a JSON array of the ids. */
export function buildDetailQuery(kind: SearchKind): string {
  const fts = FTS[kind];
  // `+rowid`: one pass over the matches, filtered by id, rather than the MATCH run again for
  // each id (costly for a prefix, whose terms FTS5 would gather anew every time). The id range
  // is handed to FTS5 (it seeks within its lists), which keeps the pass short.
  return `SELECT ${DETAIL_COLUMNS[kind]} FROM ${DETAIL_FROM[kind]} WHERE ${fts} MATCH ? AND ${fts}.rowid BETWEEN ? AND ? AND +${fts}.rowid IN (SELECT value FROM json_each(?))`;
}

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
