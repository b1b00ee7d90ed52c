/**
 * Renaming, merging and deleting tags: the one module that owns them, notes included. Names are
 * unique case-insensitively and `/` makes a hierarchy: renames and merges carry the tags below
 * along and keep every tagging; a delete takes the tag (and, if asked, the tags below) with all
 * its taggings. Names arrive already validated and tidied by the contract's TagNameSchema.
 *
 * Notes: a note's tags come from its text, so the text must change too, or the note's next save
 * would bring the old tag back. Each runs in one transaction with the notes' rewrite
 * (notes/doc/retag.ts), so tags and note texts never disagree; each rewritten note's version is
 * bumped, so an editor holding the old text meets a conflict (keeping both) rather than
 * overwriting the change.
 */
import { deleteTags, findTag, moveTagSubtree, noteTaggings, notesTagged, tagSubtreeIds } from '../../../db/repos/tags';
import { getNote } from '../../../db/repos/notes';
import type { Db } from '../../../db/open';
import type { NoteDocJSON } from '../../contract/note-schema';
import { isTagBelow, sameTag } from '../../contract/tags';
import { AppError } from '../errors';
import { removeTagFromNote, renameTagInNote } from '../notes/doc';
import { prepareContent } from '../notes/derive';
import { writeContent } from '../notes/save';

export interface TagEdit {
  /** How many tags were renamed or merged away. */
  changed: number;
  /** The notes whose text was rewritten (for `notes.changed`). */
  notes: number[];
}

export interface TagDeletion {
  deleted: number;
  /** Taggings removed: articles', highlights' and notes'. */
  taggings: number;
  notes: number[];
}

const missing = (name: string) => new AppError('not_found', `There is no tag named “${name}”. It may have been renamed or deleted.`);

/** Rewrites these notes' texts with `rewrite` (null: leave the note as it is), re-deriving and bumping each changed note's version; returns the notes changed. */
function rewriteNotes(db: Db, noteIds: readonly number[], rewrite: (doc: NoteDocJSON) => NoteDocJSON | null, now: Date): number[] {
  const changed: number[] = [];
  for (const id of noteIds) {
    const row = getNote(db, id);
    const next = row ? rewrite(JSON.parse(row.contentJson) as NoteDocJSON) : null;
    if (!row || !next) continue;
    writeContent(db, row, prepareContent(next), now);
    changed.push(id);
  }
  return changed;
}

/** Moves `from` (and the tags below it) to `to`, in the library and in the notes' texts. */
function moveTag(db: Db, from: string, to: string, now: Date): TagEdit {
  const ids = tagSubtreeIds(db, from);
  if (ids.length === 0) throw missing(from);
  const tagged = notesTagged(db, ids);
  const changed = moveTagSubtree(db, from, to);
  return { changed, notes: rewriteNotes(db, tagged, (doc) => renameTagInNote(doc, from, to), now) };
}

/** `tags.rename`: renames `from` (and the tags below it). Refused if `to` is another existing tag: that is a merge. */
export function renameTag(db: Db, from: string, to: string, now: Date): TagEdit {
  return db.transaction(() => {
    if (tagSubtreeIds(db, from).length === 0) throw missing(from);
    if (isTagBelow(to, from)) throw new AppError('invalid_input', `“${from}” cannot be renamed to “${to}”, which lies below itself.`);
    const taken = findTag(db, to);
    if (taken && !sameTag(taken.name, from)) {
      throw new AppError('refused', `A tag named “${taken.name}” already exists. Merge the two tags instead to combine them.`);
    }
    return moveTag(db, from, to, now);
  })();
}

/** `tags.merge`: moves every tagging of `from` (and of the tags below it) onto `into`, without duplicates, then removes `from`. */
export function mergeTags(db: Db, from: string, into: string, now: Date): TagEdit {
  return db.transaction(() => {
    if (sameTag(from, into)) throw new AppError('invalid_input', 'Choose two different tags to merge.');
    if (tagSubtreeIds(db, from).length === 0) throw missing(from);
    if (isTagBelow(into, from)) throw new AppError('invalid_input', `“${from}” cannot be merged into “${into}”, which lies below it.`);
    return moveTag(db, from, into, now);
  })();
}

/**
 * `tags.delete`: the notes' texts are rewritten first (the words stay, the tagging goes, which
 * drops their taggings as they are re-derived), then the tags and every remaining tagging are
 * deleted. Returns the counts and which notes were rewritten.
 */
export function deleteTag(db: Db, name: string, includeChildren: boolean, now: Date): TagDeletion {
  return db.transaction(() => {
    const ids = includeChildren ? tagSubtreeIds(db, name) : [findTag(db, name)?.id].filter((i): i is number => i !== undefined);
    if (ids.length === 0) throw missing(name);
    const notesBefore = noteTaggings(db, ids);
    const rewritten = rewriteNotes(db, notesTagged(db, ids), (doc) => removeTagFromNote(doc, name, includeChildren), now);
    const notesLeft = noteTaggings(db, ids);
    const { tags, taggings } = deleteTags(db, ids);
    return { deleted: tags, taggings: taggings - notesLeft + notesBefore, notes: rewritten };
  })();
}
