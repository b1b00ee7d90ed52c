/**
 * Where files are parsed. Inline parsing is the plain function call; the worker parser runs the
 * same function on a worker thread, so a hostile or huge file never freezes the process that
 * hosts the UI (Electron's main process, the preview server), and one that takes too long is
 * stopped and refused instead of hanging the import. Files are spread over a few workers (one
 * per core, at most 4), so text, Markdown and HTML imports use every core. A parse asked with an
 * `AbortSignal` that fires (the user cancelled the import) is dropped at once: a worker busy
 * with it is terminated rather than waited for, and the next request starts a fresh one.
 */
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { AppError, ImportRefusal, type ErrorCode } from '../errors';
import type { Article, ArticleFormat } from '../article';
import type { ParsedFile } from './index';
import { loadParsers } from './inline-parsers';
import { takePrestartedWorker } from './prestarted-worker';

export interface ParseOptions {
  /** When it fires, the parse is given up: its promise rejects with ParseCancelled and a worker busy with it is stopped. */
  signal?: AbortSignal;
}

export interface ArticleParser {
  parse(name: string, bytes: Uint8Array, options?: ParseOptions): Promise<ParsedFile>;
  /** `reparseSource` (re-run cleanup, join articles): a stored source is as untrusted as the file it came from. */
  reparse(format: ArticleFormat, name: string, text: string, options?: ParseOptions): Promise<Article>;
  close(): Promise<void>;
  /** Starts a worker now, before any file is asked for, so its start overlaps the caller's own (the CLI's import). */
  warm?(): void;
  /** Parsing, not writing, is the slower side: use one more worker, if the pool has one to start. */
  addWorker?(): void;
}

/** A parse given up because its caller cancelled (not the file's fault: never reported as a refusal). */
export class ParseCancelled extends Error {
  constructor() {
    super('The parse was cancelled.');
    this.name = 'ParseCancelled';
  }
}

function refuseIfCancelled(options: ParseOptions | undefined): void {
  if (options?.signal?.aborted) throw new ParseCancelled();
}

/** Parses on the calling thread: a parse already running cannot be interrupted, one not started is not begun once cancelled. */
export const inlineParser: ArticleParser = {
  parse: async (name, bytes, options) => {
    refuseIfCancelled(options);
    return (await loadParsers()).parseFile({ name, bytes });
  },
  reparse: async (format, name, text, options) => {
    refuseIfCancelled(options);
    return (await loadParsers()).reparseSource(format, name, text);
  },
  close: async () => {},
};

/** What the worker is asked: a file's bytes to parse, or a stored source to parse again as one article. */
export type WorkerRequest = { id: number; name: string; bytes: Uint8Array } | { id: number; name: string; reparse: { format: ArticleFormat; text: string } };

/** What the worker posts back for one file: its result, or (`alive`) that it finished one more part of it (progress.ts). */
export type WorkerReply = { id: number; ok: true; parsed: ParsedFile } | { id: number; ok: false; code: ErrorCode; message: string } | { id: number; alive: true };

export interface WorkerParserOptions {
  /** The worker script: the bundled `parse-worker.cjs`, or (with `eval`) code that loads it. */
  script: string;
  eval?: boolean;
  /** A file whose parse takes longer than this is refused. */
  timeoutMs?: number;
  /** Workers at most (started only as work needs them, see `addWorker`): by default one per core, up to 4. */
  workers?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** One per core, at most 4 (more would only add start-up time and memory on a laptop). */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(4, os.availableParallelism()));
}

/**
 * Requests posted to one worker at once: it parses the next while the caller writes the last
 * (the caller cannot post while its write transaction runs), yet few enough that the queue stays
 * here, where an idle worker takes the next file.
 */
const MAX_POSTED_PER_WORKER = 64;

interface Job {
  message: WorkerRequest;
  /** Bytes of the file or source, to even out the workers' queues. */
  size: number;
  inline: () => Promise<ParsedFile>;
  resolve: (parsed: ParsedFile) => void;
  reject: (error: unknown) => void;
  signal: AbortSignal | undefined;
}

/** One worker and what it has been sent, in order: the first is the one being parsed, and the only one the time limit applies to. */
interface Lane {
  worker: Worker | null;
  posted: Job[];
  postedBytes: number;
  timer: NodeJS.Timeout | null;
}

