/**
 * The notes aggregate: a note's title, TipTap JSON (as text: db/ knows nothing of the editor
 * schema), the plain text and excerpt derived from it, its content version and its place in the
 * trash. Links and tags derived from the JSON live in note-links.ts and tags.ts. Lists leave the
 * heavy columns (content, plain text) out.
 */
import type { Db } from '../open';
import { childRange, prepared, titleWhere } from '../sql';

export interface NoteMetaRow {
  id: number;
  title: string;
  excerpt: string;
  version: number;
  aliasesJson: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

export interface NoteRow extends NoteMetaRow {
  contentJson: string;
  plainText: string;
}

/** What a save writes: the JSON and everything derived from it. */
export interface NoteText {
  contentJson: string;
  plainText: string;
  excerpt: string;
}

const META = `id, title, excerpt, version, aliases AS aliasesJson, created_at AS createdAt, updated_at AS updatedAt,
  deleted_at AS deletedAt`;

export function insertNote(db: Db, note: NoteText & { title: string; aliasesJson: string | null; createdAt: string; updatedAt: string }): number {
  return Number(
    prepared(
      db,
      `INSERT INTO notes (title, excerpt, version, created_at, updated_at, aliases, plain_text, content)
       VALUES (@title, @excerpt, 1, @createdAt, @updatedAt, @aliasesJson, @plainText, @contentJson)`,
    ).run(note).lastInsertRowid,
  );
}

export function getNoteMeta(db: Db, id: number): NoteMetaRow | undefined {
  return prepared(db, `SELECT ${META} FROM notes WHERE id = ?`).get(id) as NoteMetaRow | undefined;
}

export function getNote(db: Db, id: number): NoteRow | undefined {
  return prepared(db, `SELECT ${META}, content AS contentJson, plain_text AS plainText FROM notes WHERE id = ?`).get(id) as NoteRow | undefined;
}

/** Many notes' meta by id, trashed ones included (the caller decides what a trashed target means). */
export function getNoteMetas(db: Db, ids: readonly number[]): NoteMetaRow[] {
  if (ids.length === 0) return [];
  return prepared(db, `SELECT ${META} FROM notes WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as NoteMetaRow[];
}

/** Live notes, most recently changed first (served by notes_by_updated), or the trash, latest deletion first. */
export function listNotes(db: Db, options: { trash: boolean; tag?: string; limit: number }): NoteMetaRow[] {
  const params: Record<string, string | number> = { limit: options.limit };
  let tagFilter = '';
  if (options.tag !== undefined) {
    tagFilter = `AND id IN (SELECT nt.note_id FROM note_tags nt
      WHERE nt.tag_id IN (SELECT t.id FROM tags t WHERE t.name = @tag OR (t.name >= @below AND t.name < @after)))`;
    [params.below, params.after] = childRange(options.tag);
    params.tag = options.tag;
  }
  const sql = options.trash
    ? `SELECT ${META} FROM notes WHERE deleted_at IS NOT NULL ${tagFilter} ORDER BY deleted_at DESC, id DESC LIMIT @limit`
    : `SELECT ${META} FROM notes WHERE deleted_at IS NULL ${tagFilter} ORDER BY updated_at DESC, id DESC LIMIT @limit`;
  return prepared(db, sql).all(params) as NoteMetaRow[];
}

/** Writes new content (and its derived text), bumping the version. */
export function updateNoteContent(db: Db, id: number, note: NoteText, updatedAt: string): boolean {
  return (
    prepared(
      db,
      `UPDATE notes SET content = @contentJson, plain_text = @plainText, excerpt = @excerpt, version = version + 1,
         updated_at = @updatedAt
       WHERE id = @id`,
    ).run({ id, ...note, updatedAt }).changes > 0
  );
}

/** Title and aliases: not content, so the version stays (a rename never makes the editor's next save a conflict). */
export function updateNoteNames(db: Db, id: number, names: { title: string; aliasesJson: string | null; excerpt: string }, updatedAt: string): boolean {
  return (
    prepared(db, 'UPDATE notes SET title = @title, aliases = @aliasesJson, excerpt = @excerpt, updated_at = @updatedAt WHERE id = @id')
      .run({ id, ...names, updatedAt }).changes > 0
  );
}

export function setNoteDeletedAt(db: Db, id: number, deletedAt: string | null): boolean {
  return prepared(db, 'UPDATE notes SET deleted_at = ? WHERE id = ?').run(deletedAt, id).changes > 0;
}

/** Deletes a note for good; its links and taggings go with it (cascade), links *to* it stay, broken. */
export function purgeNote(db: Db, id: number): boolean {
  return prepared(db, 'DELETE FROM notes WHERE id = ?').run(id).changes > 0;
}

export function countNotes(db: Db): number {
  return (prepared(db, 'SELECT count(*) AS n FROM notes WHERE deleted_at IS NULL').get() as { n: number }).n;
}

/** Ids of live notes (not in the trash), ascending. */
export function liveNoteIds(db: Db): number[] {
  return (prepared(db, 'SELECT id FROM notes WHERE deleted_at IS NULL ORDER BY id').all() as { id: number }[]).map((r) => r.id);
}

/** Many notes' stored content (JSON text) by id, trashed ones included, in no particular order. */
export function noteContents(db: Db, ids: readonly number[]): { id: number; contentJson: string }[] {
  if (ids.length === 0) return [];
  return prepared(db, 'SELECT id, content AS contentJson FROM notes WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as {
    id: number;
    contentJson: string;
  }[];
}

/** Live notes up to id `upTo` whose title passes `test` (run inside SQLite over the titles only; see titleWhere), in id order. */
export function liveNoteTitlesWhere(db: Db, test: (title: string) => boolean, upTo = Number.MAX_SAFE_INTEGER): { id: number; title: string }[] {
  return titleWhere(
    db,
    test,
    () =>
      prepared(db, 'SELECT id, title FROM notes WHERE id <= ? AND deleted_at IS NULL AND commonplace_title_test(title) ORDER BY id').all(upTo) as {
        id: number;
        title: string;
      }[],
  );
}
