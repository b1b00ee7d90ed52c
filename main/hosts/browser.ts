/**
 * Serves the UI and the same handler map to a browser on 127.0.0.1: the e2e tests and
 * `npm run preview` use it. Guarded three ways: loopback only, a random per-run token on every
 * API request (in the X-Commonplace-Token header only: the printed URL hands it to the page
 * once, and a URL's query ends up in histories and logs), and Host/Origin checks (against other
 * pages and DNS rebinding). Beyond the token, the calls themselves are fenced
 * (`guardBrowserCalls`: no import by path, export only into a confirmed folder); request bodies
 * are capped per request and in total across requests in flight; searches wait in a short
 * queue where a newer search from the same page replaces the older ones still waiting.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { EventName, EventPayload, Reply } from '../contract';
import { dispatch } from '../dispatch';
import type { Handlers } from '../handlers/types';
import { guardBrowserCalls } from './browser-host-handlers';
import { CONTENT_SECURITY_POLICY } from './csp';
import { SHIM_SOURCE } from './shim';

export interface BrowserHostLimits {
  /** One request's body. Uploads arrive base64-encoded in JSON: room for the largest importable file, and no more. */
  maxBodyBytes: number;
  /** All request bodies held at once (being received, or held by the call they carry until it answers). */
  maxBodyBytesInFlight: number;
  /** Searches waiting behind the one running; past this the oldest waiting one is dropped. */
  maxWaitingSearches: number;
}

export const DEFAULT_LIMITS: BrowserHostLimits = {
  maxBodyBytes: 100 * 1024 * 1024,
  maxBodyBytesInFlight: 128 * 1024 * 1024,
  maxWaitingSearches: 16,
};

const MB = 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface BrowserHost {
  url: string;
  close(): Promise<void>;
}

export interface BrowserHostOptions {
  rendererDir: string;
  port?: number;
  createHandlers(emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void): Handlers;
  /** Lower limits for tests; the defaults otherwise. */
  limits?: Partial<BrowserHostLimits>;
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = randomBytes(24).toString('base64url');
  const clients = new Set<ServerResponse>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    const data = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const client of clients) client.write(data);
  };
  const handlers = guardBrowserCalls(options.createHandlers(emit));
  const limits: BrowserHostLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const bodies = byteBudget(limits.maxBodyBytesInFlight);
  const searches = searchQueue(limits.maxWaitingSearches);
  let origin = '';

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[commonplace] request failed:', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== new URL(origin).host) return send(res, 421, 'text/plain', 'Wrong host');
    if (req.headers.origin !== undefined && req.headers.origin !== origin) return send(res, 403, 'text/plain', 'Cross-origin requests are refused');
    let pathname: string;
    try {
      // `/%ff` and the like: not a path at all (decodeURIComponent throws URIError).
      pathname = decodeURIComponent(new URL(req.url ?? '/', origin).pathname);
    } catch {
      return send(res, 400, 'text/plain; charset=utf-8', 'Bad request: the address is not a valid path.');
    }
    if (pathname.startsWith('/api/')) {
      // Only the header: a token in a query string would be accepted from links, histories and logs.
      const given = req.headers['x-commonplace-token'] ?? '';
      if (typeof given !== 'string' || !sameToken(given, token)) return sendJson(res, 401, fail('unauthorized', 'Missing or wrong token: open the URL the preview printed.'));
      if (pathname === '/api/events' && req.method === 'GET') return openEvents(res);
      const method = pathname.startsWith('/api/call/') ? pathname.slice('/api/call/'.length) : null;
      if (method === null || req.method !== 'POST') return send(res, 404, 'text/plain', 'Not found');
      const body = await readBody(req, limits.maxBodyBytes, bodies);
      if (body.kind === 'aborted') return void res.destroy();
      if (body.kind === 'too_large') return refuseBody(req, res, 413, fail('invalid_input', `The request is too large: at most ${Math.round(limits.maxBodyBytes / MB)} MB at a time.`));
      if (body.kind === 'busy') {
        return refuseBody(req, res, 503, fail('busy', `Commonplace is still taking in other uploads (at most ${Math.round(limits.maxBodyBytesInFlight / MB)} MB at once). Wait for them to finish, then try again.`));
      }
      try {
        let input: unknown;
        try {
          input = body.text.length === 0 ? {} : JSON.parse(body.text);
        } catch {
          return sendJson(res, 400, fail('invalid_input', 'The request body is not valid JSON.'));
        }
        const reply =
          method === 'search.query'
            ? await searches.run(clientOf(req), () => dispatch(handlers, method, input, { emit }))
            : await dispatch(handlers, method, input, { emit });
        return sendJson(res, 200, reply);
      } finally {
        body.release();
      }
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    if (pathname === '/host-shim.js') return send(res, 200, TYPES['.js']!, SHIM_SOURCE);
    return serveStatic(pathname, res);
  }

  function openEvents(res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    clients.add(res);
    res.on('close', () => clients.delete(res));
  }

  /** `pathname` is decoded already. */
  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
    const file = path.resolve(options.rendererDir, relative);
    if (!file.startsWith(path.resolve(options.rendererDir) + path.sep)) return send(res, 404, 'text/plain', 'Not found');
    let content: Buffer;
    try {
      content = await readFile(file);
    } catch {
      return send(res, 404, 'text/plain', 'Not found');
    }
    if (relative === 'index.html') {
      // The shim must define window.commonplace before the app's module script runs.
      const html = content.toString('utf8').replace('<head>', '<head>\n    <script src="./host-shim.js"></script>');
      return send(res, 200, TYPES['.html']!, html);
    }
    return send(res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', content);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of clients) client.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
  res.end(body);
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: ServerResponse, status: number, reply: Reply<unknown>): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(reply));
}

