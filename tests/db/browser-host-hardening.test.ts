/**
 * The browser host's fences beyond Host/Origin/token (issue 14, point 4): no path import, export
 * only into a confirmed folder, the token in a header only, a malformed URL is a 400, strict
 * base64 uploads, a cap on request bytes held at once, and a search queue where the newest
 * search wins. A real server on 127.0.0.1 over a real library file; no mocks.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { insertDocument } from '../../db/repos/documents';
import type { Db } from '../../db/open';
import { createHandlers } from '../../main/handlers/index';
import { startBrowserHost, type BrowserHost, type BrowserHostLimits } from '../../main/hosts/browser';
import { browserHostHandlers } from '../../main/hosts/browser-host-handlers';
import { newDocument, tempDir, tempLibrary } from './helpers';

let host: BrowserHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

interface Started {
  db: Db;
  origin: string;
  port: number;
  token: string;
  auth: Record<string, string>;
}

async function start(limits?: Partial<BrowserHostLimits>): Promise<Started> {
  const { db } = tempLibrary();
  const rendererDir = path.join(tempDir(), 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>');
  host = await startBrowserHost({ rendererDir, createHandlers: () => createHandlers(db, browserHostHandlers()), ...(limits ? { limits } : {}) });
  const url = new URL(host.url);
  const token = url.searchParams.get('token')!;
  return { db, origin: url.origin, port: Number(url.port), token, auth: { 'X-Commonplace-Token': token } };
}

/** The replies these tests read, loosely: each test reads the fields of the call it made. */
type Json = {
  ok: boolean;
  value: { articles: unknown[]; imported: unknown[]; hits: unknown[]; counts: { article: number } };
  error?: { code: string; message: string };
};

async function call(origin: string, method: string, body: unknown, headers: Record<string, string>): Promise<Json> {
  const res = await fetch(`${origin}/api/call/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return (await res.json()) as Json;
}

interface RawReply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * A hand-made request, for what fetch will not send (a malformed path, a body that stops half
 * way). `parts` are written in order; a function part is awaited in between (to hold a body open).
 */
function raw(port: number, pathName: string, options: { method?: string; headers?: Record<string, string | number>; parts?: (Buffer | string | (() => Promise<void>))[] }): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: pathName, method: options.method ?? 'GET', headers: { Host: `127.0.0.1:${port}`, ...options.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    // The server may close the connection after answering while we still write: the answer counts.
    req.on('error', (error) => (error as NodeJS.ErrnoException).code === 'EPIPE' || (error as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(error));
    void (async () => {
      for (const part of options.parts ?? []) {
        if (typeof part === 'function') await part();
        else if (!req.destroyed) req.write(part);
      }
      if (!req.destroyed) req.end();
    })();
  });
}

/** A JSON body of exactly `bytes` bytes that library.list accepts: `{}` and spaces. */
const paddedEmpty = (bytes: number) => Buffer.from('{}' + ' '.repeat(bytes - 2));
const tick = (ms: number) => () => new Promise<void>((resolve) => setTimeout(resolve, ms));
const MB = 1024 * 1024;

describe('browser host: files on this computer', () => {
  it('refuses imports by path (any local file could be read); uploads still import', async () => {
    const { origin, auth } = await start();
    const secret = path.join(tempDir(), 'secret.txt');
    writeFileSync(secret, 'Private words that no page should be able to read into the library.\n');
    const byPath = await call(origin, 'import.run', { jobId: 'j1', sources: [{ kind: 'path', path: secret }] }, auth);
    expect(byPath).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(byPath.error!.message).toMatch(/only files you choose or drop in the page/);
    const mixed = await call(origin, 'import.run', { jobId: 'j2', sources: [{ kind: 'upload', name: 'a.txt', base64: Buffer.from('An upload.\n').toString('base64') }, { kind: 'path', path: '/etc/passwd' }] }, auth);
    expect(mixed).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect((await call(origin, 'library.list', {}, auth)).value.articles).toEqual([]);
    const upload = await call(origin, 'import.run', { jobId: 'j3', sources: [{ kind: 'upload', name: 'a.txt', base64: Buffer.from('An upload of plain words.\n').toString('base64') }] }, auth);
    expect(upload.ok).toBe(true);
    expect(upload.value.imported).toHaveLength(1);
  });

  it('exports only into a folder confirmed through export.confirmFolder', async () => {
    const { origin, auth } = await start();
    const folder = path.join(tempDir(), 'vault');
    const refused = await call(origin, 'export.run', { jobId: 'e1', folder, allArticles: true }, auth);
    expect(refused).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect(refused.error!.message).toMatch(/confirmed in the Export dialog/);
    expect(existsSync(folder)).toBe(false);
    // Confirming another folder does not open this one.
    expect((await call(origin, 'export.confirmFolder', { folder: path.join(tempDir(), 'other') }, auth)).ok).toBe(true);
    expect((await call(origin, 'export.run', { jobId: 'e2', folder, allArticles: true }, auth)).error?.code).toBe('refused');
    const relative = await call(origin, 'export.confirmFolder', { folder: 'vault' }, auth);
    expect(relative).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const confirmed = await call(origin, 'export.confirmFolder', { folder: folder + '/' }, auth);
    expect(confirmed).toEqual({ ok: true, value: { folder } });
    const done = await call(origin, 'export.run', { jobId: 'e3', folder, allArticles: true }, auth);
    expect(done).toMatchObject({ ok: true, value: { cancelled: false } });
    expect(existsSync(path.join(folder, '.commonplace-export.json'))).toBe(true);
  });
});

describe('browser host: the token', () => {
  it('is taken from the X-Commonplace-Token header only, never from the query string', async () => {
    const { origin, port, token, auth } = await start();
    const inQuery = await fetch(`${origin}/api/call/library.list?token=${token}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(inQuery.status).toBe(401);
    const withHeader = await fetch(`${origin}/api/call/library.list`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...auth }, body: '{}' });
    expect(withHeader.status).toBe(200);
    // The event stream too: the shim reads it with fetch and the header.
    expect((await raw(port, `/api/events?token=${token}`, {})).status).toBe(401);
    const events = await new Promise<{ status: number; type: string | undefined }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/api/events', headers: { Host: `127.0.0.1:${port}`, ...auth } }, (res) => {
        resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] });
        res.destroy();
      });
      req.on('error', reject);
      req.end();
    });
    expect(events).toEqual({ status: 200, type: 'text/event-stream' });
  });

  it('the page the printed URL opens needs no token, and the shim sends the header', async () => {
    const { origin } = await start();
    expect((await fetch(`${origin}/`)).status).toBe(200);
    const shim = await (await fetch(`${origin}/host-shim.js`)).text();
    expect(shim).toContain("'X-Commonplace-Token': token");
    expect(shim).not.toContain('?token=');
    expect(shim).not.toContain('EventSource(');
  });
});

