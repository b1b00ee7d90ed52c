/**
 * Tag deletion reaches into notes: a note's tags come from its text, so deleting a tag must also
 * change the text, or the note's next save would bring the tag back. The words stay and only the
 * tagging goes: a tag node becomes its name as plain text and a typed `#drones` becomes `drones`
 * (the sentence still reads the same). Runs in the same transaction as the deletion; each
 * rewritten note's version is bumped, like a rename's (retag.ts).
 */
import { deleteTags, findTag, tagSubtreeIds } from '../../../db/repos/tags';
import type { Db } from '../../../db/open';
import type { NoteDocJSON } from '../../contract/note-schema';
import { escapeRegExp, rewriteTags } from './doc';
import { AppError } from '../errors';
import { rewriteNotes } from './retag';

interface Target {
  name: string;
  /** Whether the tags below it (`name/…`) go too. */
  below: boolean;
}

function matches(name: string, target: Target): boolean {
  const lower = name.toLowerCase();
  const t = target.name.toLowerCase();
  return lower === t || (target.below && lower.startsWith(`${t}/`));
}

/** The same boundaries as the hashtag reader (notes/doc/links.ts): after a space or an opening bracket or quote. */
function hashtagPattern(target: Target): RegExp {
  const tail = target.below ? '(?:/[\\p{L}\\p{N}\\p{M}_\\-/]*)?' : '';
  return new RegExp(`(?<=^|[\\s([{"'“‘])#(${escapeRegExp(target.name)}${tail})(?![\\p{L}\\p{N}\\p{M}_\\-/])`, 'giu');
}

/** The note without tag `name` (and, with `below`, the tags under it): tag nodes become their words, `#name` becomes `name`. Null if it holds none. */
export function removeTagFromNote(doc: NoteDocJSON, name: string, below: boolean): NoteDocJSON | null {
  const target = { name, below };
  const pattern = hashtagPattern(target);
  return rewriteTags(doc, {
    tag: (node, tagName) => (matches(tagName, target) ? { type: 'text', text: tagName, ...(node.marks ? { marks: node.marks } : {}) } : null),
    text: (node, text) => {
      const next = text.replace(pattern, (_whole, word: string) => word);
      return next === text ? null : [{ ...node, text: next }];
    },
  });
}

/**
 * `tags.delete`, notes included: the notes' texts are rewritten first (which drops their
 * taggings as they are re-derived), then the tags and every remaining tagging are deleted.
 * Returns the counts as before and which notes were rewritten.
 */
export function deleteTagWithNotes(db: Db, name: string, includeChildren: boolean, now: Date): { deleted: number; taggings: number; notes: number[] } {
  return db.transaction(() => {
    const ids = includeChildren ? tagSubtreeIds(db, name) : [findTag(db, name)?.id].filter((i): i is number => i !== undefined);
    if (ids.length === 0) throw new AppError('not_found', `There is no tag named “${name}”. It may have been renamed or deleted.`);
    const json = JSON.stringify(ids);
    const noteIds = (
      db.prepare('SELECT DISTINCT note_id AS id FROM note_tags WHERE tag_id IN (SELECT value FROM json_each(?)) ORDER BY note_id').all(json) as { id: number }[]
    ).map((r) => r.id);
    const noteTaggings = (db.prepare('SELECT count(*) AS n FROM note_tags WHERE tag_id IN (SELECT value FROM json_each(?))').get(json) as { n: number }).n;
    const rewritten = rewriteNotes(db, noteIds, (doc) => removeTagFromNote(doc, name, includeChildren), now);
    const noteTaggingsLeft = (db.prepare('SELECT count(*) AS n FROM note_tags WHERE tag_id IN (SELECT value FROM json_each(?))').get(json) as { n: number }).n;
    const { tags, taggings } = deleteTags(db, ids);
    return { deleted: tags, taggings: taggings + noteTaggings - noteTaggingsLeft, notes: rewritten };
  })();
}
