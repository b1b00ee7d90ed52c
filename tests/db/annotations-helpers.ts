/** Helpers for the highlight and tag tests: real handlers over a real library, and articles built from blocks. */
import type { Input, Method, Output, Reply } from '../../main/contract';
import { dispatch } from '../../main/dispatch';
import { createHandlers } from '../../main/handlers/index';
import { browserHostHandlers } from '../../main/hosts/browser-host-handlers';
import { countWords, plainText, type Block } from '../../main/library/article';
import { insertDocument } from '../../db/repos/documents';
import { insertHighlight, type NewHighlight } from '../../db/repos/highlights';
import type { Db } from '../../db/open';
import { newDocument } from './helpers';

export interface Api {
  /** The reply as the UI receives it (`ok: false` for refusals). */
  reply(method: Method, input: unknown): Promise<Reply<unknown>>;
  /** The value of a call that must succeed. */
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  events: { event: string; payload: unknown }[];
}

/** The app's handler map and dispatcher (input parsing, error replies), without a host process. */
export function apiFor(db: Db): Api {
  const handlers = createHandlers(db, browserHostHandlers());
  const events: Api['events'] = [];
  const ctx = { emit: (event: string, payload: unknown) => void events.push({ event, payload }) };
  const reply = (method: Method, input: unknown) => dispatch(handlers, method, input, ctx);
  return {
    events,
    reply,
    async call(method, input) {
      const r = await reply(method, input);
      if (!r.ok) throw new Error(`${method} failed: ${r.error.code}: ${r.error.message}`);
      return r.value as never;
    },
  };
}

export const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
export const heading = (text: string): Block => ({ kind: 'heading', level: 2, text });

/** Inserts an article made of these blocks; its plain text is derived exactly as the importer does. */
export function insertArticle(db: Db, blocks: Block[], overrides: { title?: string; kind?: 'article' | 'card' } = {}): { id: number; text: string } {
  const text = plainText(blocks);
  const id = insertDocument(db, newDocument({ blocksJson: JSON.stringify(blocks), plainText: text, wordCount: countWords(text), ...overrides }));
  return { id, text };
}

/** Offsets of `words` in `text` (the first occurrence at or after `from`). */
export function rangeOf(text: string, words: string, from = 0): { start: number; end: number } {
  const start = text.indexOf(words, from);
  if (start === -1) throw new Error(`"${words}" is not in the text`);
  return { start, end: start + words.length };
}

/** A plain highlight stored straight through the repo (no anchoring): what review and migration tests need of one. */
export function insertPlainHighlight(db: Db, documentId: number, fields: Partial<NewHighlight> & { exact: string }): number {
  return insertHighlight(db, {
    documentId,
    sourceDocumentId: null,
    color: 'yellow',
    comment: null,
    start: 0,
    end: fields.exact.length,
    prefix: '',
    suffix: '',
    status: 'ok',
    score: 1,
    previousExact: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  });
}
