/**
 * Every e2e test gets a fresh library file in a temp folder, its own browser host (the real
 * `out/main/preview.cjs`, as `npm run preview` runs it) and a page opened at the app. After the
 * test, it asserts that the page made no request outside the host.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
/** The built app under test: `npm run build` output (COMMONPLACE_OUT, as electron.config.ts reads it). */
export const builtDir = path.resolve(repoRoot, process.env.COMMONPLACE_OUT ?? 'out');
export const articlesDir = path.resolve(repoRoot, '../shared/fixtures/articles');
export const fixtureArticle = (name: string) => path.join(articlesDir, name);

export interface AppHost {
  url: string;
  origin: string;
  libraryFile: string;
  tempDir: string;
  /** Stops the host as a crash would (SIGKILL), for tests of what survives. */
  kill(): void;
  /** The same, settling once the process has exited (its port is free again). */
  killed(): Promise<void>;
}

/** Starts the preview on `libraryFile`; `args` adds options (`--port N` to start again where a killed host was). */
export async function startHost(libraryFile: string, args: string[] = []): Promise<{ url: string; process: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(builtDir, 'main/preview.cjs'), '--library', libraryFile, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`preview exited with ${code}: ${err}`)));
  });
  return { url, process: child };
}

export const test = base.extend<{ host: AppHost; app: Page }>({
  host: async ({}, use) => {
    const tempDir = mkdtempSync(path.join(os.tmpdir(), 'commonplace-e2e-'));
    const libraryFile = path.join(tempDir, 'library.commonplace');
    const { url, process: child } = await startHost(libraryFile);
    await use({
      url,
      origin: new URL(url).origin,
      libraryFile,
      tempDir,
      kill: () => child.kill('SIGKILL'),
      killed: () =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    });
    child.kill('SIGTERM');
    rmSync(tempDir, { recursive: true, force: true });
  },
  app: async ({ page, host }, use) => {
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(host.origin + '/') && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
    });
    await page.goto(host.url);
    await use(page);
    expect(outside, 'requests that left the host').toEqual([]);
  },
});

export { expect };
