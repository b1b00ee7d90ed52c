import os from 'node:os';
import path from 'node:path';
import type { Db } from '../../db/open';
import { AppError } from '../library/errors';
import { articleMarkdown, noteMarkdown, runExport } from '../library/export';
import { noteGone } from '../library/notes/view';
import { cancellableJobs } from './jobs';
import type { CoreHandlers } from './types';

/** The folder an export writes into: a typed `~/Vault` (the browser host has no picker) means the home folder, as in a shell. */
export function exportTarget(folder: string): string {
  const target = folder === '~' || /^~[\\/]/.test(folder) ? path.join(os.homedir(), folder.slice(1)) : folder;
  if (!path.isAbsolute(target)) {
    throw new AppError('invalid_input', `“${folder}” is not a full path. Choose the folder with the folder picker, or type its whole path (starting with / or a drive letter).`);
  }
  return path.resolve(target);
}

/** Exports in flight can be cancelled by the job id the UI chose. */
export function exportHandlers(db: Db) {
  const jobs = cancellableJobs();
  return {
    'export.confirmFolder': ({ folder }) => ({ folder: exportTarget(folder) }),
    'export.run': async ({ jobId, folder, allArticles, fullText }, ctx) => {
      const target = exportTarget(folder);
      return jobs.run(jobId, (isCancelled) =>
        runExport(db, target, {
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
    'export.article': ({ id }) => {
      const found = articleMarkdown(db, id);
      if (found === null) throw new AppError('not_found', 'That article is no longer in your library.');
      return found;
    },
  } satisfies Pick<CoreHandlers, 'export.confirmFolder' | 'export.run' | 'export.cancel' | 'export.note' | 'export.article'>;
}