describe('browser host: malformed requests', () => {
  it('answers a malformed path with 400 and no stack trace', async () => {
    const { port, auth } = await start();
    for (const bad of ['/%ff', '/%E0%A4%A', '/notes/%zz%ff']) {
      const reply = await raw(port, bad, {});
      expect(reply.status, bad).toBe(400);
      expect(reply.body).not.toMatch(/URIError|\n\s+at |\.ts:\d+/);
    }
    const api = await raw(port, '/api/call/%ff', { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, parts: ['{}'] });
    expect(api.status).toBe(400);
    expect(api.body).not.toMatch(/URIError|\n\s+at /);
  });

  it('refuses uploads that are not strict base64, with a clear message, and imports nothing', async () => {
    const { origin, auth } = await start();
    const good = Buffer.from('Words that arrive whole.\n').toString('base64');
    for (const base64 of ['%%%% not base64 %%%%', good.slice(0, -1), `${good.slice(0, 8)}\n${good.slice(8)}`, good.replaceAll('+', '-') + '_-_-']) {
      const reply = await call(origin, 'import.run', { jobId: 'b', sources: [{ kind: 'upload', name: 'damaged.txt', base64 }] }, auth);
      expect(reply, base64).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(reply.error!.message).toMatch(/not valid base64/);
    }
    expect((await call(origin, 'library.list', {}, auth)).value.articles).toEqual([]);
    expect((await call(origin, 'import.run', { jobId: 'g', sources: [{ kind: 'upload', name: 'whole.txt', base64: good }] }, auth)).value.imported).toHaveLength(1);
  });
});

