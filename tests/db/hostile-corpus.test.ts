/**
 * The hostile corpus (hostile-files.ts) through the real, built `commonplace` command and a real
 * library: every file is imported safely or refused with a message that says why (never an
 * internal error, never a crash); no script, handler or unsafe link survives; stored titles hold
 * no control characters; nothing the command prints carries a raw escape; and nothing is written
 * outside the library's folder and, for the export that follows, the export folder.
 *
 * Needs the node build (`npx tsx build/scripts/build.ts node`): it runs `out/main/cli.cjs`, so the
 * parse worker, the bundle and its lazily loaded jsdom are the ones users run.
 */
import { execFile } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeLibrary, openLibrary } from '../../db/open';
import { repoRoot } from '../unit/fixtures';
import { RAN, writeHostileFiles, type HostileFile } from './hostile-files';

const exec = promisify(execFile);
const builtCli = path.join(repoRoot, process.env.COMMONPLACE_OUT ?? 'out', 'main/cli.cjs');

/** Anything a terminal acts on: C0 but LF and TAB, DEL, C1, bidi embeddings/overrides/isolates. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** What a stored title may not hold: every control character, line and paragraph separators, bidi controls. */
const NOT_IN_TITLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function commonplace(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [builtCli, ...args], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number | string; stdout: string; stderr: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? String(error) };
  }
}

/** Every path under `dir`, relative, leaving out the folders named in `skip`. */
function tree(dir: string, skip: readonly string[] = [], prefix = ''): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const rel = path.join(prefix, entry);
    if (skip.includes(rel)) continue;
    out.push(rel);
    const full = path.join(dir, entry);
    if (lstatSync(full).isDirectory()) out.push(...tree(full, skip, rel));
  }
  return out.sort();
}

