/**
 * Where files are parsed. Inline parsing is the plain function call; the worker parser runs the
 * same function on a worker thread, so a hostile or huge file never freezes the process that
 * hosts the UI (Electron's main process, the preview server), and one that takes too long is
 * stopped and refused instead of hanging the import.
 */
import { Worker } from 'node:worker_threads';
import { AppError, ImportRefusal, type ErrorCode } from '../errors';
import type { Article, ArticleFormat } from '../article';
import { fileHashOf, parseArticleFile, reparseSource, type ParsedFile } from './index';

export interface ArticleParser {
  parse(name: string, bytes: Uint8Array): Promise<ParsedFile>;
  /** `reparseSource` (re-run cleanup, join articles): a stored source is as untrusted as the file it came from. */
  reparse(format: ArticleFormat, name: string, text: string): Promise<Article>;
  close(): Promise<void>;
}

export const inlineParser: ArticleParser = {
  parse: async (name, bytes) => parseArticleFile({ name, bytes }),
  reparse: async (format, name, text) => reparseSource(format, name, text),
  close: async () => {},
};

/** What the worker is asked: a file's bytes to parse, or a stored source to parse again as one article. */
export type WorkerRequest = { id: number; name: string; bytes: Uint8Array } | { id: number; name: string; reparse: { format: ArticleFormat; text: string } };

/** What the worker posts back for one file. */
export type WorkerReply = { id: number; ok: true; parsed: ParsedFile } | { id: number; ok: false; code: ErrorCode; message: string };

export interface WorkerParserOptions {
  /** The worker script: the bundled `parse-worker.cjs`, or (with `eval`) code that loads it. */
  script: string;
  eval?: boolean;
  /** A file whose parse takes longer than this is refused. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** Requests posted to the worker at once: it parses the next while the caller writes the last. */
const MAX_POSTED = 256;

interface Job {
  message: WorkerRequest;
  inline: () => Promise<ParsedFile>;
  resolve: (parsed: ParsedFile) => void;
  reject: (error: unknown) => void;
}

export function createWorkerParser(options: WorkerParserOptions): ArticleParser {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let worker: Worker | null = null;
  let nextId = 1;
  // A worker script that cannot be loaded (a packaging mistake) must not make every file fail:
  // parse inline instead, as the CLI did before workers.
  let unavailable = false;
  // Jobs not yet sent, and jobs sent to the current worker in order: it parses them one by one,
  // so the first is the one being parsed, and the only one the time limit applies to.
  const waiting: Job[] = [];
  const posted: Job[] = [];
  let timer: NodeJS.Timeout | null = null;

  function start(): Worker {
    const w = new Worker(options.script, { eval: options.eval ?? false });
    w.unref();
    w.on('message', (reply: WorkerReply) => {
      // A reply from a worker already replaced (stopped for taking too long) is stale.
      if (w !== worker || posted[0]?.message.id !== reply.id) return;
      const job = posted.shift()!;
      restartTimer();
      if (reply.ok) job.resolve(reply.parsed);
      else job.reject(new AppError(reply.code, reply.message));
      pump();
    });
    w.on('error', (error: NodeJS.ErrnoException) => {
      if (w !== worker) return;
      if (error.code === 'MODULE_NOT_FOUND' || error.code === 'ERR_WORKER_PATH') {
        console.error('[commonplace] parse worker unavailable, parsing inline:', error.message);
        unavailable = true;
      }
      fail(error);
    });
    w.on('exit', () => {
      if (w === worker) fail(new Error('The parser stopped unexpectedly.'));
    });
    return w;
  }

  /** The worker is gone: the file it was parsing fails (or goes inline); the others are sent again. */
  function fail(error: Error): void {
    const w = worker;
    worker = null;
    if (w) void w.terminate();
    clearTimer();
    const head = posted.shift();
    waiting.unshift(...posted.splice(0));
    if (head) {
      if (unavailable) head.inline().then(head.resolve, head.reject);
      else head.reject(error);
    }
    pump();
  }

  function clearTimer(): void {
    if (timer) clearTimeout(timer);
    timer = null;
  }

  function restartTimer(): void {
    clearTimer();
    if (posted.length === 0) return;
    timer = setTimeout(() => {
      // Stop the runaway parse; the files after it go to a fresh worker.
      fail(
        new ImportRefusal(
          `Reading this file took longer than ${Math.round(timeoutMs / 1000)} seconds, so Commonplace stopped. It may be malformed (for example, extremely deeply nested HTML); try saving the article's text on its own.`,
        ),
      );
    }, timeoutMs);
  }

  function pump(): void {
    if (unavailable) {
      for (const job of waiting.splice(0)) job.inline().then(job.resolve, job.reject);
      return;
    }
    while (posted.length < MAX_POSTED && waiting.length > 0) {
      const job = waiting.shift()!;
      worker ??= start();
      // Copied, not transferred: a job may have to be sent again to a fresh worker.
      worker.postMessage(job.message);
      posted.push(job);
      if (posted.length === 1) restartTimer();
    }
  }

  function request(message: WorkerRequest, inline: () => Promise<ParsedFile>): Promise<ParsedFile> {
    return new Promise<ParsedFile>((resolve, reject) => {
      waiting.push({ message, inline, resolve, reject });
      pump();
    });
  }

  return {
    parse(name, bytes) {
      return request({ id: nextId++, name, bytes }, () => inlineParser.parse(name, bytes));
    },
    async reparse(format, name, text) {
      const parsed = await request({ id: nextId++, name, reparse: { format, text } }, async () => ({ format, articles: [reparseSource(format, name, text)], fileHash: fileHashOf(text) }));
      return parsed.articles[0]!;
    },
    async close() {
      const w = worker;
      worker = null;
      clearTimer();
      for (const job of [...posted.splice(0), ...waiting.splice(0)]) job.reject(new Error('The parser was closed.'));
      if (w) await w.terminate();
    },
  };
}