describe('browser host: request bodies in flight', () => {
  const limits = { maxBodyBytes: 1 * MB, maxBodyBytesInFlight: 1.5 * MB };
  const headers = (auth: Record<string, string>, extra: Record<string, string | number> = {}) => ({ ...auth, 'Content-Type': 'application/json', ...extra });

  it('refuses one body over the per-request cap, by its Content-Length and by its bytes (chunked)', async () => {
    const { port, auth } = await start(limits);
    const declared = await raw(port, '/api/call/library.list', { method: 'POST', headers: headers(auth, { 'Content-Length': 2 * MB }), parts: [] });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/too large/) } });
    const chunked = await raw(port, '/api/call/library.list', { method: 'POST', headers: headers(auth, { 'Transfer-Encoding': 'chunked' }), parts: [paddedEmpty(MB / 2), Buffer.alloc(MB / 2, 32), Buffer.alloc(MB / 2, 32)] });
    expect(chunked.status).toBe(413);
  });

  it('caps the bytes held across concurrent requests: over the cap is 503 with a message, and the budget comes back', async () => {
    const { port, auth } = await start(limits);
    const body = paddedEmpty(MB);
    // A holds 1 MB (declared) and sends it slowly.
    let releaseA!: () => void;
    const aHeld = new Promise<void>((resolve) => (releaseA = resolve));
    const a = raw(port, '/api/call/library.list', { method: 'POST', headers: headers(auth, { 'Content-Length': MB }), parts: [body.subarray(0, MB / 2), () => aHeld, body.subarray(MB / 2)] });
    await tick(100)();
    const b = await raw(port, '/api/call/library.list', { method: 'POST', headers: headers(auth, { 'Content-Length': MB }), parts: [body] });
    expect(b.status).toBe(503);
    expect(JSON.parse(b.body)).toMatchObject({ ok: false, error: { code: 'busy', message: expect.stringMatching(/other uploads/) } });
    // Chunked (no Content-Length): counted as its bytes arrive.
    const c = await raw(port, '/api/call/library.list', { method: 'POST', headers: headers(auth, { 'Transfer-Encoding': 'chunked' }), parts: [paddedEmpty(MB / 4), Buffer.alloc(MB / 4, 32), Buffer.alloc(MB / 4, 32)] });
    expect(c.status).toBe(503);
    releaseA();
    expect((await a).status).toBe(200);
    expect(JSON.parse((await a).body)).toEqual({ ok: true, value: { articles: [], total: 0, offset: 0 } });
    // A answered: its bytes are free again.
    const d = await raw(port, '/api/call/library.list', { method: 'POST', headers: headers(auth, { 'Content-Length': MB }), parts: [body] });
    expect(d.status).toBe(200);
  });

  it('gives back the bytes of a request whose client went away half way', async () => {
    const { port, auth } = await start(limits);
    const body = paddedEmpty(MB);
    await new Promise<void>((resolve) => {
      const req = request({ host: '127.0.0.1', port, path: '/api/call/library.list', method: 'POST', headers: { Host: `127.0.0.1:${port}`, ...headers(auth, { 'Content-Length': MB }) } });
      req.on('error', () => resolve());
      req.write(body.subarray(0, MB / 2), () => setTimeout(() => req.destroy(), 100));
      req.on('close', () => resolve());
    });
    await tick(100)();
    // Had the first request's 1 MB stayed held, this one would be over the 1.5 MB cap.
    const next = await raw(port, '/api/call/library.list', { method: 'POST', headers: headers(auth, { 'Content-Length': MB }), parts: [body] });
    expect(next.status).toBe(200);
  });
});

describe('browser host: search under load', () => {
  function fill(db: Db, n: number): void {
    db.transaction(() => {
      for (let i = 0; i < n; i++) {
        const text = `Reports from Kandahar and Helmand, dispatch ${i}: drones, convoys, elders and the district council met again.`;
        insertDocument(db, newDocument({ title: `Dispatch ${i} from Kandahar`, plainText: text, blocksJson: JSON.stringify([{ kind: 'paragraph', text }]) }));
      }
    })();
  }

  /**
   * 200 searches at once from another process (as a browser would send them: from this process
   * the requests would reach the host one at a time between searches), answered in the order listed.
   */
  async function burst(origin: string, token: string, clients: 'one' | 'each') {
    const script = `
      const [origin, token, clients] = process.argv.slice(1);
      const finished = [];
      await Promise.all(Array.from({ length: 200 }, async (_, i) => {
        const headers = { 'Content-Type': 'application/json', 'X-Commonplace-Token': token, 'X-Commonplace-Client': clients === 'one' ? 'tab-1' : 'tab-' + i };
        const body = JSON.stringify({ query: i % 2 === 0 ? 'kandahar' : 'helmand drones' });
        const res = await fetch(origin + '/api/call/search.query', { method: 'POST', headers, body });
        finished.push({ i, reply: await res.json() });
      }));
      process.stdout.write(JSON.stringify(finished));
    `;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, origin, token, clients], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    return JSON.parse(out) as { i: number; reply: Json }[];
  }

  it('a newer search from the same page supersedes the ones waiting; the last answered has real results', async () => {
    const { db, origin, token } = await start();
    fill(db, 3000);
    const finished = await burst(origin, token, 'one');
    const superseded = finished.filter((f) => !f.reply.ok && f.reply.error!.code === 'superseded');
    const answered = finished.filter((f) => f.reply.ok);
    expect(superseded.length + answered.length).toBe(200);
    expect(superseded.length).toBeGreaterThan(150);
    expect(superseded[0]!.reply.error!.message).toMatch(/newer search/);
    for (const { reply } of answered) expect(reply.value.hits.length).toBeGreaterThan(0);
    // The search still waiting when the burst ended is never superseded: it answers last, for real.
    const last = finished.at(-1)!;
    expect(last.reply.ok).toBe(true);
    expect(last.reply.value.counts.article).toBe(3000);
  });

  it('keeps at most a few searches waiting across pages: the oldest are dropped as busy', async () => {
    const { db, origin, token } = await start({ maxWaitingSearches: 8 });
    fill(db, 3000);
    const finished = await burst(origin, token, 'each');
    const busy = finished.filter((f) => !f.reply.ok && f.reply.error!.code === 'busy');
    const answered = finished.filter((f) => f.reply.ok);
    expect(busy.length + answered.length).toBe(200);
    expect(busy.length).toBeGreaterThan(100);
    expect(busy[0]!.reply.error!.message).toMatch(/Search again/);
    expect(finished.at(-1)!.reply.ok).toBe(true);
  });
});
