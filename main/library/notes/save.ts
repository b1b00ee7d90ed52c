/**
 * Creating, saving and renaming notes: the rules that make sure a note never loses a keystroke.
 *
 * A save derives everything outside the transaction, then in one transaction: skips when nothing
 * differs (no write, same version); if the text changed since the version the editor started from,
 * keeps both (the stored note as it is, the incoming text as a new “(conflict …)” note) rather
 * than overwrite either; else writes the note, its links and its tags together and bumps the
 * version. Only content bumps the version: a rename elsewhere never turns the editor's next save
 * into a conflict (titles and aliases are last-writer-wins; the editor sends a title only when the
 * user changed it).
 */
import type { Note, NoteMeta } from '../../contract';
import { replaceNoteLinks } from '../../../db/repos/note-links';
import { getNote, insertNote, updateNoteContent, updateNoteNames, type NoteRow } from '../../../db/repos/notes';
import { replaceNoteTags, tagsOfNotes } from '../../../db/repos/tags';
import type { Db } from '../../../db/open';
import { NOTE_TITLE_MAX, emptyNoteDoc } from '../../contract/note-schema';
import { excerptOf } from './doc';
import { aliasesJson, prepareContent, type PreparedContent } from './derive';
import { loadMeta, loadNote, noteGone } from './view';

export interface SaveInput {
  id: number;
  baseVersion: number;
  title?: string | undefined;
  content: unknown;
  aliases?: readonly string[] | undefined;
}

export interface SaveOutcome {
  status: 'saved' | 'unchanged' | 'conflict' | 'trashed';
  note: NoteMeta;
  conflictCopy?: NoteMeta;
  /** Whether any note's tags changed (for the `tags.changed` event). */
  tagsChanged: boolean;
}

const sameTags = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].map((t) => t.toLowerCase()).sort().join('\n') === [...b].map((t) => t.toLowerCase()).sort().join('\n');

/** Writes a prepared note's links and tags; returns whether its tags differ from before. */
function writeDerived(db: Db, id: number, prepared: PreparedContent): boolean {
  const before = tagsOfNotes(db, [id]).get(id) ?? [];
  replaceNoteLinks(db, id, prepared.links);
  replaceNoteTags(db, id, prepared.tags);
  return !sameTags(before, prepared.tags);
}

function insertPrepared(db: Db, title: string, prepared: PreparedContent, aliases: string | null, now: Date): { id: number; tagsChanged: boolean } {
  const at = now.toISOString();
  const id = insertNote(db, {
    title,
    aliasesJson: aliases,
    contentJson: prepared.contentJson,
    plainText: prepared.plainText,
    excerpt: excerptOf(prepared.plainText, title),
    createdAt: at,
    updatedAt: at,
  });
  return { id, tagsChanged: writeDerived(db, id, prepared) };
}

export function createNote(db: Db, input: { title: string; content?: unknown; aliases?: readonly string[] | undefined }, now: Date): { note: Note; tagsChanged: boolean } {
  const prepared = prepareContent(input.content ?? emptyNoteDoc());
  const { id, tagsChanged } = db.transaction(() => insertPrepared(db, input.title, prepared, aliasesJson(input.aliases ?? []), now)).immediate();
  return { note: loadNote(db, id), tagsChanged };
}

/** “Drone strikes (conflict 2025-03-01 14:05)”, in local time: the user's own clock names it. */
export function conflictTitle(title: string, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
  const suffix = ` (conflict ${stamp})`;
  return `${(title.trim() || 'Untitled').slice(0, NOTE_TITLE_MAX - suffix.length)}${suffix}`;
}

export function saveNote(db: Db, input: SaveInput, now: Date): SaveOutcome {
  const prepared = prepareContent(input.content);
  const incomingAliases = input.aliases === undefined ? undefined : aliasesJson(input.aliases);
  return db
    .transaction((): SaveOutcome => {
      const row = getNote(db, input.id);
      if (!row) throw noteGone();
      // Trashed meanwhile (another window): writing would bury the text in the trash unseen.
      // Nothing is written; the editor keeps the text and offers to restore the note.
      if (row.deletedAt !== null) return { status: 'trashed', note: loadMeta(db, row.id), tagsChanged: false };
      const contentChanged = row.contentJson !== prepared.contentJson;
      const title = input.title ?? row.title;
      const aliases = incomingAliases === undefined ? row.aliasesJson : incomingAliases;
      const namesChanged = title !== row.title || aliases !== row.aliasesJson;
      if (!contentChanged && !namesChanged) return { status: 'unchanged', note: loadMeta(db, row.id), tagsChanged: false };
      if (contentChanged && input.baseVersion !== row.version) return keepBoth(db, row, input.title, prepared, now);
      let tagsChanged = false;
      const excerpt = excerptOf(contentChanged ? prepared.plainText : row.plainText, title);
      if (contentChanged) {
        updateNoteContent(db, row.id, { contentJson: prepared.contentJson, plainText: prepared.plainText, excerpt }, now.toISOString());
        tagsChanged = writeDerived(db, row.id, prepared);
      }
      if (namesChanged) updateNoteNames(db, row.id, { title, aliasesJson: aliases, excerpt }, now.toISOString());
      return { status: 'saved', note: loadMeta(db, row.id), tagsChanged };
    })
    .immediate();
}

/** The stored note stays exactly as it is; the incoming text becomes a note of its own. */
function keepBoth(db: Db, stored: NoteRow, incomingTitle: string | undefined, prepared: PreparedContent, now: Date): SaveOutcome {
  const copy = insertPrepared(db, conflictTitle(incomingTitle ?? stored.title, now), prepared, null, now);
  return { status: 'conflict', note: loadMeta(db, stored.id), conflictCopy: loadMeta(db, copy.id), tagsChanged: copy.tagsChanged };
}

/** Renames a note. Links hold ids, so nothing else changes; the version stays. */
export function renameNote(db: Db, id: number, title: string, now: Date): NoteMeta {
  return db
    .transaction(() => {
      const row = getNote(db, id);
      if (!row) throw noteGone();
      if (row.title !== title) updateNoteNames(db, id, { title, aliasesJson: row.aliasesJson, excerpt: excerptOf(row.plainText, title) }, now.toISOString());
      return loadMeta(db, id);
    })
    .immediate();
}

/** Writes content derived by the caller inside the caller's transaction (server-side edits such as linking a mention). */
export function writeContent(db: Db, row: NoteRow, prepared: PreparedContent, now: Date): boolean {
  updateNoteContent(db, row.id, { contentJson: prepared.contentJson, plainText: prepared.plainText, excerpt: excerptOf(prepared.plainText, row.title) }, now.toISOString());
  return writeDerived(db, row.id, prepared);
}
