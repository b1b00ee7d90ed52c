/**
 * A batch import killed at random points (issue 14, "the suites"): a real `commonplace import
 * --jsonl` process is SIGKILLed after a seeded random number of files it acknowledged, some at
 * once and some a few milliseconds later (mid-write), several rounds on the same library. After
 * each kill the store is sound (integrity, foreign keys, every FTS index against its content),
 * every file it acknowledged is there with its title, and no file is there twice; a last run
 * to the end then holds each file exactly once. CRASH_SEED replays a run.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { random } from '../bench/corpus';
import { repoRoot } from '../unit/fixtures';
import { articleFiles } from './article-files';
import { cli } from './cli-run';
import { tempDir } from './helpers';
import { expectStoreSound } from './store-checks';

const FILES = 400;
const ROUNDS = 5;

interface Ack {
  kind: string;
  id: number;
  title: string;
}

/** Imports `dir`, SIGKILLs the process once `acks` files were acknowledged (after `delayMs`), and returns the acknowledgements. */
function importKilled(dir: string, library: string, acks: number, delayMs: number): Promise<{ signal: NodeJS.Signals | null; acked: Ack[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'main/cli/index.ts'), 'import', dir, '--library', library, '--create', '--jsonl'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let killing = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (killing || out.split('\n').length <= acks) return;
      killing = true;
      if (delayMs === 0) child.kill('SIGKILL');
      else setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      // Only whole lines are acknowledgements: the kill may cut the last one.
      const lines = out.split('\n').slice(0, -1).filter((l) => l !== '');
      resolve({ signal, acked: lines.map((l) => JSON.parse(l) as Ack).filter((a) => a.kind === 'imported') });
    });
  });
}

function checkAfterKill(library: string, acked: ReadonlyMap<number, string>): number {
  // Not read-only: FTS5's integrity check is spelt as an INSERT (it writes nothing).
  const db = new Database(library);
  try {
    expectStoreSound(db);
    const rows = db.prepare('SELECT id, title FROM documents').all() as { id: number; title: string }[];
    const byId = new Map(rows.map((r) => [r.id, r.title]));
    for (const [id, title] of acked) expect(byId.get(id), `acknowledged article ${id}`).toBe(title);
    expect(new Set(rows.map((r) => r.title)).size, 'no article twice').toBe(rows.length);
    return rows.length;
  } finally {
    db.close();
  }
}

describe('a batch import killed at random points', () => {
  it('leaves a sound library holding every acknowledged file once, and a re-run completes it without duplicates', async () => {
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 100_000);
    console.log(`import-crash seed ${seed} (CRASH_SEED=${seed} replays it)`);
    const next = random(seed);
    const dir = articleFiles(FILES);
    const library = path.join(tempDir(), 'lib.commonplace');
    const acked = new Map<number, string>();
    let stored = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const acks = 1 + Math.floor(next() * 40);
      const delayMs = next() < 0.5 ? 0 : Math.floor(next() * 30);
      const run = await importKilled(dir, library, acks, delayMs);
      if (run.signal !== 'SIGKILL') break; // the import finished before the kill: nothing left to interrupt
      for (const a of run.acked) acked.set(a.id, a.title);
      const now = checkAfterKill(library, acked);
      expect(now, `round ${round}: the library never shrinks`).toBeGreaterThanOrEqual(stored);
      stored = now;
    }
    const last = await cli('import', dir, '--library', library, '--jsonl');
    expect(last.code).toBe(0);
    expect(checkAfterKill(library, acked)).toBe(readdirSync(dir).length);
  }, 300_000);
});
