/**
 * The SQL of a search, put together from fixed fragments with every value bound: the per-kind
 * text query (FTS5 MATCH, bm25 with titles weighted), the filter-only listing and counting
 * (which walks a sort index or collects ids, so only shown rows are read), and the queries for
 * the shown hits' details and snippets. db/repos/search-all.ts decides which to run.
 */
import { childRange, escapeLike } from '../sql';
import type { SearchFilters, SearchKind } from './search-all';

/** Sentinels around matched words in snippets: control characters no imported text keeps. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

export interface Built {
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

export const FTS: Record<SearchKind, string> = { article: 'documents_fts', highlight: 'highlights_fts', note: 'notes_fts' };
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

export const TABLE: Record<SearchKind, string> = { article: 'documents', highlight: 'highlights', note: 'notes' };
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
