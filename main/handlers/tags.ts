import { suggestTags } from '../../db/repos/tags';
import type { Db } from '../../db/open';
import {
  addDocumentTag,
  addHighlightTag,
  deleteTag,
  listTags,
  mergeTags,
  removeDocumentTag,
  removeHighlightTag,
  renameTag,
} from '../library/tags';
import type { CoreHandlers, HandlerContext } from './types';

/** Renames, merges and deletes touch articles' and highlights' tags everywhere: everything refreshes. */
function everywhere(ctx: HandlerContext): void {
  ctx.emit('tags.changed', {});
  ctx.emit('library.changed', {});
}

export function tagHandlers(db: Db) {
  return {
    'tags.list': () => ({ tags: listTags(db) }),
    'tags.suggest': ({ prefix, limit }) => ({ tags: suggestTags(db, prefix, limit) }),
    'tags.rename': ({ from, to }, ctx) => {
      const changed = renameTag(db, from, to);
      everywhere(ctx);
      return { changed };
    },
    'tags.merge': ({ from, into }, ctx) => {
      const changed = mergeTags(db, from, into);
      everywhere(ctx);
      return { changed };
    },
    'tags.delete': ({ name, includeChildren }, ctx) => {
      const result = deleteTag(db, name, includeChildren);
      everywhere(ctx);
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
