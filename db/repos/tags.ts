/** Tags and their attachments. Names are unique case-insensitively (the column's collation). */
import type { Db } from '../open';
import { childRange, escapeLike, prepared } from '../sql';

/** Returns the id of the tag with this name, creating it if needed. The first spelling wins. */
export function ensureTag(db: Db, name: string): number {
  prepared(db, 'INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING').run(name);
  return (prepared(db, 'SELECT id FROM tags WHERE name = ?').get(name) as { id: number }).id;
}

export function tagDocument(db: Db, documentId: number, tagId: number): void {
  prepared(db, 'INSERT OR IGNORE INTO document_tags (document_id, tag_id) VALUES (?, ?)').run(documentId, tagId);
}

export function tagsOfDocument(db: Db, documentId: number): string[] {
  return tagsByOwner(db, 'document_tags', 'document_id', [documentId]).get(documentId) ?? [];
}

export function findTag(db: Db, name: string): { id: number; name: string } | undefined {
  return prepared(db, 'SELECT id, name FROM tags WHERE name = ?').get(name) as { id: number; name: string } | undefined;
}

/** Ids of the tag called `name` and of every tag below it (`name/…`), case-insensitively. */
export function tagSubtreeIds(db: Db, name: string): number[] {
  const [lo, hi] = childRange(name);
  return (prepared(db, 'SELECT id FROM tags WHERE name = ? OR (name >= ? AND name < ?)').all(name, lo, hi) as { id: number }[]).map((r) => r.id);
}

export function untagDocument(db: Db, documentId: number, tagId: number): boolean {
  return prepared(db, 'DELETE FROM document_tags WHERE document_id = ? AND tag_id = ?').run(documentId, tagId).changes > 0;
}

export function copyDocumentTags(db: Db, fromDocumentId: number, toDocumentId: number): void {
  prepared(db, 'INSERT OR IGNORE INTO document_tags (document_id, tag_id) SELECT ?, tag_id FROM document_tags WHERE document_id = ?').run(
    toDocumentId,
    fromDocumentId,
  );
}

export function tagHighlight(db: Db, highlightId: number, tagId: number): void {
  prepared(db, 'INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id) VALUES (?, ?)').run(highlightId, tagId);
}

export function untagHighlight(db: Db, highlightId: number, tagId: number): boolean {
  return prepared(db, 'DELETE FROM highlight_tags WHERE highlight_id = ? AND tag_id = ?').run(highlightId, tagId).changes > 0;
}

export function tagsOfHighlight(db: Db, highlightId: number): string[] {
  return tagsByOwner(db, 'highlight_tags', 'highlight_id', [highlightId]).get(highlightId) ?? [];
}

/** Tags of many articles in one query, by article id (articles without tags are absent), as `tagsOfDocument`. */
export function tagsOfDocuments(db: Db, documentIds: readonly number[]): Map<number, string[]> {
  return tagsByOwner(db, 'document_tags', 'document_id', documentIds);
}

/** Tags of many highlights in one query, by highlight id (highlights without tags are absent). */
export function tagsOfHighlights(db: Db, highlightIds: readonly number[]): Map<number, string[]> {
  return tagsByOwner(db, 'highlight_tags', 'highlight_id', highlightIds);
}

/** One query for the tags of many owners; table and column are fixed names from this module. */
function tagsByOwner(
  db: Db,
  table: 'document_tags' | 'highlight_tags' | 'note_tags',
  column: 'document_id' | 'highlight_id' | 'note_id',
  ids: readonly number[],
): Map<number, string[]> {
  const byOwner = new Map<number, string[]>();
  if (ids.length === 0) return byOwner;
  const rows = prepared(
    db,
    `SELECT x.${column} AS id, t.name FROM ${table} x JOIN tags t ON t.id = x.tag_id
     WHERE x.${column} IN (SELECT value FROM json_each(?)) ORDER BY t.name COLLATE NOCASE`,
  ).all(JSON.stringify(ids)) as { id: number; name: string }[];
  for (const { id, name } of rows) {
    const list = byOwner.get(id);
    if (list) list.push(name);
    else byOwner.set(id, [name]);
  }
  return byOwner;
}

export interface TagCount {
  name: string;
  documents: number;
  highlights: number;
  notes: number;
}

// Notes in the trash keep their taggings (restore brings them back) but are not counted: the
// tag browser counts what a filter would show.
const LIVE_NOTES = `(SELECT count(*) FROM note_tags nt JOIN notes n ON n.id = nt.note_id WHERE nt.tag_id = t.id AND n.deleted_at IS NULL)`;

/** Every tag with how many articles, highlights and live notes carry it directly (children count separately). */
export function listTagsWithCounts(db: Db): TagCount[] {
  return prepared(
    db,
    `SELECT t.name,
       (SELECT count(*) FROM document_tags dt WHERE dt.tag_id = t.id) AS documents,
       (SELECT count(*) FROM highlight_tags ht WHERE ht.tag_id = t.id) AS highlights,
       ${LIVE_NOTES} AS notes
     FROM tags t ORDER BY t.name COLLATE NOCASE`,
  ).all() as TagCount[];
}

/**
 * Tags for autocomplete: names starting with `prefix`, or with a hierarchy level starting with
 * it (`pak` finds `region/pakistan`); whole-name matches first, then the most used.
 */
