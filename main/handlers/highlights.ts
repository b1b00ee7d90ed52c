import type { Db } from '../../db/open';
import { createHighlight, reattachHighlight, removeHighlight, restoreHighlight, updateHighlight } from '../library/highlights/edit';
import { highlightsNeedingAttention, listHighlights } from '../library/highlights/lists';
import type { CoreHandlers, HandlerContext } from './types';

/**
 * Only `highlights.changed`: the library list shows nothing of highlights, so it is not refetched
 * on every highlight (a UI filtering by "has highlights" listens to this event too).
 */
function changed(ctx: HandlerContext, ...documentIds: number[]): void {
  for (const documentId of new Set(documentIds)) ctx.emit('highlights.changed', { documentId });
}

export function highlightHandlers(db: Db, now: () => Date = () => new Date()) {
  return {
    'highlights.create': (input, ctx) => {
      const highlight = createHighlight(db, input, now());
      changed(ctx, highlight.documentId);
      if (input.tags.length > 0) ctx.emit('tags.changed', {});
      return highlight;
    },
    'highlights.update': ({ id, color, comment }, ctx) => {
      const highlight = updateHighlight(db, id, { color, comment }, now());
      ctx.emit('highlights.changed', { documentId: highlight.documentId });
      return highlight;
    },
    'highlights.delete': ({ id }, ctx) => {
      const result = removeHighlight(db, id);
      if (result.highlight) {
        changed(ctx, result.highlight.documentId);
        if (result.highlight.tags.length > 0) ctx.emit('tags.changed', {});
      }
      return result;
    },
    'highlights.restore': ({ highlight: snapshot }, ctx) => {
      const highlight = restoreHighlight(db, snapshot);
      changed(ctx, highlight.documentId);
      if (highlight.tags.length > 0) ctx.emit('tags.changed', {});
      return highlight;
    },
    'highlights.list': (query) => ({ highlights: listHighlights(db, query) }),
    'highlights.needingAttention': (options) => ({ highlights: highlightsNeedingAttention(db, options) }),
    'highlights.reattach': (input, ctx) => {
      const { highlight, from } = reattachHighlight(db, input, now());
      changed(ctx, from, highlight.documentId);
      return highlight;
    },
  } satisfies Pick<
    CoreHandlers,
    | 'highlights.create'
    | 'highlights.update'
    | 'highlights.delete'
    | 'highlights.restore'
    | 'highlights.list'
    | 'highlights.needingAttention'
    | 'highlights.reattach'
  >;
}