function fail(code: string, message: string): Reply<never> {
  return { ok: false, error: { code, message } };
}

/**
 * Answers before the body has been read: the rest of it is discarded as it comes (never kept),
 * and the connection is closed after the answer so it cannot carry another request.
 */
function refuseBody(req: IncomingMessage, res: ServerResponse, status: number, reply: Reply<never>): void {
  res.setHeader('Connection', 'close');
  if (status === 503) res.setHeader('Retry-After', '5');
  sendJson(res, status, reply);
  req.resume();
}

/** The id the shim gives each page (a tab), so a search replaces only the same page's searches. */
function clientOf(req: IncomingMessage): string | null {
  const id = req.headers['x-commonplace-client'];
  return typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}

interface ByteBudget {
  take(bytes: number): boolean;
  give(bytes: number): void;
}

/** Bytes of request bodies held across all requests at once. */
function byteBudget(limit: number): ByteBudget {
  let held = 0;
  return {
    take(bytes) {
      if (held + bytes > limit) return false;
      held += bytes;
      return true;
    },
    give(bytes) {
      held -= bytes;
    },
  };
}

type Body = { kind: 'ok'; text: string; release(): void } | { kind: 'too_large' } | { kind: 'busy' } | { kind: 'aborted' };

/**
 * Reads a request body against two limits: its own size (the declared Content-Length first,
 * then the bytes as they arrive, which also covers chunked bodies that declare none) and the
 * bytes all requests hold at once. What it takes from the budget is held until `release()`
 * (after the call has answered: its input lives that long); a refusal gives it back at once.
 */
function readBody(req: IncomingMessage, maxBytes: number, budget: ByteBudget): Promise<Body> {
  const header = req.headers['content-length'];
  const declared = header === undefined ? 0 : Number(header);
  if (!Number.isSafeInteger(declared) || declared > maxBytes) return Promise.resolve({ kind: 'too_large' });
  if (!budget.take(declared)) return Promise.resolve({ kind: 'busy' });
  let held = declared;
  return new Promise<Body>((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (outcome: Body) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
      if (outcome.kind !== 'ok') budget.give(held);
      resolve(outcome);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) return stop({ kind: 'too_large' });
      if (size > held) {
        if (!budget.take(size - held)) return stop({ kind: 'busy' });
        held = size;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      let released = false;
      const text = Buffer.concat(chunks).toString('utf8');
      chunks.length = 0;
      stop({
        kind: 'ok',
        text,
        release: () => {
          if (!released) budget.give(held);
          released = true;
        },
      });
    };
    // The client went away half way (an error such as ECONNRESET, or a close before the end):
    // nobody to answer, and its bytes are given back.
    const onError = () => stop({ kind: 'aborted' });
    const onClose = () => {
      if (!req.complete) stop({ kind: 'aborted' });
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

interface SearchQueue {
  run(client: string | null, search: () => Promise<Reply<unknown>>): Promise<Reply<unknown>>;
}

/**
 * Searches run one at a time (each is a synchronous SQLite query), and the event loop turns
 * before each so requests keep arriving. A search waiting for its turn is answered at once with
 * `superseded` when a newer one comes from the same page (search-as-you-type asks on every few
 * keys; only the last answer is shown), and when more than `maxWaiting` wait, the oldest gets
 * `busy`. So a burst costs a handful of queries, not one per request, and the last one asked
 * is always answered for real. Searches without a page id replace nothing.
 */
function searchQueue(maxWaiting: number): SearchQueue {
  interface Waiting {
    client: string | null;
    start(): void;
    drop(reply: Reply<never>): void;
  }
  const waiting: Waiting[] = [];
  let running = false;
  let scheduled = false;
  // The next search starts on the next turn of the event loop, never at once: the requests that
  // arrived meanwhile (their bodies end in the same I/O phase) are queued first, so the newest
  // of them is the one that runs.
  const schedule = () => {
    if (running || scheduled) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      const first = waiting.shift();
      if (!first) return;
      running = true;
      first.start();
    });
  };
  return {
    run(client, search) {
      return new Promise((resolve) => {
        if (client !== null) {
          for (let i = waiting.length - 1; i >= 0; i--) {
            if (waiting[i]!.client !== client) continue;
            waiting.splice(i, 1)[0]!.drop(fail('superseded', 'A newer search from this window replaced this one.'));
          }
        }
        if (waiting.length >= maxWaiting) waiting.shift()!.drop(fail('busy', 'Too many searches were waiting, so this one was dropped. Search again.'));
        waiting.push({
          client,
          drop: resolve,
          start: () => {
            search()
              .then(resolve, (error: unknown) => {
                console.error('[commonplace] search failed:', error);
                resolve(fail('internal', 'Something went wrong in Commonplace (search.query). Your library was not changed.'));
              })
              .finally(() => {
                running = false;
                schedule();
              });
          },
        });
        schedule();
      });
    },
  };
}
