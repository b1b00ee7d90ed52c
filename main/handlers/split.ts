import type { Db } from '../../db/open';
import { toSummary } from '../library/documents';
import { splitDocument } from '../library/split';
import type { CoreHandlers } from './types';

export function splitHandlers(db: Db, now: () => Date = () => new Date()) {
  return {
    'library.split': ({ id, blockIndex }, ctx) => {
      const { original, created, movedHighlights } = splitDocument(db, id, blockIndex, now());
      ctx.emit('library.changed', {});
      ctx.emit('highlights.changed', { documentId: original.id });
      ctx.emit('highlights.changed', { documentId: created.id });
      ctx.emit('tags.changed', {});
      return { original: toSummary(original), created: toSummary(created), movedHighlights };
    },
  } satisfies Pick<CoreHandlers, 'library.split'>;
}