export function suggestTags(db: Db, prefix: string, limit: number): { name: string; count: number }[] {
  const like = escapeLike(prefix);
  return prepared(
    db,
    `SELECT t.name,
       (SELECT count(*) FROM document_tags dt WHERE dt.tag_id = t.id) +
       (SELECT count(*) FROM highlight_tags ht WHERE ht.tag_id = t.id) +
       ${LIVE_NOTES} AS count
     FROM tags t
     WHERE t.name LIKE @starts ESCAPE '\\' OR t.name LIKE @level ESCAPE '\\'
     ORDER BY t.name LIKE @starts ESCAPE '\\' DESC, count DESC, t.name COLLATE NOCASE
     LIMIT @limit`,
  ).all({ starts: `${like}%`, level: `%/${like}%`, limit }) as { name: string; count: number }[];
}

/**
 * Renames tag `from` and everything below it to live under `to` (`region` → `place` turns
 * `region/pakistan` into `place/pakistan`). Where a new name is already taken by another tag,
 * the two are merged: every tagging is kept, none duplicated. Returns how many tags moved.
 */
export function moveTagSubtree(db: Db, from: string, to: string): number {
  const [lo, hi] = childRange(from);
  const moving = prepared(db, 'SELECT id, name FROM tags WHERE name = ? OR (name >= ? AND name < ?) ORDER BY length(name)').all(from, lo, hi) as {
    id: number;
    name: string;
  }[];
  // Out of the way first, so a new name never collides with a tag that is itself about to move.
  const park = prepared(db, "UPDATE tags SET name = printf('\u0001moving-%d', id) WHERE id = ?");
  for (const t of moving) park.run(t.id);
  for (const t of moving) {
    const target = to + t.name.slice(from.length);
    const existing = findTag(db, target);
    if (existing) mergeTagInto(db, t.id, existing.id);
    else prepared(db, 'UPDATE tags SET name = ? WHERE id = ?').run(target, t.id);
  }
  return moving.length;
}

/** Moves every tagging of `fromId` to `intoId` (skipping ones it already has), then removes `fromId`. */
export function mergeTagInto(db: Db, fromId: number, intoId: number): void {
  prepared(db, 'INSERT OR IGNORE INTO document_tags (document_id, tag_id) SELECT document_id, ? FROM document_tags WHERE tag_id = ?').run(intoId, fromId);
  prepared(db, 'INSERT OR IGNORE INTO highlight_tags (highlight_id, tag_id) SELECT highlight_id, ? FROM highlight_tags WHERE tag_id = ?').run(intoId, fromId);
  prepared(db, 'INSERT OR IGNORE INTO note_tags (note_id, tag_id) SELECT note_id, ? FROM note_tags WHERE tag_id = ?').run(intoId, fromId);
  prepared(db, 'DELETE FROM tags WHERE id = ?').run(fromId);
}

/** Deletes tags (their taggings go with them); returns how many tags and taggings were removed. */
export function deleteTags(db: Db, tagIds: readonly number[]): { tags: number; taggings: number } {
  const ids = JSON.stringify(tagIds);
  const taggings = (
    prepared(
      db,
      `SELECT (SELECT count(*) FROM document_tags WHERE tag_id IN (SELECT value FROM json_each(@ids))) +
              (SELECT count(*) FROM highlight_tags WHERE tag_id IN (SELECT value FROM json_each(@ids))) +
              (SELECT count(*) FROM note_tags WHERE tag_id IN (SELECT value FROM json_each(@ids))) AS n`,
    ).get({ ids }) as { n: number }
  ).n;
  const tags = prepared(db, 'DELETE FROM tags WHERE id IN (SELECT value FROM json_each(?))').run(ids).changes;
  return { tags, taggings };
}

export function clearHighlightTags(db: Db, highlightId: number): void {
  prepared(db, 'DELETE FROM highlight_tags WHERE highlight_id = ?').run(highlightId);
}

/** Sets a note's tags to exactly these names (created as needed; the first spelling of a name wins). */
export function replaceNoteTags(db: Db, noteId: number, names: readonly string[]): void {
  prepared(db, 'DELETE FROM note_tags WHERE note_id = ?').run(noteId);
  const insert = prepared(db, 'INSERT OR IGNORE INTO note_tags (note_id, tag_id) VALUES (?, ?)');
  for (const name of names) insert.run(noteId, ensureTag(db, name));
}

/** Tags of many notes in one query, by note id (notes without tags are absent). */
export function tagsOfNotes(db: Db, noteIds: readonly number[]): Map<number, string[]> {
  return tagsByOwner(db, 'note_tags', 'note_id', noteIds);
}

/** The notes tagged with any of these tags, in id order. */
export function notesTagged(db: Db, tagIds: readonly number[]): number[] {
  if (tagIds.length === 0) return [];
  const rows = prepared(db, 'SELECT DISTINCT note_id AS id FROM note_tags WHERE tag_id IN (SELECT value FROM json_each(?)) ORDER BY note_id').all(JSON.stringify(tagIds)) as { id: number }[];
  return rows.map((r) => r.id);
}

/** How many note taggings these tags have. */
export function noteTaggings(db: Db, tagIds: readonly number[]): number {
  return (prepared(db, 'SELECT count(*) AS n FROM note_tags WHERE tag_id IN (SELECT value FROM json_each(?))').get(JSON.stringify(tagIds)) as { n: number }).n;
}
