/** The worker side of the worker parser (see parser.ts): parses one file per message. */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors';
import { parseArticleFile } from './index';
import type { WorkerReply } from './parser';

parentPort?.on('message', (message: { id: number; name: string; bytes: Uint8Array }) => {
  let reply: WorkerReply;
  try {
    reply = { id: message.id, ok: true, parsed: parseArticleFile({ name: message.name, bytes: message.bytes }) };
  } catch (error) {
    reply =
      error instanceof AppError
        ? { id: message.id, ok: false, code: error.code, message: error.message }
        : { id: message.id, ok: false, code: 'internal', message: `Commonplace could not read this file because of an internal error (${error instanceof Error ? error.message : String(error)}). Nothing was stored; please report it.` };
  }
  parentPort!.postMessage(reply);
});
