/**
 * Export under SIGKILL: a real `commonplace export` process is killed while it renames files into
 * place, then the folder is exported again. The re-export must adopt what the killed run wrote (it
 * is ours, not an edit by the user), leave no temp file, no half file under a final name, report no
 * conflict, and end equal to a clean export into a fresh folder.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeLibrary, openLibrary, type Db } from '../../db/open';
import { runExport, type ExportSummary } from '../../main/library/export';
import { importSources } from '../../main/library/importer';
import { random } from '../bench/corpus';
import { repoRoot } from '../unit/fixtures';
import { tempDir } from './helpers';

const entry = ['--import', 'tsx', path.join(repoRoot, 'main/cli/index.ts')];
const TEMP = /\.commonplace-tmp$/;

/** A library of `count` Markdown articles, brought in by the real importer. */
async function bigLibrary(count: number, seed: number, dir: string): Promise<string> {
  const next = random(seed);
  const words = 'archive border treaty ministry cable embassy harbour census ledger river council famine railway telegraph mandate province garrison tariff monsoon delegation'.split(' ');
  const sentence = () => {
    const s = Array.from({ length: 8 + Math.floor(next() * 10) }, () => words[Math.floor(next() * words.length)]!).join(' ');
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  };
  const folder = path.join(dir, 'articles');
  mkdirSync(folder);
  for (let i = 0; i < count; i++) {
    const paragraphs = Array.from({ length: 4 + Math.floor(next() * 6) }, () => Array.from({ length: 3 + Math.floor(next() * 4) }, sentence).join(' '));
    const title = `${words[Math.floor(next() * words.length)]} ${words[Math.floor(next() * words.length)]} ${i + 1}`;
    writeFileSync(path.join(folder, `a${String(i).padStart(4, '0')}.md`), `# ${title}\n\n${paragraphs.join('\n\n')}\n`);
  }
  const file = path.join(dir, 'library.commonplace');
  const db = openLibrary(file);
  try {
    const report = await importSources(db, [{ kind: 'path', path: folder }]);
    expect(report.imported).toHaveLength(count);
  } finally {
    closeLibrary(db);
  }
  return file;
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** `commonplace export` as a real process; `exited` settles when it has been reaped (its pid is then free). */
function startExport(library: string, root: string, flags: string[]) {
  const child = spawn(process.execPath, [...entry, 'export', root, '--library', library, '--json', ...flags], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const exited = new Promise<Exit>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  let done = false;
  void exited.then(() => (done = true));
  return { child, exited, isRunning: () => !done };
}

async function exportWithCli(library: string, root: string, flags: string[]): Promise<ExportSummary> {
  const result = await startExport(library, root, flags).exited;
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as ExportSummary;
}

/** Inodes of the files under a final name in the export's folders: a file renamed into place gets a new one. */
function inodes(root: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const dir of ['Notes', 'Articles']) {
    let names: string[];
    try {
      names = readdirSync(path.join(root, dir));
    } catch {
      continue;
    }
    for (const name of names) {
      if (TEMP.test(name)) continue;
      try {
        found.set(`${dir}/${name}`, lstatSync(path.join(root, dir, name)).ino);
      } catch {
        /* renamed away meanwhile */
      }
    }
  }
  return found;
}

/** How many files were renamed into place since `before` was taken. */
function renamedSince(root: string, before: Map<string, number>): number {
  let n = 0;
  for (const [rel, ino] of inodes(root)) if (before.get(rel) !== ino) n++;
  return n;
}

/** Polls until `ready` holds; fails if the process ends first or if nothing happens for a long while. */
async function waitFor(ready: () => boolean, isRunning: () => boolean, what: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ready()) {
    if (!isRunning()) throw new Error(`the export ended before ${what}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** Starts an export, lets it rename `afterFiles` files into place, and kills it with SIGKILL. */
async function killMidway(library: string, root: string, flags: string[], afterFiles: number): Promise<void> {
  const before = inodes(root);
  const run = startExport(library, root, flags);
  await waitFor(() => renamedSince(root, before) >= afterFiles, run.isRunning, `${afterFiles} files were written`);
  run.child.kill('SIGKILL');
  const exit = await run.exited;
  expect(exit.signal, 'the kill landed mid-run').toBe('SIGKILL');
}

/** Every file of an export folder (the manifest aside: it records times and stats), with its bytes. */
function tree(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(root, rel))) {
      const r = rel ? `${rel}/${name}` : name;
      const stat = lstatSync(path.join(root, r));
      if (stat.isDirectory()) walk(r);
      else if (r !== '.commonplace-export.json') files.set(r, stat.isFile() ? readFileSync(path.join(root, r), 'utf8') : '(not a file)');
    }
  };
  walk('');
  return files;
}

function expectSameTree(actual: string, expected: string) {
  const a = tree(actual);
  const b = tree(expected);
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  const differing = [...b].filter(([rel, content]) => a.get(rel) !== content).map(([rel]) => rel);
  expect(differing).toEqual([]);
}

async function inProcess<T>(library: string, work: (db: Db) => T | Promise<T>): Promise<T> {
  const db = openLibrary(library);
  try {
    return await work(db);
  } finally {
    closeLibrary(db);
  }
}

async function cleanExport(library: string, flags: { fullText?: boolean }): Promise<string> {
  const root = tempDir();
  const summary = await inProcess(library, (db) => runExport(db, root, { allArticles: true, ...flags }));
  expect(summary.conflicts).toEqual([]);
  return root;
}

const ARTICLES = 500;
let shared: { dir: string; library: string } | null = null;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'commonplace-crash-'));
  shared = { dir, library: await bigLibrary(ARTICLES, 1, dir) };
}, 300_000);
afterAll(() => {
  if (shared) rmSync(shared.dir, { recursive: true, force: true });
});

/** A copy of the shared library, for one test to change. */
function libraryCopy(): string {
  const file = path.join(tempDir(), 'library.commonplace');
  copyFileSync(shared!.library, file);
  return file;
}

describe('export: killed with SIGKILL, then run again', () => {
  it('adopts the files a killed --full-text run wrote: the export without it reports no conflict', async () => {
    const library = libraryCopy();
    const root = tempDir();
    const first = await exportWithCli(library, root, ['--all-articles']);
    expect(first.written).toHaveLength(ARTICLES);

    await killMidway(library, root, ['--all-articles', '--full-text'], 60);

    const again = await exportWithCli(library, root, ['--all-articles']);
    expect(again.conflicts).toEqual([]);
    expect(readdirSync(path.join(root, 'Articles')).filter((n) => TEMP.test(n) || n.includes('(Commonplace'))).toEqual([]);
    expectSameTree(root, await cleanExport(library, {}));
  });

  it('after kills at seeded points of exports with changed content, each re-export equals a clean one', async () => {
    const library = libraryCopy();
    const next = random(14);
    const root = tempDir();
    let fullText = false;
    await inProcess(library, (db) => runExport(db, root, { allArticles: true, fullText }));
    for (let round = 0; round < 4; round++) {
      // Changed content: some articles retitled (their files renamed), and the full text switched
      // on or off, so the killed run rewrites every file.
      await inProcess(library, (db) => {
        for (let k = 0; k < 5; k++) db.prepare("UPDATE documents SET title = title || ' rev' WHERE id = ?").run(1 + Math.floor(next() * ARTICLES));
      });
      const before = tree(root);
      const killedFullText = !fullText;
      const afterFiles = 1 + Math.floor(next() * 120);
      await killMidway(library, root, ['--all-articles', ...(killedFullText ? ['--full-text'] : [])], afterFiles);
      const meant = { [String(killedFullText)]: await cleanExport(library, { fullText: killedFullText }) };

      // Every other round, a second run is killed too, with the other option: it folds the first
      // one's journal into the manifest, starts its own, and puts back some of the first one's files.
      const twice = round % 2 === 1;
      if (twice) {
        const again = 1 + Math.floor(next() * Math.max(1, afterFiles / 2));
        await killMidway(library, root, ['--all-articles', ...(fullText ? ['--full-text'] : [])], again);
        meant[String(fullText)] = await cleanExport(library, { fullText });
      }

      // No half file under a final name: each holds what the last export wrote or what a killed one meant to write.
      const intended = Object.values(meant).map(tree);
      const half = [...tree(root)].filter(([rel, content]) => rel.endsWith('.md') && content !== before.get(rel) && !intended.some((t) => t.get(rel) === content));
      expect(
        half.map(([rel]) => rel),
        `round ${round}, killed after ${afterFiles} files${twice ? ', twice' : ''}`,
      ).toEqual([]);

      fullText = next() < 0.5;
      const summary = await inProcess(library, (db) => runExport(db, root, { allArticles: true, fullText }));
      expect(summary.conflicts, `round ${round}`).toEqual([]);
      expectSameTree(root, meant[String(fullText)] ?? (await cleanExport(library, { fullText })));
    }
  });
});
