/**
 * The worker side of the worker parser (see parser.ts): parses one file (or stored source) per
 * message. Its bundle is also where the other bundles find the parsers for a parse on their own
 * thread (inline-parsers.bundled.ts), so on a thread that is not a worker it only exports them.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors';
import { fileHashOf, parseFile, reparseSource, type ParsedFile } from './index';
import type { WorkerReply, WorkerRequest } from './parser';
import { storedBody } from '../article';
import { onPartParsed } from './progress';

/** What the importer will store of each article, derived here rather than on the thread that writes. */
function withStoredBodies(parsed: ParsedFile): ParsedFile {
  parsed.stored = parsed.articles.map(storedBody);
  return parsed;
}

async function handle(message: WorkerRequest): Promise<void> {
  let reply: WorkerReply;
  onPartParsed(() => parentPort!.postMessage({ id: message.id, alive: true } satisfies WorkerReply));
  try {
    const parsed =
      'reparse' in message
        ? { format: message.reparse.format, articles: [reparseSource(message.reparse.format, message.name, message.reparse.text)], fileHash: fileHashOf(message.reparse.text) }
        : withStoredBodies(await parseFile({ name: message.name, bytes: message.bytes }));
    reply = { id: message.id, ok: true, parsed };
  } catch (error) {
    reply =
      error instanceof AppError
        ? { id: message.id, ok: false, code: error.code, message: error.message }
        : { id: message.id, ok: false, code: 'internal', message: `Commonplace could not read this file because of an internal error (${error instanceof Error ? error.message : String(error)}). Nothing was stored; please report it.` };
  }
  onPartParsed(() => {});
  parentPort!.postMessage(reply);
}

// One file at a time, in the order posted: a PDF's parse awaits pdf.js, and the pool (parser.ts)
// takes replies in order and times only the first request it posted.
export { fileHashOf, parseFile, reparseSource };

let queue = Promise.resolve();
parentPort?.on('message', (message: WorkerRequest) => {
  queue = queue.then(() => handle(message));
});
