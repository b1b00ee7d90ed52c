import type { Db } from '../../db/open';
import type { ArticleParser } from '../library/import/parser';
import { importSources } from '../library/importer';
import type { CoreHandlers } from './types';

/** Cancels remembered for jobs not started yet (a cancel can overtake a large upload). */
const EARLY_CANCELS_KEPT = 100;

/** Batches in flight, by the job id the UI chose, so `import.cancel` can reach them. */
export function importHandlers(db: Db, parser: ArticleParser) {
  const running = new Map<string, { cancelled: boolean }>();
  const early = new Set<string>();
  return {
    'import.run': async ({ jobId, sources }, ctx) => {
      const job = { cancelled: early.delete(jobId) };
      running.set(jobId, job);
      try {
        const report = await importSources(db, sources, {
          parser,
          onProgress: (p) => ctx.emit('import.progress', { jobId, ...p }),
          isCancelled: () => job.cancelled,
          yieldBetweenGroups: () => new Promise((resolve) => setImmediate(resolve)),
        });
        if (report.imported.length > 0) ctx.emit('library.changed', {});
        // Card passages that found their article: both the card's and the article's lists changed.
        for (const documentId of new Set(report.attached?.flatMap((a) => [a.cardId, a.articleId]))) {
          ctx.emit('highlights.changed', { documentId });
        }
        return report;
      } finally {
        running.delete(jobId);
      }
    },
    'import.cancel': ({ jobId }) => {
      const job = running.get(jobId);
      if (job) job.cancelled = true;
      else {
        early.add(jobId);
        if (early.size > EARLY_CANCELS_KEPT) early.delete(early.values().next().value!);
      }
      return { cancelled: true };
    },
  } satisfies Pick<CoreHandlers, 'import.run' | 'import.cancel'>;
}