/** The worker parser, with what tests need to see of it. */
export interface WorkerParser extends ArticleParser {
  /** Worker threads running now (started and not yet stopped). */
  runningWorkers(): number;
}

/**
 * A small pool of parse workers. Not piscina or the like: what this needs is a per-file time
 * limit that stops only the runaway file (and resends the files queued behind it to a fresh
 * worker), a fallback to inline parsing when the worker script is missing, and copying rather
 * than transferring buffers so a job can be resent: ~150 lines here, where a general pool would
 * need the same code around it. Replies are matched to their own promises, so whoever asks keeps
 * its own order (the importer takes parses in file order, read-ahead.ts).
 */
export function createWorkerParser(options: WorkerParserOptions): WorkerParser {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const lanes: Lane[] = Array.from({ length: Math.max(1, options.workers ?? defaultWorkerCount()) }, () => ({ worker: null, posted: [], postedBytes: 0, timer: null }));
  // Lanes in use: one, until the caller finds parsing the slower side (addWorker). A Markdown
  // import, whose writes are the slower side, then keeps a core for them; text and HTML, whose
  // cleaning is slower, get a worker per core.
  let open = 1;
  let nextId = 1;
  // A worker that cannot load its script (a packaging mistake, a loader that cannot read it where
  // `require` can) must not make every file fail: parse inline instead, as the CLI did before
  // workers. A built app's inline parse requires the same script (inline-parsers.bundled.ts), so
  // a script truly missing refuses each file with a message saying so.
  let unavailable = false;
  // Jobs not yet sent to a worker.
  const waiting: Job[] = [];

  function start(lane: Lane): Worker {
    // Loaded when a worker starts, not with this module: the CLI loads it at every start.
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const w = (!options.eval && takePrestartedWorker(options.script)) || new Worker(options.script, { eval: options.eval ?? false });
    w.unref();
    w.on('message', (reply: WorkerReply) => {
      // A reply from a worker already replaced (stopped for taking too long) is stale.
      if (w !== lane.worker || lane.posted[0]?.message.id !== reply.id) return;
      // One more part of a many-part file done: the time limit starts again for the next part.
      if ('alive' in reply) {
        restartTimer(lane);
        return;
      }
      const job = lane.posted.shift()!;
      lane.postedBytes -= job.size;
      restartTimer(lane);
      if (reply.ok) job.resolve(reply.parsed);
      else job.reject(new AppError(reply.code, reply.message));
      pump();
    });
    w.on('error', (error: NodeJS.ErrnoException) => {
      if (w !== lane.worker) return;
      if (error.code === 'MODULE_NOT_FOUND' || error.code === 'ERR_WORKER_PATH') {
        console.error('[commonplace] parse worker unavailable, parsing inline:', error.message);
        unavailable = true;
      }
      fail(lane, error);
    });
    w.on('exit', () => {
      if (w === lane.worker) fail(lane, new Error('The parser stopped unexpectedly.'));
    });
    return w;
  }

  /** The lane's worker is gone: the file it was parsing fails (or goes inline); the others wait for a worker again. */
  function fail(lane: Lane, error: Error): void {
    const w = lane.worker;
    lane.worker = null;
    if (w) void w.terminate();
    clearTimer(lane);
    const head = lane.posted.shift();
    waiting.unshift(...lane.posted.splice(0));
    lane.postedBytes = 0;
    if (head && head.signal?.aborted) head.reject(new ParseCancelled());
    else if (head) {
      if (unavailable) head.inline().then(head.resolve, head.reject);
      else head.reject(error);
    }
    pump();
  }

  function clearTimer(lane: Lane): void {
    if (lane.timer) clearTimeout(lane.timer);
    lane.timer = null;
  }

  function restartTimer(lane: Lane): void {
    clearTimer(lane);
    if (lane.posted.length === 0) return;
    lane.timer = setTimeout(() => {
      // Stop the runaway parse; the files after it go to a fresh worker.
      fail(
        lane,
        new ImportRefusal(
          `Reading this file took longer than ${Math.round(timeoutMs / 1000)} seconds, so Commonplace stopped. It may be malformed (for example, extremely deeply nested HTML); try saving the article's text on its own.`,
        ),
      );
    }, timeoutMs);
  }

  /**
   * The lane for the next job: an idle running worker first, then a new worker (so one file
   * never pays for starting several), then the running worker with the fewest bytes queued.
   */
  function pickLane(): Lane | undefined {
    const running = lanes.filter((l) => l.worker);
    const idle = running.find((l) => l.posted.length === 0);
    if (idle) return idle;
    const unstarted = lanes.slice(0, open).find((l) => !l.worker);
    if (unstarted) return unstarted;
    let best: Lane | undefined;
    for (const lane of running) if (lane.posted.length < MAX_POSTED_PER_WORKER && (!best || lane.postedBytes < best.postedBytes)) best = lane;
    return best;
  }

  /**
   * A cancelled job: dropped from the queue, or, when a worker has it, that worker is stopped
   * (a parse cannot be interrupted otherwise) and the other jobs it held go back to the queue.
   * Called once per job when its signal fires; the jobs of one import share a signal.
   */
  function cancel(job: Job): void {
    const queued = waiting.indexOf(job);
    if (queued >= 0) {
      waiting.splice(queued, 1);
      job.reject(new ParseCancelled());
      return;
    }
    const lane = lanes.find((l) => l.posted.includes(job));
    if (!lane) return;
    const w = lane.worker;
    lane.worker = null;
    if (w) void w.terminate();
    clearTimer(lane);
    const held = lane.posted.splice(0);
    lane.postedBytes = 0;
    for (const other of held) {
      if (other.signal?.aborted) other.reject(new ParseCancelled());
      else waiting.push(other);
    }
    // The others' jobs go to a fresh worker (or another idle one).
    pump();
  }

  function pump(): void {
    // Cancelled jobs are never sent (their signal's listener may not have run yet).
    for (let i = waiting.length - 1; i >= 0; i--) {
      if (waiting[i]!.signal?.aborted) waiting.splice(i, 1)[0]!.reject(new ParseCancelled());
    }
    if (unavailable) {
      for (const job of waiting.splice(0)) job.inline().then(job.resolve, job.reject);
      return;
    }
    while (waiting.length > 0) {
      const lane = pickLane();
      if (!lane) return;
      const job = waiting.shift()!;
      lane.worker ??= start(lane);
      // Copied, not transferred: a job may have to be sent again to a fresh worker.
      lane.worker.postMessage(job.message);
      lane.posted.push(job);
      lane.postedBytes += job.size;
      if (lane.posted.length === 1) restartTimer(lane);
    }
  }

  function request(message: WorkerRequest, size: number, inline: () => Promise<ParsedFile>, signal: AbortSignal | undefined): Promise<ParsedFile> {
    if (signal?.aborted) return Promise.reject(new ParseCancelled());
    return new Promise<ParsedFile>((resolve, reject) => {
      const onAbort = () => cancel(job);
      const settle = () => signal?.removeEventListener('abort', onAbort);
      const job: Job = {
        message,
        size,
        inline,
        signal,
        resolve: (parsed) => {
          settle();
          resolve(parsed);
        },
        reject: (error) => {
          settle();
          reject(error);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      waiting.push(job);
      pump();
    });
  }

  return {
    parse(name, bytes, parseOptions) {
      return request({ id: nextId++, name, bytes }, bytes.byteLength, () => inlineParser.parse(name, bytes), parseOptions?.signal);
    },
    async reparse(format, name, text, parseOptions) {
      const parsed = await request(
        { id: nextId++, name, reparse: { format, text } },
        text.length,
        async () => {
          const { fileHashOf, reparseSource } = await loadParsers();
          return { format, articles: [reparseSource(format, name, text)], fileHash: fileHashOf(text) };
        },
        parseOptions?.signal,
      );
      return parsed.articles[0]!;
    },
    runningWorkers: () => lanes.filter((l) => l.worker).length,
    addWorker() {
      if (open >= lanes.length) return;
      open++;
      pump();
    },
    warm() {
      const lane = lanes[0]!;
      if (!unavailable && !lane.worker) lane.worker = start(lane);
    },
    async close() {
      const workers: Worker[] = [];
      const dropped: Job[] = [];
      for (const lane of lanes) {
        if (lane.worker) workers.push(lane.worker);
        lane.worker = null;
        clearTimer(lane);
        dropped.push(...lane.posted.splice(0));
        lane.postedBytes = 0;
      }
      for (const job of [...dropped, ...waiting.splice(0)]) job.reject(new Error('The parser was closed.'));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
