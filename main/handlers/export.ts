import path from 'node:path';
import type { Db } from '../../db/open';
import { AppError } from '../library/errors';
import { noteMarkdown, runExport } from '../library/export';
import { noteGone } from '../library/notes/view';
import { cancellableJobs } from './jobs';
import type { CoreHandlers } from './types';

/** Exports in flight can be cancelled by the job id the UI chose. */
export function exportHandlers(db: Db) {
  const jobs = cancellableJobs();
  return {
    'export.run': async ({ jobId, folder, allArticles, fullText }, ctx) => {
      if (!path.isAbsolute(folder)) throw new AppError('invalid_input', 'Choose the folder to export into with the folder picker (a full path is needed).');
      return jobs.run(jobId, (isCancelled) =>
        runExport(db, folder, {
          allArticles,
          fullText,
          onProgress: ({ done, total, path: current }) => ctx.emit('export.progress', { jobId, done, total, path: current ?? null }),
          isCancelled,
        }),
      );
    },
    'export.cancel': ({ jobId }) => jobs.cancel(jobId),
    'export.note': ({ id }) => {
      const markdown = noteMarkdown(db, id);
      if (markdown === null) throw noteGone();
      return { markdown };
    },
  } satisfies Pick<CoreHandlers, 'export.run' | 'export.cancel' | 'export.note'>;
}
