import type { Db } from '../../db/open';
import type { ArticleParser } from '../library/import/parser';
import { importSources } from '../library/importer';
import { cancellableJobs } from './jobs';
import type { CoreHandlers } from './types';

/** Imports in flight can be cancelled by the job id the UI chose. */
export function importHandlers(db: Db, parser: ArticleParser) {
  const jobs = cancellableJobs();
  return {
    'import.run': ({ jobId, sources }, ctx) =>
      jobs.run(jobId, async (_isCancelled, signal) => {
        const report = await importSources(db, sources, {
          parser,
          onProgress: (p) => ctx.emit('import.progress', { jobId, ...p }),
          // Cancel stops the parse under way (its worker is terminated), not only the files after it.
          signal,
          yieldBetweenGroups: () => new Promise((resolve) => setImmediate(resolve)),
        });
        if (report.imported.length > 0) {
          ctx.emit('library.changed', {});
          // Articles may bring tags (Markdown frontmatter, a card's tags copied to its article).
          ctx.emit('tags.changed', {});
        }
        // Card passages that found their article: both the card's and the article's lists changed.
        for (const documentId of new Set(report.attached?.flatMap((a) => [a.cardId, a.articleId]))) {
          ctx.emit('highlights.changed', { documentId });
        }
        return report;
      }),
    'import.cancel': ({ jobId }) => jobs.cancel(jobId),
  } satisfies Pick<CoreHandlers, 'import.run' | 'import.cancel'>;
}
