/**
 * “Quote in note…”: highlight references appended to the end of an existing note, on the Node
 * side and in one transaction (read, append, derive, write), so a quote never races a save from
 * the editor: the version is bumped, and an editor holding the old text reloads on `notes.changed`
 * (or, if it had unsaved typing, its next save keeps both rather than dropping the quote).
 */
import type { NoteMeta } from '../../contract';
import { getHighlight, type HighlightRow } from '../../../db/repos/highlights';
import { getNote } from '../../../db/repos/notes';
import type { Db } from '../../../db/open';
import { HIGHLIGHT_REF, type NoteDocJSON, type NoteNodeJSON } from '../../contract/note-schema';
import { AppError } from '../errors';
import { prepareContent } from './derive';
import { writeContent } from './save';
import { loadMeta, noteGone } from './view';

/** The highlights, in the order asked for (duplicates once); refused whole if any is gone. */
export function requireHighlights(db: Db, highlightIds: readonly number[]): HighlightRow[] {
  const ids = [...new Set(highlightIds)];
  const rows = ids.map((id) => getHighlight(db, id));
  const missing = ids.filter((_, i) => rows[i] === undefined);
  if (missing.length > 0) {
    throw new AppError(
      'not_found',
      `${missing.length === 1 ? 'Highlight' : 'Highlights'} #${missing.join(', #')} ${missing.length === 1 ? 'is' : 'are'} no longer in your library. Choose the highlights again; the note was not changed.`,
    );
  }
  return rows as HighlightRow[];
}

/** A doc ending in an empty paragraph (the one a new note or “from highlights” leaves) keeps it last: still somewhere to write. */
function appended(doc: NoteDocJSON, quotes: readonly NoteNodeJSON[]): NoteDocJSON {
  const content = [...(doc.content ?? [])];
  const last = content[content.length - 1];
  const trailingEmpty = last?.type === 'paragraph' && (last.content ?? []).length === 0;
  if (trailingEmpty) content.pop();
  return { ...doc, content: [...content, ...quotes, { type: 'paragraph' }] };
}

export function appendHighlights(db: Db, input: { noteId: number; highlightIds: readonly number[] }, now: Date): { note: NoteMeta; tagsChanged: boolean } {
  return db
    .transaction(() => {
      const row = getNote(db, input.noteId);
      if (!row) throw noteGone();
      if (row.deletedAt !== null) throw new AppError('refused', `“${row.title || 'Untitled'}” is in the trash. Restore it first, or quote in another note.`);
      const quotes = requireHighlights(db, input.highlightIds).map(
        (h): NoteNodeJSON => ({ type: HIGHLIGHT_REF, attrs: { highlightId: h.id, documentId: h.documentId, quote: h.exact } }),
      );
      const tagsChanged = writeContent(db, row, prepareContent(appended(JSON.parse(row.contentJson) as NoteDocJSON, quotes)), now);
      return { note: loadMeta(db, row.id), tagsChanged };
    })
    .immediate();
}
