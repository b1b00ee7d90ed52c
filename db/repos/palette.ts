/**
 * What the command palette reads: every article's, live note's and tag's title (it matches them
 * fuzzily in memory, main/library/palette), cheap fingerprints that say when those lists changed,
 * and the details shown beside the few results. Titles come from covering indexes, so reading all
 * of them never touches the articles' or notes' heavy columns.
 */
import type { Db } from '../open';
import { prepared } from '../sql';

export interface TitleRow {
  id: number;
  title: string;
}

/** Changes whenever anything is written to the library, by this connection or another (the CLI). */
export function writeStamp(db: Db): string {
  const version = db.pragma('data_version', { simple: true }) as number;
  const changes = (prepared(db, 'SELECT total_changes() AS n').get() as { n: number }).n;
  return `${version}:${changes}`;
}

/**
 * Articles are only added and deleted (their titles never change), so the count and the newest
 * import tell the list apart; the max id catches a delete and an import in the same second.
 */
export function articleFingerprint(db: Db): string {
  const row = prepared(db, 'SELECT count(*) AS n, max(imported_at) AS newest, max(id) AS top FROM documents').get() as { n: number; newest: string | null; top: number | null };
  return `${row.n}:${row.newest ?? ''}:${row.top ?? 0}`;
}

/** A rename bumps updated_at; trashing or restoring changes the count or the sum of live ids. */
export function noteFingerprint(db: Db): string {
  const row = prepared(db, 'SELECT count(*) AS n, max(updated_at) AS newest, total(id) AS ids FROM notes WHERE deleted_at IS NULL').get() as { n: number; newest: string | null; ids: number };
  return `${row.n}:${row.newest ?? ''}:${row.ids}`;
}

export function articleTitles(db: Db): TitleRow[] {
  return prepared(db, 'SELECT id, title FROM documents').all() as TitleRow[];
}

export function noteTitles(db: Db): TitleRow[] {
  return prepared(db, 'SELECT id, title FROM notes WHERE deleted_at IS NULL').all() as TitleRow[];
}

export function tagNames(db: Db): TitleRow[] {
  return prepared(db, 'SELECT id, name AS title FROM tags').all() as TitleRow[];
}

export interface ArticleDetailRow {
  id: number;
  site: string | null;
  byline: string | null;
  kind: string;
  importedAt: string;
}

export function articleDetails(db: Db, ids: readonly number[]): ArticleDetailRow[] {
  if (ids.length === 0) return [];
  return prepared(db, 'SELECT id, site, byline, kind, imported_at AS importedAt FROM documents WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as ArticleDetailRow[];
}

export function noteDetails(db: Db, ids: readonly number[]): { id: number; excerpt: string; updatedAt: string }[] {
  if (ids.length === 0) return [];
  return prepared(db, 'SELECT id, excerpt, updated_at AS updatedAt FROM notes WHERE id IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(ids)) as { id: number; excerpt: string; updatedAt: string }[];
}

/** How many articles, highlights and live notes carry each tag directly. */
export function tagDetails(db: Db, ids: readonly number[]): { id: number; documents: number; highlights: number; notes: number }[] {
  if (ids.length === 0) return [];
  return prepared(
    db,
    `SELECT t.id,
       (SELECT count(*) FROM document_tags dt WHERE dt.tag_id = t.id) AS documents,
       (SELECT count(*) FROM highlight_tags ht WHERE ht.tag_id = t.id) AS highlights,
       (SELECT count(*) FROM note_tags nt JOIN notes n ON n.id = nt.note_id WHERE nt.tag_id = t.id AND n.deleted_at IS NULL) AS notes
     FROM tags t WHERE t.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as { id: number; documents: number; highlights: number; notes: number }[];
}

/** The most recently imported articles and edited notes, for the palette before anything is typed. */
export function recentArticles(db: Db, limit: number): TitleRow[] {
  return prepared(db, 'SELECT id, title FROM documents ORDER BY imported_at DESC, id DESC LIMIT ?').all(limit) as TitleRow[];
}

export function recentNotes(db: Db, limit: number): TitleRow[] {
  return prepared(db, 'SELECT id, title FROM notes WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT ?').all(limit) as TitleRow[];
}
