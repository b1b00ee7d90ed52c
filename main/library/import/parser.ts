/**
 * Where files are parsed. Inline parsing is the plain function call; the worker parser runs the
 * same function on a worker thread, so a hostile or huge file never freezes the process that
 * hosts the UI (Electron's main process, the preview server), and one that takes too long is
 * stopped and refused instead of hanging the import.
 */
import { Worker } from 'node:worker_threads';
import { AppError, ImportRefusal, type ErrorCode } from '../errors';
import type { Article, ArticleFormat } from '../article';
import { parseArticleFile, reparseSource, type ParsedFile } from './index';

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

export function createWorkerParser(options: WorkerParserOptions): ArticleParser {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let worker: Worker | null = null;
  let nextId = 1;
  // A worker script that cannot be loaded (a packaging mistake) must not make every file fail:
  // parse inline instead, as the CLI did before workers.
  let unavailable = false;
  // Parses run one at a time (see `request`).
  // `worker` is the worker that parse was sent to: a worker stopped for taking too long exits
  // later, and its exit must not settle the next file's parse, already sent to a fresh worker.
  let inFlight: { id: number; worker: Worker; settle: (reply: WorkerReply | Error) => void } | null = null;

  function start(): Worker {
    const w = new Worker(options.script, { eval: options.eval ?? false });
    w.unref();
    w.on('message', (reply: WorkerReply) => {
      if (inFlight?.id === reply.id) inFlight.settle(reply);
    });
    w.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'MODULE_NOT_FOUND' || error.code === 'ERR_WORKER_PATH') {
        console.error('[commonplace] parse worker unavailable, parsing inline:', error.message);
        unavailable = true;
      }
      if (inFlight?.worker === w) inFlight.settle(error);
    });
    w.on('exit', () => {
      if (worker === w) worker = null;
      if (inFlight?.worker === w) inFlight.settle(new Error('The parser stopped unexpectedly.'));
    });
    return w;
  }

  // One request at a time: an import and a re-cleaning job may both be parsing.
  let queue: Promise<unknown> = Promise.resolve();
  function request(message: WorkerRequest, transfer: ArrayBuffer[], inline: () => Promise<ParsedFile>): Promise<ParsedFile> {
    const next = queue.then(() => send(message, transfer, inline));
    queue = next.catch(() => undefined);
    return next;
  }

  async function send(message: WorkerRequest, transfer: ArrayBuffer[], inline: () => Promise<ParsedFile>): Promise<ParsedFile> {
    if (unavailable) return inline();
    worker ??= start();
    const w = worker;
    const id = message.id;
    const reply = await new Promise<WorkerReply | Error>((resolve) => {
      const timer = setTimeout(() => {
        // Stop the runaway parse; the next file gets a fresh worker.
        worker = null;
        inFlight = null;
        void w.terminate();
        resolve(
          new ImportRefusal(
            `Reading this file took longer than ${Math.round(timeoutMs / 1000)} seconds, so Commonplace stopped. It may be malformed (for example, extremely deeply nested HTML); try saving the article's text on its own.`,
          ),
        );
      }, timeoutMs);
      inFlight = {
        id,
        worker: w,
        settle: (r) => {
          clearTimeout(timer);
          inFlight = null;
          resolve(r);
        },
      };
      w.postMessage(message, transfer);
    });
    if (reply instanceof Error) {
      if (unavailable) return inline();
      throw reply;
    }
    if (!reply.ok) throw new AppError(reply.code, reply.message);
    return reply.parsed;
  }

  return {
    parse(name, bytes) {
      // A copy, so the caller's buffer stays usable; the copy moves to the worker without another.
      const copy = new Uint8Array(bytes);
      return request({ id: nextId++, name, bytes: copy }, [copy.buffer], () => inlineParser.parse(name, bytes));
    },
    async reparse(format, name, text) {
      const parsed = await request({ id: nextId++, name, reparse: { format, text } }, [], async () => ({ format, articles: [reparseSource(format, name, text)] }));
      return parsed.articles[0]!;
    },
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
