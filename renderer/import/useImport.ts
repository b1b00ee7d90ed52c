/**
 * One import at a time, from selection to result: sends the batches, turns the Node side's
 * progress events into "Importing 3 of 40 — file", cancels on request, and merges the
 * batches' reports into one result. A failed batch does not lose the others: its files are
 * listed as refused with the reason.
 */
import { useCallback, useRef, useState } from 'react';
import type { ImportReport } from '../../main/contract';
import { api, toApiError } from '../api';
import { batches, toSource, type Selection } from './files';

export interface Progress {
  done: number;
  total: number;
  current: string | null;
}

export interface Outcome {
  report: ImportReport;
  skipped: string[];
}

export type ImportPhase = { kind: 'idle' } | { kind: 'running'; progress: Progress; cancelling: boolean } | { kind: 'done'; outcome: Outcome };

interface Job {
  cancelled: boolean;
  /** The batch in flight, which `import.cancel` must name. */
  jobId: string | null;
  /** Whether that batch's import.run request is still waiting for its reply. */
  running: boolean;
  cancelDelivered: boolean;
  cancelSending: boolean;
}

/** How soon to ask again when the Node side did not know the batch yet. */
const CANCEL_RETRY_MS = 100;

/**
 * Asks the Node side to stop the batch in flight. A batch still uploading is not known there
 * yet, so the request is repeated until it lands or the batch is over.
 */
async function deliverCancel(job: Job): Promise<void> {
  const jobId = job.jobId;
  if (!jobId || job.cancelDelivered || job.cancelSending) return;
  job.cancelSending = true;
  try {
    job.cancelDelivered = (await api.call('import.cancel', { jobId })).cancelled;
  } catch {
    // The batch's own reply will report what happened.
  } finally {
    job.cancelSending = false;
  }
  if (!job.cancelDelivered && job.running && job.jobId === jobId) setTimeout(() => void deliverCancel(job), CANCEL_RETRY_MS);
}

/** Errors after which no further batch can succeed: stop instead of failing each one. */
const FATAL = new Set(['host_unreachable', 'unauthorized', 'no_bridge', 'library_too_new']);

const newJobId = () => `import-${crypto.randomUUID()}`;

export function useImport(onFinished: (report: ImportReport) => void) {
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  const job = useRef<Job | null>(null);

  const run = useCallback(
    async (selection: Selection): Promise<void> => {
      if (job.current) return;
      const current: Job = { cancelled: false, jobId: null, running: false, cancelDelivered: false, cancelSending: false };
      job.current = current;
      const report: ImportReport = { imported: [], duplicates: [], refused: [...selection.refused], cancelled: false, attached: [], split: [], highlightFiles: [] };
      const work = batches(selection.planned);
      let before = 0;
      let remaining = selection.planned.length;
      setPhase({ kind: 'running', progress: { done: 0, total: remaining, current: null }, cancelling: false });

      for (const [i, batch] of work.entries()) {
        if (current.cancelled) break;
        remaining -= batch.length;
        const jobId = newJobId();
        current.jobId = jobId;
        current.cancelDelivered = false;
        const stop = api.on('import.progress', (p) => {
          if (p.jobId !== jobId) return;
          if (current.cancelled) void deliverCancel(current);
          setPhase((ph) => (ph.kind === 'running' ? { ...ph, progress: { done: before + p.done, total: before + p.total + remaining, current: p.current } } : ph));
        });
        try {
          const sources = await Promise.all(batch.map(toSource));
          if (current.cancelled) break;
          current.running = true;
          const part = await api.call('import.run', { jobId, sources }).finally(() => {
            current.running = false;
          });
          report.imported.push(...part.imported);
          report.duplicates.push(...part.duplicates);
          report.refused.push(...part.refused);
          report.attached?.push(...(part.attached ?? []));
          report.split?.push(...(part.split ?? []));
          report.highlightFiles?.push(...(part.highlightFiles ?? []));
          before += part.imported.length + part.duplicates.length + part.refused.length;
          if (part.cancelled) current.cancelled = true;
        } catch (failure) {
          const error = toApiError(failure);
          const lost = FATAL.has(error.code) ? work.slice(i).flat() : batch;
          report.refused.push(...lost.map((p) => ({ file: p.name, reason: error.message })));
          before += batch.length;
          if (FATAL.has(error.code)) break;
        } finally {
          stop();
        }
      }

      report.cancelled = current.cancelled;
      job.current = null;
      setPhase({ kind: 'done', outcome: { report, skipped: selection.skipped } });
      onFinished(report);
    },
    [onFinished],
  );

  const cancel = useCallback(() => {
    const current = job.current;
    if (!current) return;
    current.cancelled = true;
    setPhase((ph) => (ph.kind === 'running' ? { ...ph, cancelling: true } : ph));
    void deliverCancel(current);
  }, []);

  const dismiss = useCallback(() => setPhase({ kind: 'idle' }), []);

  return { phase, run, cancel, dismiss, busy: phase.kind === 'running' };
}
