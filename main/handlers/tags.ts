import { suggestTags } from '../../db/repos/tags';
import type { Db } from '../../db/open';
import { backupBefore } from '../library/backup';
import { addDocumentTag, addHighlightTag, deleteTag, listTags, mergeTags, removeDocumentTag, removeHighlightTag, renameTag } from '../library/tags';
import type { CoreHandlers, HandlerContext } from './types';

/** Renames, merges and deletes touch articles' and highlights' tags everywhere: everything refreshes. */
function everywhere(ctx: HandlerContext): void {
  ctx.emit('tags.changed', {});
  ctx.emit('library.changed', {});
}

/** Notes whose text a rename, merge or delete rewrote (their tags come from their text). */
function notesChanged(ctx: HandlerContext, ids: readonly number[]): void {
  for (const id of ids) ctx.emit('notes.changed', { id });
}

export function tagHandlers(db: Db, now: () => Date = () => new Date()) {
  return {
    'tags.list': () => ({ tags: listTags(db) }),
    'tags.suggest': ({ prefix, limit }) => ({ tags: suggestTags(db, prefix, limit) }),
    'tags.rename': ({ from, to }, ctx) => {
      const { changed, notes } = renameTag(db, from, to, now());
      everywhere(ctx);
      notesChanged(ctx, notes);
      return { changed };
    },
    'tags.merge': async ({ from, into }, ctx) => {
      await backupBefore(db, 'tag-merge');
      const { changed, notes } = mergeTags(db, from, into, now());
      everywhere(ctx);
      notesChanged(ctx, notes);
      return { changed };
    },
    'tags.delete': async ({ name, includeChildren }, ctx) => {
      await backupBefore(db, 'tag-delete');
      const { notes, ...result } = deleteTag(db, name, includeChildren, now());
      everywhere(ctx);
      notesChanged(ctx, notes);
      return result;
    },
    'tags.addToDocument': ({ documentId, name }, ctx) => {
      const tags = addDocumentTag(db, documentId, name);
      everywhere(ctx);
      return { tags };
    },
    'tags.removeFromDocument': ({ documentId, name }, ctx) => {
      const tags = removeDocumentTag(db, documentId, name);
      everywhere(ctx);
      return { tags };
    },
    'tags.addToHighlight': ({ highlightId, name }, ctx) => {
      const { documentId, tags } = addHighlightTag(db, highlightId, name);
      ctx.emit('tags.changed', {});
      ctx.emit('highlights.changed', { documentId });
      return { tags };
    },
    'tags.removeFromHighlight': ({ highlightId, name }, ctx) => {
      const { documentId, tags } = removeHighlightTag(db, highlightId, name);
      ctx.emit('tags.changed', {});
      ctx.emit('highlights.changed', { documentId });
      return { tags };
    },
  } satisfies Pick<
    CoreHandlers,
    | 'tags.list'
    | 'tags.suggest'
    | 'tags.rename'
    | 'tags.merge'
    | 'tags.delete'
    | 'tags.addToDocument'
    | 'tags.removeFromDocument'
    | 'tags.addToHighlight'
    | 'tags.removeFromHighlight'
  >;
}
