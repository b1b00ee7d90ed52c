/**
 * `npm run bench` (after the build): cold-start figures of the built app, each the median of
 * several fresh processes on a library of 10,000 articles (BENCH_ARTICLES):
 *   - `commonplace list` (out/main/cli.cjs, output discarded);
 *   - `commonplace import <one small text file>` (a new file each run, so never a duplicate);
 *   - the browser host (out/main/preview.cjs) from its start to the first page of the library
 *     drawn in Chromium (the browser is started before the clock, as a user's already runs).
 * Goals (issue 15): list ≤ 150 ms, one text import ≤ 300 ms, first page ≤ 1 s.
 */
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeLibrary, openLibrary } from '../../db/open';
import config from '../../playwright.config';
import { buildBigLibrary } from './big-library';
import { median, ms, rowPrinter } from './measure';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const out = path.resolve(import.meta.dirname, '../..', process.env.COMMONPLACE_OUT ?? 'out', 'main');
const cli = path.join(out, 'cli.cjs');
const preview = path.join(out, 'preview.cjs');
if (!existsSync(cli) || !existsSync(preview)) throw new Error(`Build first (npm run build): ${cli} or ${preview} is missing.`);

const row = rowPrinter(44);
const dir = mkdtempSync(path.join(os.tmpdir(), 'commonplace-cold-'));

/** Wall time of one fresh `node cli.cjs …`, which must succeed. */
function runCli(args: string[]): number {
  const t0 = performance.now();
  const result = spawnSync(process.execPath, [cli, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  const elapsed = performance.now() - t0;
  if (result.status !== 0) throw new Error(`commonplace ${args.join(' ')} failed (${result.status}): ${result.stderr.toString()}`);
  return elapsed;
}

const figure = (xs: number[], goal: number) => `${ms(median(xs))} median of ${xs.length} (min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))}); goal ≤ ${goal} ms: ${median(xs) <= goal ? 'met' : 'NOT met'}`;

try {
  const library = path.join(dir, 'library.commonplace');
  const db = openLibrary(library);
  buildBigLibrary(db, { articles: ARTICLES, highlights: ARTICLES, notes: Math.ceil(ARTICLES / 10) });
  closeLibrary(db);
  console.log(`Cold start: built app, library of ${ARTICLES} articles (Node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)})\n`);

  // The floor under every figure: Node itself starting and stopping.
  const bare = Array.from({ length: RUNS }, () => {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    return performance.now() - t0;
  });
  row('node -e 0 (for scale)', `${ms(median(bare))} median of ${bare.length}`);
  runCli(['list', '--library', library]); // the OS file cache warm, as on a machine in use
  row('commonplace list', figure(Array.from({ length: RUNS }, () => runCli(['list', '--library', library])), 150));

  const imports = Array.from({ length: RUNS }, (_, i) => {
    const file = path.join(dir, `note-${i}.txt`);
    writeFileSync(file, `A short note ${i}\n\nThe cold start of the command line is measured with this file, number ${i}, which holds one plain paragraph of text.\n`);
    return runCli(['import', '--library', library, file]);
  });
  row('commonplace import (one .txt file)', figure(imports, 300));

  const browser = await chromium.launch(config.use?.launchOptions);
  try {
    const firstPage: number[] = [];
    for (let i = 0; i < Math.min(RUNS, 5); i++) {
      const t0 = performance.now();
      const host = spawn(process.execPath, [preview, '--library', library], { stdio: ['ignore', 'pipe', 'ignore'] });
      try {
        const url = await new Promise<string>((resolve, reject) => {
          let text = '';
          host.stdout!.on('data', (chunk: Buffer) => {
            text += chunk.toString();
            const match = /Open: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(text);
            if (match) resolve(match[1]!);
          });
          host.on('exit', (code) => reject(new Error(`preview exited with ${code}`)));
        });
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.goto(url);
        await page.getByRole('grid', { name: 'Articles' }).getByRole('gridcell').first().waitFor({ state: 'visible', timeout: 30_000 });
        firstPage.push(performance.now() - t0);
        await page.close();
      } finally {
        host.kill('SIGTERM');
      }
    }
    row('browser host: start to first page shown', figure(firstPage, 1000));
  } finally {
    await browser.close();
  }
  console.log('\nFigures taken on a shared machine are indicative: compare runs taken side by side.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
