import type { Db } from '../../db/open';
import { backupBefore } from '../library/backup';
import type { ArticleParser } from '../library/import/parser';
import { describeReclean, recleanDocument, recleanLibrary, type RecleanReport } from '../library/sources/reclean';
import { rejoinDocuments } from '../library/sources/rejoin';
import { restoreRemoved, unrestoreRemoved } from '../library/sources/restore';
import { cancellableJobs } from './jobs';
import type { CoreHandlers } from './types';

/** Kept originals: restoring removed passages, re-running cleanup (a cancellable job), joining articles back. */
export function sourceHandlers(db: Db, parser: ArticleParser, now: () => Date = () => new Date()) {
  const jobs = cancellableJobs();
  const reparse = parser.reparse.bind(parser);
  return {
    'library.restoreRemoved': ({ id, index }, ctx) => {
      const { blockIndex, passage, highlights } = restoreRemoved(db, id, index, now());
      ctx.emit('library.changed', {});
      ctx.emit('highlights.changed', { documentId: id });
      return { blockIndex, passage, needAttention: highlights.fuzzy + highlights.orphaned };
    },
    'library.unrestoreRemoved': ({ id, blockIndex, passage }, ctx) => {
      const highlights = unrestoreRemoved(db, id, blockIndex, passage, now());
      ctx.emit('library.changed', {});
      ctx.emit('highlights.changed', { documentId: id });
      return { needAttention: highlights.fuzzy + highlights.orphaned };
    },
    'library.reclean': ({ jobId, id }, ctx) =>
      jobs.run(jobId, async (isCancelled, signal) => {
        let report: RecleanReport;
        if (id !== undefined) {
          // One article: a refusal (no kept original, split) is the answer, not a line in a report.
          const outcome = await recleanDocument(db, id, reparse, now());
          report = { checked: 1, cleaned: outcome.cleaned ? [outcome] : [], needAttention: outcome.needAttention, notRecleanable: 0, failed: [], cancelled: false };
        } else {
          // The whole library is rewritten: a backup first (refused if it cannot be made).
          await backupBefore(db, 'reclean');
          report = await recleanLibrary(db, {
            // Cancel also gives up the article being parsed (its worker is stopped), as import does.
            reparse: (format, name, text) => parser.reparse(format, name, text, { signal }),
            now,
            isCancelled,
            onProgress: (p) => ctx.emit('reclean.progress', { jobId, ...p }),
            yieldBetween: () => new Promise((resolve) => setImmediate(resolve)),
          });
        }
        if (report.cleaned.length > 0) ctx.emit('library.changed', {});
        for (const { id: documentId } of report.cleaned) ctx.emit('highlights.changed', { documentId });
        return { ...report, message: describeReclean(report) };
      }),
    'library.recleanCancel': ({ jobId }) => jobs.cancel(jobId),
    'library.rejoin': async ({ ids }, ctx) => {
      const result = await rejoinDocuments(db, ids, reparse, now());
      ctx.emit('library.changed', {});
      ctx.emit('highlights.changed', { documentId: result.id });
      ctx.emit('tags.changed', {});
      return result;
    },
  } satisfies Pick<CoreHandlers, 'library.restoreRemoved' | 'library.unrestoreRemoved' | 'library.reclean' | 'library.recleanCancel' | 'library.rejoin'>;
}
