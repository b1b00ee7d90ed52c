/** Stored note rows → the contract's shapes, with their tags (one query per list). */
import type { Note, NoteMeta } from '../../contract';
import { getNote, getNoteMeta, type NoteMetaRow, type NoteRow } from '../../../db/repos/notes';
import { tagsOfNotes } from '../../../db/repos/tags';
import type { Db } from '../../../db/open';
import type { NoteDocJSON } from '../../contract/note-schema';
import { AppError } from '../errors';

export const noteGone = () => new AppError('not_found', 'This note is no longer in your library. It may have been deleted for good.');

export function toMeta(row: NoteMetaRow, tags: string[]): NoteMeta {
  return {
    id: row.id,
    title: row.title,
    excerpt: row.excerpt,
    version: row.version,
    tags,
    aliases: row.aliasesJson === null ? [] : (JSON.parse(row.aliasesJson) as string[]),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    deletedAt: row.deletedAt,
  };
}

export function withTags(db: Db, rows: readonly NoteMetaRow[]): NoteMeta[] {
  const tags = tagsOfNotes(db, rows.map((r) => r.id));
  return rows.map((r) => toMeta(r, tags.get(r.id) ?? []));
}

export function loadMeta(db: Db, id: number): NoteMeta {
  const row = getNoteMeta(db, id);
  if (!row) throw noteGone();
  return withTags(db, [row])[0]!;
}

export function toNote(db: Db, row: NoteRow): Note {
  return { ...withTags(db, [row])[0]!, content: JSON.parse(row.contentJson) as NoteDocJSON };
}

export function loadNote(db: Db, id: number): Note {
  const row = getNote(db, id);
  if (!row) throw noteGone();
  return toNote(db, row);
}
