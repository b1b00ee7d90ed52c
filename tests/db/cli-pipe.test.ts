/**
 * Output through a real pipe is whole: the CLI used to call process.exit right after writing,
 * so a pipe (64 KiB of buffer) kept only the first 65,536 bytes of `list --json`.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeLibrary, openLibrary } from '../../db/open';
import { insertDocument } from '../../db/repos/documents';
import { spawn } from 'node:child_process';
import { repoRoot } from '../unit/fixtures';
import { newDocument, tempDir } from './helpers';

const ARTICLES = 1000;

/**
 * Runs the CLI with stdout on a real pipe read the way a slow consumer (`| wc -c`, `| jq`) reads
 * it: nothing is taken until the first bytes wait in the pipe, then nothing for another second,
 * so the pipe is full while the CLI finishes. Output cut at exit shows up here reliably.
 */
async function slowPipe(...args: string[]): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'main/cli/index.ts'), ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => {
    chunks.push(c);
    if (chunks.length === 1) {
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 1500);
    }
  });
  const code = await closed;
  return { code, stdout: Buffer.concat(chunks).toString('utf8') };
}

function bigLibrary(): string {
  const file = path.join(tempDir(), 'big.commonplace');
  const db = openLibrary(file);
  db.transaction(() => {
    for (let i = 1; i <= ARTICLES; i++) {
      insertDocument(db, newDocument({ title: `Piped article number ${i} about the long history of very wide terminal output`, site: 'example.org' }));
    }
  })();
  closeLibrary(db);
  return file;
}

describe('commonplace output through a pipe', () => {
  it('writes every byte of list --json, list and search --json before exiting', async () => {
    const library = bigLibrary();
    const json = await slowPipe('list', '--library', library, '--json');
    expect(json.code).toBe(0);
    expect(Buffer.byteLength(json.stdout)).toBeGreaterThan(3 * 65_536);
    expect(JSON.parse(json.stdout)).toHaveLength(ARTICLES);

    const text = await slowPipe('list', '--library', library);
    expect(text.code).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(ARTICLES + 1);
    expect(lines.at(-1)).toContain('Piped article number 1 ');

    const search = await slowPipe('search', 'terminal', '--limit', '1000', '--library', library, '--json');
    expect(search.code).toBe(0);
    expect((JSON.parse(search.stdout) as { hits: unknown[] }).hits.length).toBe(ARTICLES);
  }, 60_000);

  it('stops quietly when the reader goes away (| head), as a program killed by SIGPIPE does', async () => {
    const library = bigLibrary();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'main/cli/index.ts'), 'list', '--json', '--library', library], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled|at /);
    expect(code).toBe(0);
  }, 60_000);
});
