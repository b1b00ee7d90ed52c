/** The worker parser: the same results as inline parsing, refusals intact, runaway parses stopped; the pool keeps file order. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticleFile, reparseSource, type ParsedFile } from '../../main/library/import/index';
import { storedBody } from '../../main/library/article';
import { closeLibrary, openLibrary } from '../../db/open';
import { createWorkerParser, inlineParser, ParseCancelled, type ArticleParser, type WorkerParser } from '../../main/library/import/parser';
import { importSources } from '../../main/library/importer';
import { fixtureArticle, repoRoot, sharedFixtures } from '../unit/fixtures';
import { metadataItems, omnivoreZip } from '../unit/omnivore-zips';

// Tests run from source: the worker loads the TypeScript worker module through tsx.
const source = path.join(repoRoot, 'main/library/import/parse-worker.ts');

/** What a worker answers for a file: the inline parse, with each article's stored body. */
const withStored = (parsed: ParsedFile): ParsedFile => ({ ...parsed, stored: parsed.articles.map(storedBody) });
const script = `require('tsx/cjs/api').register(); require(${JSON.stringify(source)});`;
const parsers: ArticleParser[] = [];
afterEach(async () => {
  await Promise.all(parsers.splice(0).map((p) => p.close()));
});

function worker(timeoutMs?: number): WorkerParser {
  const parser = createWorkerParser({ script, eval: true, timeoutMs });
  parsers.push(parser);
  return parser;
}

describe('worker parser', () => {
  it('parses a file exactly as inline parsing does', async () => {
    const bytes = readFileSync(fixtureArticle('004_8af5de537ef99085.txt'));
    const parser = worker();
    // The same parse, plus what the importer stores of each article, derived off its thread.
    expect(await parser.parse('004.txt', bytes)).toEqual(withStored(parseArticleFile({ name: '004.txt', bytes })));
    // The caller's buffer is not detached by the transfer to the worker.
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(await parser.parse('again.txt', bytes)).toMatchObject({ format: 'text' });
  });

  it('parses a stored source again as one article, and serves an import and a re-parse at once', async () => {
    const text = readFileSync(fixtureArticle('002_09d481056bfa5c16.txt'), 'utf8');
    const bytes = readFileSync(fixtureArticle('004_8af5de537ef99085.txt'));
    const parser = worker();
    const [again, file] = await Promise.all([parser.reparse('text', '002.txt', text), parser.parse('004.txt', bytes)]);
    expect(again).toEqual(reparseSource('text', '002.txt', text));
    expect(file).toEqual(withStored(parseArticleFile({ name: '004.txt', bytes })));
  });

  it('carries refusals across with their code and message', async () => {
    await expect(worker().parse('empty.txt', new Uint8Array())).rejects.toMatchObject({ code: 'refused', message: expect.stringMatching(/empty/i) });
  });

  // Runs the bundled worker (`npx tsx build/scripts/build.ts node`, as `npm test` does first): from
  // source, the worker's start compiles the parsers through tsx, which alone can outlast a short limit.
  it('applies the time limit to each page of an Omnivore export, not to the whole archive', async () => {
    const page = readFileSync(path.join(sharedFixtures, 'formats', 'hypothesis', 'wikipedia-regression-testing.html'), 'utf8');
    const [item] = metadataItems();
    const items = (n: number) => Array.from({ length: n }, (_, i) => ({ ...item!, id: `item-${i}`, slug: `page-${i}` }));
    const exportOf = (some: ReturnType<typeof items>) => omnivoreZip({ 'metadata_0_to_n.json': JSON.stringify(some), ...Object.fromEntries(some.map((i) => [`content/${i.slug}.html`, page])) });
    // One page's parse, measured here (warm), sets a limit of several pages; the archive holds three times as many.
    parseArticleFile({ name: 'one.zip', bytes: exportOf(items(1)) });
    let started = performance.now();
    parseArticleFile({ name: 'one.zip', bytes: exportOf(items(1)) });
    const onePage = performance.now() - started;
    const timeoutMs = Math.max(3000, Math.round(6 * onePage));
    const pages = Math.min(200, Math.ceil((3 * timeoutMs) / onePage));
    const parser = createWorkerParser({ script: path.join(repoRoot, process.env.COMMONPLACE_OUT ?? 'out', 'main/parse-worker.cjs'), timeoutMs, workers: 1 });
    parsers.push(parser);
    await parser.parse('warm.zip', exportOf(items(1)));
    started = performance.now();
    const parsed = await parser.parse('export.zip', exportOf(items(pages)));
    expect(performance.now() - started).toBeGreaterThan(timeoutMs);
    expect(parsed.formats!.filter((f) => f === 'html')).toHaveLength(pages);
  }, 120_000);

  it('stops a parse that runs past its time and refuses the file, without hanging later calls', async () => {
    const parser = worker(1);
    const bytes = readFileSync(fixtureArticle('000_5772afeb88b3367e.txt'));
    await expect(parser.parse('slow.txt', bytes)).rejects.toThrow(/took longer than/);
    await expect(parser.parse('slow-again.txt', bytes)).rejects.toThrow(/took longer than/);
  });
});

