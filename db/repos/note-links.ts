/**
 * Links from notes to notes, highlights and articles: derived from each note's JSON on save and
 * replaced whole, so the table is never edited by hand. Backlinks are one indexed query.
 */
import type { Db } from '../open';
import { prepared } from '../sql';

export type LinkTargetKind = 'note' | 'highlight' | 'document';

export interface StoredLink {
  kind: LinkTargetKind;
  id: number;
  context: string;
}

export interface BacklinkRow {
  noteId: number;
  title: string;
  context: string;
  updatedAt: string;
  /** What the link points at: the target itself, or (for an article) one of its highlights. */
  targetKind: LinkTargetKind;
  targetId: number;
}

export function replaceNoteLinks(db: Db, noteId: number, links: readonly StoredLink[]): void {
  prepared(db, 'DELETE FROM note_links WHERE source_note_id = ?').run(noteId);
  const insert = prepared(db, 'INSERT OR IGNORE INTO note_links (source_note_id, target_kind, target_id, context) VALUES (?, ?, ?, ?)');
  for (const link of links) insert.run(noteId, link.kind, link.id, link.context);
}

export function linksOfNote(db: Db, noteId: number): StoredLink[] {
  return prepared(db, 'SELECT target_kind AS kind, target_id AS id, context FROM note_links WHERE source_note_id = ? ORDER BY target_kind, target_id')
    .all(noteId) as StoredLink[];
}

const BACKLINK_COLUMNS = `l.source_note_id AS noteId, n.title, l.context, n.updated_at AS updatedAt,
  l.target_kind AS targetKind, l.target_id AS targetId`;

/** Exported for the query-plan test: each must be index lookups, never a scan of all links. */
export const BACKLINKS_SQL = `SELECT ${BACKLINK_COLUMNS} FROM note_links l JOIN notes n ON n.id = l.source_note_id
  WHERE l.target_kind = @kind AND l.target_id = @id AND n.deleted_at IS NULL
  ORDER BY n.updated_at DESC, n.id DESC`;

// The article and its highlights as a small list of targets, probed one by one in the index.
// CROSS JOIN fixes that order: with an OR (or IN) SQLite may scan the whole index instead.
export const DOCUMENT_BACKLINKS_SQL = `SELECT ${BACKLINK_COLUMNS}
  FROM (SELECT 'document' AS kind, @id AS id UNION ALL SELECT 'highlight', h.id FROM highlights h WHERE h.document_id = @id) t
  CROSS JOIN note_links l ON l.target_kind = t.kind AND l.target_id = t.id
  CROSS JOIN notes n ON n.id = l.source_note_id
  WHERE n.deleted_at IS NULL
  ORDER BY n.updated_at DESC, n.id DESC, l.target_kind, l.target_id`;

/** Live notes linking to this note or highlight (trashed notes are not listed until restored). */
export function backlinksTo(db: Db, kind: 'note' | 'highlight', id: number): BacklinkRow[] {
  return prepared(db, BACKLINKS_SQL).all({ kind, id }) as BacklinkRow[];
}

/**
 * Live notes linking to an article: to the article itself or to any highlight now on it (by the
 * highlight's current article, so a highlight moved by a split counts where it is now).
 */
export function backlinksToDocument(db: Db, documentId: number): BacklinkRow[] {
  return prepared(db, DOCUMENT_BACKLINKS_SQL).all({ id: documentId }) as BacklinkRow[];
}

/** Articles that live notes refer to (directly; a highlight's article is found through the highlight). */
export function documentIdsLinkedFromLiveNotes(db: Db): number[] {
  return (
    prepared(
      db,
      `SELECT DISTINCT l.target_id AS id FROM note_links l JOIN notes n ON n.id = l.source_note_id
       WHERE l.target_kind = 'document' AND n.deleted_at IS NULL ORDER BY l.target_id`,
    ).all() as { id: number }[]
  ).map((r) => r.id);
}

/**
 * For the reader's side panel: how many live notes refer to each highlight of an article, in one
 * query. The article's highlights come from highlights_by_document, each probed in
 * note_links_by_target (CROSS JOIN fixes that order), each link's note by its primary key.
 */
export const HIGHLIGHT_BACKLINK_COUNTS_SQL = `SELECT h.id AS highlightId, count(*) AS notes
  FROM highlights h
  CROSS JOIN note_links l ON l.target_kind = 'highlight' AND l.target_id = h.id
  CROSS JOIN notes n ON n.id = l.source_note_id
  WHERE h.document_id = @id AND n.deleted_at IS NULL
  GROUP BY h.id
  ORDER BY h.id`;

export function highlightBacklinkCounts(db: Db, documentId: number): { highlightId: number; notes: number }[] {
  return prepared(db, HIGHLIGHT_BACKLINK_COUNTS_SQL).all({ id: documentId }) as { highlightId: number; notes: number }[];
}
