import type { Db } from '../../db/open';
import { importSources } from '../library/importer';
import type { CoreHandlers } from './types';

/** Batches in flight, by the job id the UI chose, so `import.cancel` can reach them. */
export function importHandlers(db: Db) {
  const cancelled = new Map<string, boolean>();
  return {
    'import.run': async ({ jobId, sources }, ctx) => {
      cancelled.set(jobId, false);
      try {
        const report = await importSources(db, sources, {
          onProgress: (p) => ctx.emit('import.progress', { jobId, ...p }),
          isCancelled: () => cancelled.get(jobId) === true,
          yieldBetweenGroups: () => new Promise((resolve) => setImmediate(resolve)),
        });
        if (report.imported.length > 0) ctx.emit('library.changed', {});
        return report;
      } finally {
        cancelled.delete(jobId);
      }
    },
    'import.cancel': ({ jobId }) => {
      if (!cancelled.has(jobId)) return { cancelled: false };
      cancelled.set(jobId, true);
      return { cancelled: true };
    },
  } satisfies Pick<CoreHandlers, 'import.run' | 'import.cancel'>;
}