/** A command's output must be plain: no raw escapes, no internal error, no stack trace. */
function expectCleanOutput(run: Run, what: string): void {
  const all = run.stdout + run.stderr;
  expect(all, `${what}: raw control characters`).not.toMatch(RAW);
  expect(all, `${what}: internal error`).not.toMatch(/internal error|something went wrong/i);
  expect(all, `${what}: stack trace`).not.toMatch(/^\s+at .+[:(]\d+/m);
}

describe('the hostile corpus through the CLI', () => {
  let root = '';
  let work = '';
  let input = '';
  let libraries = '';
  let exportDir = '';
  let files: HostileFile[] = [];
  let before: string[] = [];

  beforeAll(() => {
    if (!existsSync(builtCli)) throw new Error(`${builtCli} is missing: run \`npx tsx build/scripts/build.ts node\` first.`);
    // Not helpers' tempDir: that is removed after each test, and this corpus serves all three.
    root = mkdtempSync(path.join(os.tmpdir(), 'commonplace-hostile-'));
    // Two levels down, so a title's ../ would land inside the temp folder the test watches.
    work = path.join(root, 'outer', 'work');
    input = path.join(work, 'in');
    libraries = path.join(work, 'lib');
    exportDir = path.join(work, 'export');
    for (const dir of [input, libraries, exportDir]) mkdirSync(dir, { recursive: true });
    files = writeHostileFiles(input);
    before = tree(root, [path.join('outer', 'work', 'lib'), path.join('outer', 'work', 'export')]);
  });

  afterAll(() => {
    // Whatever ran, nothing may have appeared beside the library and export folders.
    if (!root) return;
    try {
      expect(tree(root, [path.join('outer', 'work', 'lib'), path.join('outer', 'work', 'export')])).toEqual(before);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('holds at least 40 files', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(new Set(files.map((f) => f.name)).size).toBe(files.length);
  });

  it('imports each file safely or refuses it with a clear reason, and prints nothing raw', { timeout: 600_000 }, async () => {
    // The human form first: one line per file, refusals on stderr, a summary.
    const human = await commonplace('import', input, '--library', path.join(libraries, 'human.commonplace'), '--create');
    expect([0, 1], human.stderr).toContain(human.code);
    expectCleanOutput(human, 'import');

    const library = path.join(libraries, 'corpus.commonplace');
    const run = await commonplace('import', input, '--library', library, '--create', '--jsonl');
    expect([0, 1], run.stderr).toContain(run.code);
    expectCleanOutput(run, 'import --jsonl');
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; file?: string; reason?: string; title?: string });
    const summary = lines.at(-1)!;
    expect(summary).toMatchObject({ kind: 'summary', cancelled: false });

    const byName = new Map<string, { kind: string; reason?: string }[]>();
    for (const line of lines) {
      if (line.kind === 'summary' || line.kind === 'attached') continue;
      const name = path.basename(line.file!);
      byName.set(name, [...(byName.get(name) ?? []), line]);
    }
    for (const file of files) {
      const results = byName.get(file.name) ?? [];
      const label = `${JSON.stringify(file.name)} (${file.what})`;
      expect.soft(results.length, `${label}: one result`).toBeGreaterThanOrEqual(1);
      for (const r of results) {
        if (r.kind === 'refused') {
          expect.soft(r.reason, label).not.toMatch(/internal error|stopped unexpectedly|took longer than/i);
          expect.soft(r.reason!.length, label).toBeGreaterThan(20);
        }
        if (file.expect.outcome === 'imported') expect.soft(r.kind, `${label}: ${r.reason ?? ''}`).toMatch(/^(imported|duplicate)$/);
        if (file.expect.outcome === 'refused') {
          expect.soft(r.kind, label).toBe('refused');
          expect.soft(r.reason, label).toMatch(file.expect.reason);
        }
      }
    }

    expect(byName.size, 'a result for every file').toBe(files.length);

    // What was stored: clean one-line fields, no script and no unsafe link anywhere.
    const db = openLibrary(library, { mode: 'read' });
    try {
      const docs = db.prepare('SELECT title, byline, site, source_url AS url, summary, format, blocks, plain_text AS text FROM documents').all() as {
        title: string;
        byline: string | null;
        site: string | null;
        url: string | null;
        summary: string | null;
        format: string;
        blocks: string;
        text: string;
      }[];
      expect(docs.length).toBe(files.filter((f) => f.expect.outcome === 'imported').length);
      for (const doc of docs) {
        for (const field of [doc.title, doc.byline, doc.site, doc.url, doc.summary]) {
          if (field !== null) expect(field, doc.title).not.toMatch(NOT_IN_TITLE);
        }
        expect(doc.title.trim()).not.toBe('');
        if (doc.url !== null) expect(doc.url).toMatch(/^https?:\/\//i);
        const hrefs = (JSON.parse(doc.blocks) as { marks?: { href?: string }[] }[]).flatMap((b) => b.marks ?? []).flatMap((m) => (m.href === undefined ? [] : [m.href]));
        for (const href of hrefs) expect(href, doc.title).toMatch(/^(https?:\/\/|mailto:)/i);
        // A web page's scripts, handlers and script URLs never become its text. (Markdown that
        // is not a valid link stays visible as the characters typed, which is text, not script.)
        if (doc.format === 'html') {
          expect(doc.text, doc.title).not.toContain(RAN);
          expect(doc.text, doc.title).not.toMatch(/<script|onerror=|onload=/i);
        }
        for (const field of [doc.title, doc.byline, doc.site, doc.url, doc.summary]) if (field !== null) expect(field).not.toContain(RAN);
      }
    } finally {
      closeLibrary(db);
    }

    // Reading commands print the hostile titles escaped.
    const list = await commonplace('list', '--library', library);
    expect(list.code, list.stderr).toBe(0);
    expectCleanOutput(list, 'list');
    const search = await commonplace('search', 'harbour', '--library', library);
    expectCleanOutput(search, 'search');
  });

  it('exports the library only inside the export folder', { timeout: 300_000 }, async () => {
    const library = path.join(libraries, 'corpus.commonplace');
    expect(existsSync(library)).toBe(true);
    const run = await commonplace('export', exportDir, '--library', library, '--all-articles', '--full-text', '--json');
    expect(run.code, run.stderr).toBe(0);
    expectCleanOutput(run, 'export');
    const report = JSON.parse(run.stdout) as { written: (string | { path: string })[] };
    const written = report.written.map((w) => (typeof w === 'string' ? w : w.path));
    expect(written.length).toBeGreaterThan(0);
    const inside = realpathSync(exportDir) + path.sep;
    for (const file of written) {
      const full = path.resolve(exportDir, file);
      expect(full.startsWith(inside) || full.startsWith(exportDir + path.sep), file).toBe(true);
      expect(realpathSync(full).startsWith(inside), file).toBe(true);
    }
    // Every file in the export folder is a plain file or folder (no links out), and nothing named
    // after a traversal title appeared where ../ would have led.
    for (const rel of tree(exportDir)) {
      const stat = lstatSync(path.join(exportDir, rel));
      expect(stat.isFile() || stat.isDirectory(), rel).toBe(true);
    }
    for (const escaped of ['tmp/escaped', 'escaped', 'escaped-md', 'etc/passwd']) {
      for (const base of [work, path.join(work, '..'), root, path.dirname(root), os.tmpdir(), '/']) {
        if (base === '/' && escaped === 'etc/passwd') continue;
        expect(existsSync(path.join(base, `${escaped}.md`)), path.join(base, escaped)).toBe(false);
      }
    }
  });
});
