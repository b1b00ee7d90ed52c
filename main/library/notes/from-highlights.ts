/** “New note from highlights”: a note quoting the chosen highlights, article by article, in reading order. */
import type { Note } from '../../contract';
import { getHighlight, type HighlightRow } from '../../../db/repos/highlights';
import type { Db } from '../../../db/open';
import { HIGHLIGHT_REF, NOTE_TITLE_MAX, type NoteDocJSON, type NoteNodeJSON } from '../../contract/note-schema';
import { AppError } from '../errors';
import { createNote } from './save';

/** Articles in the order the user picked them; within one, pending passages first, then by position. */
export function readingOrder(rows: readonly HighlightRow[]): HighlightRow[] {
  const articleRank = new Map<number, number>();
  for (const h of rows) if (!articleRank.has(h.documentId)) articleRank.set(h.documentId, articleRank.size);
  return [...rows].sort(
    (a, b) =>
      articleRank.get(a.documentId)! - articleRank.get(b.documentId)! ||
      (a.start ?? -1) - (b.start ?? -1) ||
      (a.end ?? -1) - (b.end ?? -1) ||
      a.id - b.id,
  );
}

export function defaultTitle(rows: readonly HighlightRow[]): string {
  const articles = new Set(rows.map((h) => h.documentId));
  const title = articles.size === 1 ? `Notes on ${rows[0]!.documentTitle}` : `Highlights from ${articles.size} articles`;
  return title.slice(0, NOTE_TITLE_MAX);
}

export function noteFromHighlights(db: Db, input: { highlightIds: readonly number[]; title?: string | undefined }, now: Date): { note: Note; tagsChanged: boolean } {
  const ids = [...new Set(input.highlightIds)];
  const rows = ids.map((id) => getHighlight(db, id));
  const missing = ids.filter((_, i) => rows[i] === undefined);
  if (missing.length > 0) {
    throw new AppError('not_found', `${missing.length === 1 ? 'Highlight' : 'Highlights'} #${missing.join(', #')} ${missing.length === 1 ? 'is' : 'are'} no longer in your library. Choose the highlights again.`);
  }
  const ordered = readingOrder(rows as HighlightRow[]);
  const quotes: NoteNodeJSON[] = ordered.map((h) => ({ type: HIGHLIGHT_REF, attrs: { highlightId: h.id, documentId: h.documentId, quote: h.exact } }));
  // A paragraph after the quotes: somewhere to start writing.
  const content: NoteDocJSON = { type: 'doc', content: [...quotes, { type: 'paragraph' }] };
  return createNote(db, { title: input.title ?? defaultTitle(ordered), content }, now);
}
