import { deleteDocument, getDocument, listDocumentsPage } from '../../db/repos/documents';
import { tagsOfDocument } from '../../db/repos/tags';
import { getOriginalFile, originalFileInfo } from '../../db/repos/original-files';
import type { Db } from '../../db/open';
import { toDetail, toSummary } from '../library/documents';
import { AppError } from '../library/errors';
import { loadSource } from '../library/sources/store';
import type { CoreHandlers } from './types';

export function libraryHandlers(db: Db) {
  return {
    'library.list': ({ sort, direction, tag, hasHighlights, offset, limit }) => {
      const filter = { ...(tag !== undefined ? { tag } : {}), ...(hasHighlights !== undefined ? { hasHighlights } : {}) };
      const { rows, total } = listDocumentsPage(db, { sort, direction, ...filter, page: { offset, limit } });
      return { articles: rows.map(toSummary), total, offset };
    },
    'library.get': ({ id }) => {
      const row = getDocument(db, id);
      if (!row) throw new AppError('not_found', 'This article is no longer in your library. It may have been deleted.');
      // The reader shows what the cleaner removed and whether cleanup can be re-run.
      const source = loadSource(db, id, (JSON.parse(row.blocksJson) as unknown[]).length);
      return toDetail(row, tagsOfDocument(db, id), source, source?.keptFile ? originalFileInfo(db, id) : undefined);
    },
    'library.original': ({ id }) => {
      const file = getOriginalFile(db, id);
      if (!file) throw new AppError('not_found', 'This article has no original file kept with it: only PDFs are kept as files. Its text is what the library holds.');
      return { name: file.name, mediaType: file.mediaType, base64: file.bytes.toString('base64') };
    },
    'library.delete': ({ id }, ctx) => {
      const deleted = deleteDocument(db, id);
      if (deleted) {
        ctx.emit('library.changed', {});
        // Its taggings (and its highlights') went with it: the tags' counts changed.
        ctx.emit('tags.changed', {});
      }
      return { deleted };
    },
  } satisfies Pick<CoreHandlers, 'library.list' | 'library.get' | 'library.original' | 'library.delete'>;
}
