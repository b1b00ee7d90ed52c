import path from 'node:path';
import type { Db } from '../../db/open';
import { AppError } from '../library/errors';
import { noteMarkdown, runExport } from '../library/export';
import { noteGone } from '../library/notes/view';
import type { CoreHandlers } from './types';

const EARLY_CANCELS_KEPT = 100;

/** Exports in flight, by the job id the UI chose, so `export.cancel` can reach them. */
export function exportHandlers(db: Db) {
  const running = new Map<string, { cancelled: boolean }>();
  const early = new Set<string>();
  return {
    'export.run': async ({ jobId, folder, allArticles, fullText }, ctx) => {
      if (!path.isAbsolute(folder)) throw new AppError('invalid_input', 'Choose the folder to export into with the folder picker (a full path is needed).');
      const job = { cancelled: early.delete(jobId) };
      running.set(jobId, job);
      try {
        return await runExport(db, folder, {
          allArticles,
          fullText,
          onProgress: ({ done, total, path: current }) => ctx.emit('export.progress', { jobId, done, total, path: current ?? null }),
          isCancelled: () => job.cancelled,
        });
      } finally {
        running.delete(jobId);
      }
    },
    'export.cancel': ({ jobId }) => {
      const job = running.get(jobId);
      if (job) job.cancelled = true;
      else {
        early.add(jobId);
        if (early.size > EARLY_CANCELS_KEPT) early.delete(early.values().next().value!);
      }
      return { cancelled: true };
    },
    'export.note': ({ id }) => {
      const markdown = noteMarkdown(db, id);
      if (markdown === null) throw noteGone();
      return { markdown };
    },
  } satisfies Pick<CoreHandlers, 'export.run' | 'export.cancel' | 'export.note'>;
}