describe('worker pool', () => {
  it('parses on one worker until asked for another, then on two', { timeout: 60_000 }, async () => {
    const parser = createWorkerParser({ script, eval: true, workers: 2 });
    parsers.push(parser);
    const batch = (tag: string) => Promise.all(Array.from({ length: 6 }, (_, i) => parser.parse(`${tag}-${i}.md`, Buffer.from(`# Note ${tag} ${i}\n\nA paragraph.\n`))));
    expect((await batch('a')).map((p) => p.articles[0]!.title)).toEqual(Array.from({ length: 6 }, (_, i) => `Note a ${i}`));
    expect(parser.runningWorkers()).toBe(1);
    parser.addWorker!();
    expect((await batch('b')).map((p) => p.articles[0]!.title)).toEqual(Array.from({ length: 6 }, (_, i) => `Note b ${i}`));
    expect(parser.runningWorkers()).toBe(2);
    // No more than the pool holds.
    parser.addWorker!();
    await batch('c');
    expect(parser.runningWorkers()).toBe(2);
  });

  it('imports many files on two workers with the same results, in file order, as inline parsing', { timeout: 60_000 }, async () => {
    const fixtures = ['000_5772afeb88b3367e.txt', '001_c89224927097a675.txt', '002_09d481056bfa5c16.txt', '004_8af5de537ef99085.txt'].map((f) => readFileSync(fixtureArticle(f), 'utf8'));
    // Big and small files mixed, so a later small file is parsed before an earlier big one on the other worker.
    const sources = Array.from({ length: 40 }, (_, i) => {
      const md = i % 3 === 0;
      const body = i % 5 === 0 ? fixtures[i % 4]! : `# Note ${i}\n\nA short paragraph number ${i}, with *emphasis* and a [link](https://example.com/${i}).\n\n- one\n- two\n`;
      const text = md ? body : `Plain note ${i}\n\n${body.replace(/[#*]/g, '')}`;
      return { kind: 'upload' as const, name: `file-${String(i).padStart(2, '0')}.${md ? 'md' : 'txt'}`, base64: Buffer.from(text).toString('base64') };
    });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'commonplace-pool-'));
    try {
      const pooled = createWorkerParser({ script, eval: true, workers: 2 });
      parsers.push(pooled);
      // As the importer asks when parsing is the slower side: both workers take files.
      pooled.addWorker!();
      const results = [];
      for (const [name, parser] of [['pool', pooled], ['inline', inlineParser]] as const) {
        const db = openLibrary(path.join(dir, `${name}.commonplace`));
        const report = await importSources(db, sources, { parser, now: () => new Date('2026-01-01T00:00:00Z') });
        const rows = db.prepare('SELECT id, title, blocks FROM documents ORDER BY id').all();
        closeLibrary(db);
        results.push({ report, rows });
      }
      const [pool, inline] = results as [(typeof results)[0], (typeof results)[0]];
      expect(pool.report.refused).toEqual([]);
      expect(new Set(pool.report.imported.map((i) => i.file)).size).toBe(40);
      // File order: the report and the ids follow the order the files were given in.
      const firstIndex = pool.report.imported.map((i) => sources.findIndex((s) => s.name === i.file));
      expect(firstIndex).toEqual([...firstIndex].sort((a, b) => a - b));
      expect(pool.report).toEqual(inline.report);
      expect(pool.rows).toEqual(inline.rows);
      expect(pooled.runningWorkers()).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * A page that takes tens of seconds to parse (Readability measures every paragraph once per
 * enclosing wrapper), yet stays inside the page limits (limits.ts), so it is parsed, not refused.
 */
function slowPage(): Uint8Array {
  const p = '<p>Residents gathered at the town hall on Thursday evening to hear the plans for the library.</p>';
  return Buffer.from(`<html><head><title>Slow</title></head><body>${'<div>'.repeat(110)}${p.repeat(4000)}</body></html>`);
}

const upload = (name: string, bytes: Uint8Array) => ({ kind: 'upload' as const, name, base64: Buffer.from(bytes).toString('base64') });

describe('cancelling an import', () => {
  it('stops the worker parsing a slow file at once, keeps what landed, and the next import starts a fresh worker', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'commonplace-cancel-'));
    // No time limit to speak of: only the cancel may stop the slow parse.
    const parser = createWorkerParser({ script, eval: true, workers: 1, timeoutMs: 600_000 });
    parsers.push(parser);
    const db = openLibrary(path.join(dir, 'cancel.commonplace'));
    try {
      const small = Buffer.from('# First note\n\nA short paragraph that lands before the cancel, with enough words to be an article.\n');
      const controller = new AbortController();
      const report = await importSources(db, [upload('first.md', small), upload('slow.html', slowPage()), upload('after.md', Buffer.from('# After\n\nNever reached.\n'))], {
        parser,
        signal: controller.signal,
        // Cancel as soon as the slow file is the one being read: its parse is then under way in the worker.
        onProgress: (p) => {
          if (p.current === 'slow.html') controller.abort();
        },
      });
      expect(report.cancelled).toBe(true);
      // What landed before the cancel stays; the slow file is neither imported nor blamed.
      expect(report.imported.map((i) => i.file)).toEqual(['first.md']);
      expect(report.refused).toEqual([]);
      // The worker busy with the slow file was terminated, not waited for.
      expect(parser.runningWorkers()).toBe(0);
      expect(db.prepare('SELECT original_name FROM documents').pluck().all()).toEqual(['first.md']);

      // The next import gets a fresh worker and works.
      const next = await importSources(db, [upload('second.md', Buffer.from('# Second note\n\nAnother short paragraph, imported after the cancel.\n'))], { parser });
      expect(next.cancelled).toBe(false);
      expect(next.imported.map((i) => i.file)).toEqual(['second.md']);
      expect(parser.runningWorkers()).toBe(1);
    } finally {
      closeLibrary(db);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives up queued and running parses with ParseCancelled, and serves other callers after', { timeout: 60_000 }, async () => {
    const parser = worker(600_000);
    const controller = new AbortController();
    const slow = parser.parse('slow.html', slowPage(), { signal: controller.signal });
    const queued = parser.parse('queued.md', Buffer.from('# Queued\n\nText.\n'), { signal: controller.signal });
    controller.abort();
    await expect(slow).rejects.toBeInstanceOf(ParseCancelled);
    await expect(queued).rejects.toBeInstanceOf(ParseCancelled);
    expect(parser.runningWorkers()).toBe(0);
    // A parse asked with a signal already fired never starts.
    await expect(parser.parse('late.md', Buffer.from('# Late\n'), { signal: controller.signal })).rejects.toBeInstanceOf(ParseCancelled);
    await expect(parser.parse('other.md', Buffer.from('# Other\n\nStill parsed.\n'))).resolves.toMatchObject({ format: 'markdown' });
  });
});
