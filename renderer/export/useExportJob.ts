/**
 * One export run from the dialog: starts `export.run` under a job id chosen here (so Cancel can
 * name it at once), follows its `export.progress` events at most once a frame (a large export
 * sends one per file), and cancels the job if the dialog goes away while it runs.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportSummary } from '../../main/contract';
import { api } from '../api';

export interface ExportProgress {
  done: number;
  total: number;
  path: string | null;
}

export type ExportPhase =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ExportProgress; cancelling: boolean }
  | { kind: 'done'; summary: ExportSummary }
  | { kind: 'failed'; error: unknown };

export interface ExportRequest {
  folder: string;
  allArticles: boolean;
  fullText: boolean;
}

export function useExportJob() {
  const [phase, setPhase] = useState<ExportPhase>({ kind: 'idle' });
  const job = useRef<string | null>(null);

  useEffect(
    () => () => {
      // The dialog closed mid-export: stop it; what was written stays complete.
      if (job.current) void api.call('export.cancel', { jobId: job.current }).catch(() => undefined);
    },
    [],
  );

  const run = useCallback(async (request: ExportRequest) => {
    if (job.current) return;
    const jobId = `export-${crypto.randomUUID()}`;
    job.current = jobId;
    setPhase({ kind: 'running', progress: { done: 0, total: 0, path: null }, cancelling: false });
    let latest: ExportProgress | null = null;
    let frame = 0;
    const off = api.on('export.progress', (p) => {
      if (p.jobId !== jobId) return;
      latest = { done: p.done, total: p.total, path: p.path };
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const progress = latest;
        if (progress) setPhase((current) => (current.kind === 'running' ? { ...current, progress } : current));
      });
    });
    try {
      const summary = await api.call('export.run', { jobId, ...request });
      setPhase({ kind: 'done', summary });
    } catch (error) {
      setPhase({ kind: 'failed', error });
    } finally {
      off();
      if (frame) cancelAnimationFrame(frame);
      job.current = null;
    }
  }, []);

  const cancel = useCallback(async () => {
    const jobId = job.current;
    if (!jobId) return;
    setPhase((current) => (current.kind === 'running' ? { ...current, cancelling: true } : current));
    try {
      await api.call('export.cancel', { jobId });
    } catch {
      // The run's own reply says how it ended.
    }
  }, []);

  const reset = useCallback(() => setPhase({ kind: 'idle' }), []);

  return { phase, run, cancel, reset };
}
