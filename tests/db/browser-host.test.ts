/** The browser host's guards, against a real server on 127.0.0.1 and a real library. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../main/handlers/index';
import { startBrowserHost, type BrowserHost } from '../../main/hosts/browser';
import { browserHostHandlers } from '../../main/hosts/browser-host-handlers';
import { tempDir, tempLibrary } from './helpers';

let host: BrowserHost | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
});

async function start() {
  const { db } = tempLibrary();
  const rendererDir = path.join(tempDir(), 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>');
  host = await startBrowserHost({ rendererDir, createHandlers: () => createHandlers(db, browserHostHandlers()) });
  const url = new URL(host.url);
  return { origin: url.origin, token: url.searchParams.get('token')! };
}

const call = (origin: string, method: string, body: unknown, headers: Record<string, string>) =>
  fetch(`${origin}/api/call/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('browser host', () => {
  it('answers contract calls that carry the token', async () => {
    const { origin, token } = await start();
    const res = await call(origin, 'library.list', {}, { 'X-Commonplace-Token': token });
    expect(await res.json()).toEqual({ ok: true, value: { articles: [], total: 0, offset: 0 } });
  });

  it('refuses calls without the token, from another origin, or to another host name', async () => {
    const { origin, token } = await start();
    expect((await call(origin, 'library.list', {}, {})).status).toBe(401);
    expect((await call(origin, 'library.list', {}, { 'X-Commonplace-Token': 'wrong' })).status).toBe(401);
    expect((await call(origin, 'library.list', {}, { 'X-Commonplace-Token': token, Origin: 'http://evil.test' })).status).toBe(403);
    const port = new URL(origin).port;
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      const req = request({ host: '127.0.0.1', port, path: '/', headers: { Host: `rebound.test:${port}` } }, (res) => resolve(res.statusCode ?? 0));
      req.end();
    });
    expect(status).toBe(421);
  });

  it('validates input and reports unknown calls as error replies', async () => {
    const { origin, token } = await start();
    const auth = { 'X-Commonplace-Token': token };
    const bad = (await (await call(origin, 'library.get', { id: -3 }, auth)).json()) as { ok: boolean; error: { code: string } };
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const unknown = (await (await call(origin, 'library.drop', {}, auth)).json()) as { ok: boolean; error: { message: string } };
    expect(unknown).toMatchObject({ ok: false, error: { message: 'Unknown call "library.drop".' } });
    const missing = (await (await call(origin, 'library.get', { id: 42 }, auth)).json()) as { error: { code: string } };
    expect(missing.error.code).toBe('not_found');
  });

  it('serves the UI with the shim and a strict CSP, and nothing outside its folder', async () => {
    const { origin } = await start();
    const page = await fetch(`${origin}/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<script src="./host-shim.js"></script>');
    expect((await fetch(`${origin}/host-shim.js`)).status).toBe(200);
    expect((await fetch(`${origin}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  it('has no folder picker and cannot show a folder, and says so instead of failing', async () => {
    const { origin, token } = await start();
    const auth = { 'X-Commonplace-Token': token };
    expect(await (await call(origin, 'host.chooseExportFolder', {}, auth)).json()).toEqual({ ok: true, value: { supported: false, path: null } });
    expect(await (await call(origin, 'host.showInFolder', { path: tempDir() }, auth)).json()).toEqual({ ok: true, value: { shown: false } });
    const bad = (await (await call(origin, 'host.showInFolder', { path: '' }, auth)).json()) as { ok: boolean; error: { code: string } };
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
