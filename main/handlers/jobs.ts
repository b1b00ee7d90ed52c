/** Cancels remembered for jobs not started yet (a cancel can overtake a large upload). */
const EARLY_CANCELS_KEPT = 100;

/**
 * Long-running calls (import, export) named by a job id the UI chooses, so a cancel call can
 * reach them — even one that arrives before the job itself has started.
 */
export function cancellableJobs() {
  const running = new Map<string, { cancelled: boolean }>();
  const early = new Set<string>();
  return {
    async run<T>(jobId: string, work: (isCancelled: () => boolean) => Promise<T>): Promise<T> {
      const job = { cancelled: early.delete(jobId) };
      running.set(jobId, job);
      try {
        return await work(() => job.cancelled);
      } finally {
        running.delete(jobId);
      }
    },
    cancel(jobId: string): { cancelled: true } {
      const job = running.get(jobId);
      if (job) job.cancelled = true;
      else {
        early.add(jobId);
        if (early.size > EARLY_CANCELS_KEPT) early.delete(early.values().next().value!);
      }
      return { cancelled: true };
    },
  };
}
