/**
 * The parse worker the built CLI's starter starts before its bundle loads: handed to the pool
 * once, for its own script only, never when it already died; and the built CLI imports through
 * it, and ends at once when "import" was only a word of another command.
 * Needs the node build (`npx tsx build/scripts/build.ts node`) for the CLI runs.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { PRESTARTED_WORKER_NAME, takePrestartedWorker } from '../../main/library/import/prestarted-worker';
import { repoRoot } from '../unit/fixtures';

const exec = promisify(execFile);
const builtCli = path.join(repoRoot, process.env.COMMONPLACE_OUT ?? 'out', 'main/cli.cjs');
const holder = globalThis as Record<symbol, unknown>;
const key = Symbol.for(PRESTARTED_WORKER_NAME);
const echo = () => new Worker('require("node:worker_threads").parentPort.on("message", (m) => require("node:worker_threads").parentPort.postMessage(m));', { eval: true });
const dir = mkdtempSync(path.join(os.tmpdir(), 'commonplace-prestart-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('takePrestartedWorker', () => {
  it('hands over the worker started for this script, once', async () => {
    const worker = echo();
    holder[key] = { script: '/app/parse-worker.cjs', worker, failed: false };
    expect(takePrestartedWorker('/elsewhere/parse-worker.cjs')).toBeNull();
    expect(takePrestartedWorker('/app/parse-worker.cjs')).toBe(worker);
    expect(takePrestartedWorker('/app/parse-worker.cjs')).toBeNull();
    // It is a live worker, not a stand-in.
    const reply = new Promise((resolve) => worker.once('message', resolve));
    worker.postMessage('ping');
    expect(await reply).toBe('ping');
    await worker.terminate();
  });

  it('does not hand over a worker that already failed, and stops it', async () => {
    const worker = echo();
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    holder[key] = { script: '/app/parse-worker.cjs', worker, failed: true };
    expect(takePrestartedWorker('/app/parse-worker.cjs')).toBeNull();
    await exited;
    expect(holder[key]).toBeUndefined();
  });
});

describe('the built CLI', () => {
  it('imports with the worker its starter starts early, and ends promptly when "import" is a search word', { timeout: 60_000 }, async () => {
    const library = path.join(dir, 'library.commonplace');
    const file = path.join(dir, 'rivers.txt');
    writeFileSync(file, 'Rivers of the north\n\nThe rivers of the north freeze every winter, and the towns along them wait for the thaw in spring.\n');
    const imported = await exec(process.execPath, [builtCli, 'import', '--library', library, '--create', file]);
    expect(imported.stdout).toContain('1 imported');
    const searched = await exec(process.execPath, [builtCli, 'search', 'import', '--library', library], { timeout: 30_000 });
    expect(searched.stderr).toBe('');
  });
});
