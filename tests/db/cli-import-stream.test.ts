/**
 * `commonplace import` tells each file's result as it lands: killed part-way, everything it
 * printed is in the library. Text lines and `--jsonl` objects alike, through a real pipe.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../unit/fixtures';
import { cli } from './cli-run';
import { tempDir } from './helpers';
import { articleFiles as articles } from './article-files';

/** Runs an import and SIGKILLs it once `lines` lines have come through stdout. */
function importKilledAfter(lines: number, ...args: string[]): Promise<{ signal: NodeJS.Signals | null; lines: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'main/cli/index.ts'), 'import', ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (out.split('\n').length > lines) child.kill('SIGKILL');
    });
    child.stderr.resume();
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ signal, lines: out.split('\n').filter((l) => l !== '') }));
  });
}

function titlesIn(library: string): Map<number, string> {
  const db = new Database(library, { readonly: true });
  try {
    return new Map((db.prepare('SELECT id, title FROM documents').all() as { id: number; title: string }[]).map((r) => [r.id, r.title]));
  } finally {
    db.close();
  }
}

describe('commonplace import, file by file', () => {
  it('--jsonl: one object per line as each file lands; what was printed before a kill is in the library', async () => {
    const dir = articles(1500);
    const library = path.join(tempDir(), 'lib.commonplace');
    const run = await importKilledAfter(20, dir, '--library', library, '--create', '--jsonl');
    expect(run.signal).toBe('SIGKILL');
    // Every complete line is one JSON object for one file (the last may have been cut by the kill).
    const objects = run.lines.slice(0, 20).map((l) => JSON.parse(l) as { kind: string; file: string; id: number; title: string });
    expect(objects.every((o) => o.kind === 'imported')).toBe(true);
    const stored = titlesIn(library);
    expect(stored.size).toBeGreaterThanOrEqual(objects.length);
    expect(stored.size).toBeLessThan(1500);
    for (const o of objects) expect(stored.get(o.id)).toBe(o.title);
  }, 120_000);

  it('text: a line per file as it lands; the summary still ends a whole run', async () => {
    const dir = articles(1500);
    const library = path.join(tempDir(), 'lib.commonplace');
    const run = await importKilledAfter(10, dir, '--library', library, '--create');
    expect(run.signal).toBe('SIGKILL');
    const stored = titlesIn(library);
    // Killed while importing: lines came before the end, not all at once after it.
    expect(stored.size).toBeLessThan(1500);
    for (const line of run.lines.slice(0, 10)) {
      const m = /^imported {2}#(\d+) {2}(.*) {2}\(/.exec(line);
      expect(m, line).not.toBeNull();
      expect(stored.get(Number(m![1]))).toBe(m![2]);
    }
    const small = articles(3);
    const whole = await cli('import', small, '--library', path.join(tempDir(), 'b.commonplace'), '--create', '--jsonl');
    expect(whole.code).toBe(0);
    const all = whole.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { kind: string });
    expect(all.map((o) => o.kind)).toEqual(['imported', 'imported', 'imported', 'summary']);
    expect(all[3]).toMatchObject({ imported: 3, duplicates: 0, refused: 0, cancelled: false });
  }, 120_000);
});
