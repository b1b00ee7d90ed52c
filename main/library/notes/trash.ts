/**
 * The trash: deleting a note moves it there (links to it show as broken meanwhile, and mend on
 * restore); only a note already in the trash can be deleted for good. Neither changes the
 * note's text, so neither bumps its version.
 */
import type { NoteMeta } from '../../contract';
import { getNoteMeta, purgeNote as purgeRow, setNoteDeletedAt } from '../../../db/repos/notes';
import { tagsOfNotes } from '../../../db/repos/tags';
import type { Db } from '../../../db/open';
import { AppError } from '../errors';
import { loadMeta } from './view';

export function trashNote(db: Db, id: number, now: Date): { deleted: boolean; note: NoteMeta | null } {
  return db.transaction(() => {
    const row = getNoteMeta(db, id);
    if (!row) return { deleted: false, note: null };
    if (row.deletedAt !== null) return { deleted: false, note: loadMeta(db, id) };
    setNoteDeletedAt(db, id, now.toISOString());
    return { deleted: true, note: loadMeta(db, id) };
  })();
}

export function restoreNote(db: Db, id: number): NoteMeta {
  return db.transaction(() => {
    if (!getNoteMeta(db, id)) throw new AppError('not_found', 'This note was deleted for good, so it cannot be put back.');
    setNoteDeletedAt(db, id, null);
    return loadMeta(db, id);
  })();
}

/** Deletes a trashed note for good. Returns whether it had tags (their counts change). */
export function purgeNote(db: Db, id: number): { purged: boolean; hadTags: boolean } {
  return db.transaction(() => {
    const row = getNoteMeta(db, id);
    if (!row) return { purged: false, hadTags: false };
    if (row.deletedAt === null) throw new AppError('refused', 'Move the note to the trash first; only notes in the trash can be deleted for good.');
    const hadTags = tagsOfNotes(db, [id]).has(id);
    return { purged: purgeRow(db, id), hadTags };
  })();
}

