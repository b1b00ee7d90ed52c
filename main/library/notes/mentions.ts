/**
 * Unlinked mentions of a note (its title or an alias written as plain words in other notes) and
 * one-click linking. Full-text search finds candidate notes fast; each candidate is then confirmed
 * in its JSON by the same matcher that links it, so every mention listed can be linked.
 */
import type { Mention, NoteMeta } from '../../contract';
import { getNote, getNoteMeta } from '../../../db/repos/notes';
import { notesMentioning } from '../../../db/repos/search';
import type { Db } from '../../../db/open';
import type { NoteDocJSON } from '../../contract/note-schema';
import { findFirstMention, isMentionable, linkFirstMention } from './doc';
import { AppError } from '../errors';
import { prepareContent } from './derive';
import { writeContent } from './save';
import { loadMeta, noteGone } from './view';

/** Candidates read from the index, and mentions returned, at most. */
const CANDIDATES = 200;
const MENTIONS = 50;

function phrasesOf(db: Db, id: number): string[] {
  const target = getNoteMeta(db, id);
  if (!target || target.deletedAt !== null) throw noteGone();
  const aliases = target.aliasesJson === null ? [] : (JSON.parse(target.aliasesJson) as string[]);
  return [target.title, ...aliases].map((p) => p.trim()).filter(isMentionable);
}

export function unlinkedMentions(db: Db, id: number): Mention[] {
  const phrases = phrasesOf(db, id);
  const mentions: Mention[] = [];
  for (const candidate of notesMentioning(db, phrases, id, CANDIDATES)) {
    const row = getNote(db, candidate);
    const found = row ? findFirstMention(JSON.parse(row.contentJson) as NoteDocJSON, phrases) : null;
    if (!row || !found) continue;
    mentions.push({ noteId: row.id, title: row.title, matched: found.matched, context: found.context, version: row.version, updatedAt: row.updatedAt });
    if (mentions.length === MENTIONS) break;
  }
  return mentions;
}

/**
 * Links the first plain mention of note `noteId` in note `mentionNoteId`. Read, edit and write
 * happen in one transaction, so no other save can slip in between; an editor holding the old
 * text will meet a conflict on its next save rather than overwrite the link.
 */
export function linkMention(
  db: Db,
  input: { noteId: number; mentionNoteId: number; baseVersion?: number | undefined },
  now: Date,
): { note: NoteMeta; matched: string; tagsChanged: boolean } {
  if (input.noteId === input.mentionNoteId) throw new AppError('invalid_input', 'A note cannot link a mention of itself.');
  return db
    .transaction(() => {
      const phrases = phrasesOf(db, input.noteId);
      const row = getNote(db, input.mentionNoteId);
      if (!row) throw noteGone();
      if (input.baseVersion !== undefined && input.baseVersion !== row.version) {
        throw new AppError('conflict', `“${row.title || 'Untitled'}” has changed since the mention was found. Look at its mentions again.`);
      }
      const linked = linkFirstMention(JSON.parse(row.contentJson) as NoteDocJSON, { noteId: input.noteId, phrases });
      if (!linked) throw new AppError('not_found', `“${row.title || 'Untitled'}” no longer mentions this note in plain words (it may have been edited or linked already).`);
      // Derived inside the transaction: a one-click edit of one note, and the read must not go stale.
      const tagsChanged = writeContent(db, row, prepareContent(linked.doc), now);
      return { note: loadMeta(db, row.id), matched: linked.matched, tagsChanged };
    })
    .immediate();
}
