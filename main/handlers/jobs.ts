/** Cancels remembered for jobs not started yet (a cancel can overtake a large upload). */
const EARLY_CANCELS_KEPT = 100;

/**
 * Long-running calls (import, export) named by a job id the UI chooses, so a cancel call can
 * reach them — even one that arrives before the job itself has started.
 */
export function cancellableJobs() {
  const running = new Map<string, AbortController>();
  const early = new Set<string>();
  return {
    /** `signal` fires on cancel, for work that can stop mid-step (an import stops its parse workers). */
    async run<T>(jobId: string, work: (isCancelled: () => boolean, signal: AbortSignal) => Promise<T>): Promise<T> {
      const job = new AbortController();
      if (early.delete(jobId)) job.abort();
      running.set(jobId, job);
      try {
        return await work(() => job.signal.aborted, job.signal);
      } finally {
        running.delete(jobId);
      }
    },
    cancel(jobId: string): { cancelled: true } {
      const job = running.get(jobId);
      if (job) job.abort();
      else {
        early.add(jobId);
        if (early.size > EARLY_CANCELS_KEPT) early.delete(early.values().next().value!);
      }
      return { cancelled: true };
    },
  };
}
