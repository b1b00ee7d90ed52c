/**
 * The library-wide "Re-run cleanup" job: one at a time, with progress from `reclean.progress`
 * and Cancel (which, as for import, may have to be repeated until the Node side knows the job).
 */
import { useCallback, useRef, useState } from 'react';
import type { RecleanReportView } from '../../main/contract';
import { api } from '../api';
import { useReportError } from '../components/Notices';

export type RecleanPhase =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number; cancelling: boolean }
  | { kind: 'done'; report: RecleanReportView };

const CANCEL_RETRY_MS = 100;

export function useReclean() {
  const reportError = useReportError();
  const [phase, setPhase] = useState<RecleanPhase>({ kind: 'idle' });
  const job = useRef<{ id: string; cancelled: boolean; running: boolean } | null>(null);

  const run = useCallback(async () => {
    if (job.current) return;
    const current = { id: `reclean-${crypto.randomUUID()}`, cancelled: false, running: true };
    job.current = current;
    setPhase({ kind: 'running', done: 0, total: 0, cancelling: false });
    const stop = api.on('reclean.progress', (p) => {
      if (p.jobId === current.id) setPhase((ph) => (ph.kind === 'running' ? { ...ph, done: p.done, total: p.total } : ph));
    });
    try {
      const report = await api.call('library.reclean', { jobId: current.id });
      setPhase({ kind: 'done', report });
    } catch (error) {
      setPhase({ kind: 'idle' });
      reportError('Couldn’t re-run cleanup', error);
    } finally {
      current.running = false;
      stop();
      job.current = null;
    }
  }, [reportError]);

  const cancel = useCallback(() => {
    const current = job.current;
    if (!current || current.cancelled) return;
    current.cancelled = true;
    setPhase((ph) => (ph.kind === 'running' ? { ...ph, cancelling: true } : ph));
    const send = async () => {
      const { cancelled } = await api.call('library.recleanCancel', { jobId: current.id }).catch(() => ({ cancelled: false }));
      if (!cancelled && current.running) setTimeout(() => void send(), CANCEL_RETRY_MS);
    };
    void send();
  }, []);

  const dismiss = useCallback(() => setPhase({ kind: 'idle' }), []);
  return { phase, run, cancel, dismiss, busy: phase.kind === 'running' };
}
