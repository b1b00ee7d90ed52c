/**
 * Tag renames and merges reach into notes: a note's tags come from its text, so the text must
 * say the new name or the note's next save would bring the old tag back. Runs in the same
 * transaction as the rename, so tags and note texts never disagree. Each rewritten note's version
 * is bumped: an editor holding the old text meets a conflict (keeping both) rather than
 * overwriting the rename.
 */
import { getNote } from '../../../db/repos/notes';
import { tagSubtreeIds } from '../../../db/repos/tags';
import type { Db } from '../../../db/open';
import type { NoteDocJSON } from '../../contract/note-schema';
import { renameTagInNote } from './doc';
import { mergeTags, renameTag } from '../tags';
import { prepareContent } from './derive';
import { writeContent } from './save';

function notesTagged(db: Db, name: string): number[] {
  const ids = tagSubtreeIds(db, name);
  if (ids.length === 0) return [];
  return (
    db.prepare('SELECT DISTINCT note_id AS id FROM note_tags WHERE tag_id IN (SELECT value FROM json_each(?)) ORDER BY note_id').all(JSON.stringify(ids)) as {
      id: number;
    }[]
  ).map((r) => r.id);
}

/**
 * Rewrites these notes' texts with `rewrite` (null: leave the note as it is), re-deriving and
 * bumping each changed note's version; returns the notes changed. Shared with tag deletion
 * (untag.ts). Call inside a transaction.
 */
export function rewriteNotes(db: Db, noteIds: readonly number[], rewrite: (doc: NoteDocJSON) => NoteDocJSON | null, now: Date): number[] {
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

/** Rewrites these notes' texts from tag `from` to `to`; returns the notes changed. Call inside a transaction. */
function retagNotes(db: Db, noteIds: readonly number[], from: string, to: string, now: Date): number[] {
  return rewriteNotes(db, noteIds, (doc) => renameTagInNote(doc, from, to), now);
}

/** `tags.rename`, notes included: returns how many tags moved and which notes were rewritten. */
export function renameTagWithNotes(db: Db, from: string, to: string, now: Date): { changed: number; notes: number[] } {
  return db.transaction(() => {
    const tagged = notesTagged(db, from);
    const changed = renameTag(db, from, to);
    return { changed, notes: retagNotes(db, tagged, from, to, now) };
  })();
}

/** `tags.merge`, notes included. */
export function mergeTagsWithNotes(db: Db, from: string, into: string, now: Date): { changed: number; notes: number[] } {
  return db.transaction(() => {
    const tagged = notesTagged(db, from);
    const changed = mergeTags(db, from, into);
    return { changed, notes: retagNotes(db, tagged, from, into, now) };
  })();
}
