/**
 * Serves the UI and the same handler map to a browser on 127.0.0.1: the e2e tests and
 * `npm run preview` use it. Guarded three ways: loopback only, a random per-run token on every
 * API request, and Host/Origin checks (against other pages and DNS rebinding).
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { EventName, EventPayload } from '../contract';
import { dispatch } from '../dispatch';
import type { Handlers } from '../handlers/types';
import { CONTENT_SECURITY_POLICY } from './csp';
import { SHIM_SOURCE } from './shim';

/** Uploads arrive base64-encoded in JSON: room for the largest importable file, and no more. */
const MAX_BODY_BYTES = 100 * 1024 * 1024;

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
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = randomBytes(24).toString('base64url');
  const clients = new Set<ServerResponse>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    const data = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const client of clients) client.write(data);
  };
  const handlers = options.createHandlers(emit);
  let origin = '';

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[commonplace] request failed:', error);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    if (req.headers.host !== new URL(origin).host) return send(res, 421, 'text/plain', 'Wrong host');
    if (req.headers.origin !== undefined && req.headers.origin !== origin) return send(res, 403, 'text/plain', 'Cross-origin requests are refused');
    if (url.pathname.startsWith('/api/')) {
      const given = req.headers['x-commonplace-token'] ?? url.searchParams.get('token') ?? '';
      if (typeof given !== 'string' || !sameToken(given, token)) return send(res, 401, 'application/json', JSON.stringify({ ok: false, error: { code: 'unauthorized', message: 'Missing or wrong token: open the URL the preview printed.' } }));
      if (url.pathname === '/api/events' && req.method === 'GET') return openEvents(res);
      const method = url.pathname.startsWith('/api/call/') ? decodeURIComponent(url.pathname.slice('/api/call/'.length)) : null;
      if (method === null || req.method !== 'POST') return send(res, 404, 'text/plain', 'Not found');
      const body = await readBody(req);
      if (body === null) return send(res, 413, 'application/json', JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'The request is too large.' } }));
      let input: unknown;
      try {
        input = body.length === 0 ? {} : JSON.parse(body);
      } catch {
        return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { code: 'invalid_input', message: 'The request body is not valid JSON.' } }));
      }
      const reply = await dispatch(handlers, method, input, { emit });
      return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(reply));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'Method not allowed');
    if (url.pathname === '/host-shim.js') return send(res, 200, TYPES['.js']!, SHIM_SOURCE);
    return serveStatic(url.pathname, res);
  }

  function openEvents(res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    clients.add(res);
    res.on('close', () => clients.delete(res));
  }

  async function serveStatic(pathname: string, res: ServerResponse): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
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

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
