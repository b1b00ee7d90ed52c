/**
 * A parse worker started by the CLI's starter (`out/main/cli.cjs`, written by
 * build/scripts/build.ts) before the CLI's own code loads: a worker's start is most of a one-file
 * import, and the 3 MB CLI bundle takes tens of milliseconds to load first. The starter leaves it
 * under this key with what it has met so far; the pool (parser.ts) takes it for its first worker.
 */
import type { Worker } from 'node:worker_threads';

/** The name of the global symbol the starter writes: `Symbol.for(PRESTARTED_WORKER_NAME)`. */
export const PRESTARTED_WORKER_NAME = 'commonplace.prestartedParseWorker';
const PRESTARTED_WORKER_KEY = Symbol.for(PRESTARTED_WORKER_NAME);

export interface PrestartedWorker {
  script: string;
  worker: Worker;
  /** The worker already failed or ended (a missing script): it is not taken. */
  failed: boolean;
}

/** The worker the starter started for `script`, once: null if none, another script's, or already dead. */
export function takePrestartedWorker(script: string): Worker | null {
  const holder = globalThis as { [PRESTARTED_WORKER_KEY]?: PrestartedWorker };
  const prestarted = holder[PRESTARTED_WORKER_KEY];
  if (!prestarted || prestarted.script !== script) return null;
  delete holder[PRESTARTED_WORKER_KEY];
  if (prestarted.failed) {
    void prestarted.worker.terminate();
    return null;
  }
  return prestarted.worker;
}
