import { highlightBacklinkCounts } from '../../db/repos/note-links';
import { listNotes } from '../../db/repos/notes';
import type { Db } from '../../db/open';
import { backupBefore } from '../library/backup';
import { appendHighlights } from '../library/notes/append';
import { backlinks, resolveReferences } from '../library/notes/links';
import { noteFromHighlights } from '../library/notes/from-highlights';
import { linkMention, unlinkedMentions } from '../library/notes/mentions';
import { createNote, renameNote, saveNote } from '../library/notes/save';
import { searchHighlights, searchTitles } from '../library/notes/search';
import { purgeNote, restoreNote, trashNote } from '../library/notes/trash';
import { loadNote, withTags } from '../library/notes/view';
import type { CoreHandlers, HandlerContext } from './types';

/** `notes.changed` for each note touched, and `tags.changed` when a note's tags moved the tag list. */
function changed(ctx: HandlerContext, ids: readonly number[], tagsChanged: boolean): void {
  for (const id of new Set(ids)) ctx.emit('notes.changed', { id });
  if (tagsChanged) ctx.emit('tags.changed', {});
}

export function noteHandlers(db: Db, now: () => Date = () => new Date()) {
  return {
    'notes.list': ({ trash, tag, limit }) => ({ notes: withTags(db, listNotes(db, { trash, limit, ...(tag !== undefined ? { tag } : {}) })) }),
    'notes.get': ({ id }) => loadNote(db, id),
    'notes.create': ({ title, content, aliases }, ctx) => {
      const { note, tagsChanged } = createNote(db, { title, content, aliases }, now());
      changed(ctx, [note.id], tagsChanged);
      return note;
    },
    'notes.save': (input, ctx) => {
      const { tagsChanged, ...result } = saveNote(db, input, now());
      if (result.status !== 'unchanged' && result.status !== 'trashed') changed(ctx, [result.note.id, ...(result.conflictCopy ? [result.conflictCopy.id] : [])], tagsChanged);
      return result;
    },
    'notes.rename': ({ id, title }, ctx) => {
      const note = renameNote(db, id, title, now());
      changed(ctx, [id], false);
      return note;
    },
    'notes.delete': ({ id }, ctx) => {
      const result = trashNote(db, id, now());
      // Tag counts are of live notes: a tagged note leaving them changes its tags' counts.
      if (result.deleted) changed(ctx, [id], (result.note?.tags.length ?? 0) > 0);
      return result;
    },
    'notes.restore': ({ id }, ctx) => {
      const note = restoreNote(db, id);
      changed(ctx, [id], note.tags.length > 0);
      return note;
    },
    'notes.purge': async ({ id }, ctx) => {
      // Deleting for good cannot be undone in the app: a backup first (refused if it cannot be made).
      await backupBefore(db, 'purge');
      const { purged, hadTags } = purgeNote(db, id);
      if (purged) changed(ctx, [id], hadTags);
      return { purged };
    },
    'notes.searchTitles': (input) => ({ notes: searchTitles(db, input) }),
    'notes.backlinks': ({ target }) => ({ backlinks: backlinks(db, target) }),
    'notes.unlinkedMentions': ({ id }) => ({ mentions: unlinkedMentions(db, id) }),
    'notes.linkMention': (input, ctx) => {
      const { tagsChanged, ...result } = linkMention(db, input, now());
      changed(ctx, [result.note.id], tagsChanged);
      return result;
    },
    'notes.resolve': (ids) => resolveReferences(db, ids),
    'notes.fromHighlights': (input, ctx) => {
      const { note, tagsChanged } = noteFromHighlights(db, input, now());
      changed(ctx, [note.id], tagsChanged);
      return note;
    },
    'notes.appendHighlights': (input, ctx) => {
      const { note, tagsChanged } = appendHighlights(db, input, now());
      changed(ctx, [note.id], tagsChanged);
      return note;
    },
    'notes.backlinkCounts': ({ documentId }) => ({ counts: highlightBacklinkCounts(db, documentId) }),
    // Here rather than with the other highlight calls: it serves the note editor's `((`.
    'highlights.search': ({ query, limit }) => ({ highlights: searchHighlights(db, query, limit) }),
  } satisfies Pick<
    CoreHandlers,
    | 'notes.list'
    | 'notes.get'
    | 'notes.create'
    | 'notes.save'
    | 'notes.rename'
    | 'notes.delete'
    | 'notes.restore'
    | 'notes.purge'
    | 'notes.searchTitles'
    | 'notes.backlinks'
    | 'notes.unlinkedMentions'
    | 'notes.linkMention'
    | 'notes.resolve'
    | 'notes.fromHighlights'
    | 'notes.appendHighlights'
    | 'notes.backlinkCounts'
    | 'highlights.search'
  >;
}
