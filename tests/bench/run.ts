/**
 * `npm run bench`: prints figures; asserts nothing. Import throughput of 2,000 generated
 * articles through the same pipeline the CLI uses, beside raw SQLite inserts of the same rows
 * into the same schema.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeLibrary, openLibrary } from '../../db/open';
import { createWorkerParser } from '../../main/library/import/parser';
import { importSources } from '../../main/library/importer';
import { syntheticArticles } from './corpus';
import { rowPrinter } from './measure';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);
const dir = mkdtempSync(path.join(os.tmpdir(), 'commonplace-bench-'));

const row = rowPrinter(44);

try {
  const filesDir = path.join(dir, 'articles');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(filesDir);
  let bytes = 0;
  for (const article of syntheticArticles(ARTICLES)) {
    writeFileSync(path.join(filesDir, article.name), article.text);
    bytes += Buffer.byteLength(article.text);
  }
  console.log(`Import benchmark: ${ARTICLES} generated articles, ${(bytes / 1e6).toFixed(1)} MB (Node ${process.version}, ${os.cpus().length} cores)\n`);

  // Through the pipeline: read, decode, clean, structure, hash, a savepoint per file.
  const libraryFile = path.join(dir, 'library.commonplace');
  const db = openLibrary(libraryFile);
  // As the CLI does: parsing on the bundled worker (`npm run bench` builds it first).
  const parser = createWorkerParser({ script: path.resolve(import.meta.dirname, '../../out/main/parse-worker.cjs') });
  const start = performance.now();
  const report = await importSources(db, [{ kind: 'path', path: filesDir }], { parser });
  await parser.close();
  const seconds = (performance.now() - start) / 1000;
  // A generated file mixes paragraphs of several fixture articles, so now and then the cleaner
  // rightly reads two articles in it: count files, not articles.
  const files = new Set(report.imported.map((i) => i.file)).size;
  if (files !== ARTICLES) throw new Error(`expected ${ARTICLES} files imported, got ${files} (${report.refused[0]?.reason ?? ''})`);
  row('commonplace import (CLI pipeline)', `${(ARTICLES / seconds).toFixed(0)} articles/s, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s (${seconds.toFixed(2)} s)`);

  // The same rows, raw: prepared INSERTs into a fresh library with the same schema and triggers.
  const rows = db.prepare('SELECT * FROM documents ORDER BY id').all() as Record<string, unknown>[];
  closeLibrary(db);
  for (const mode of ['one transaction per row', 'one transaction for all'] as const) {
    const rawFile = path.join(dir, `raw-${mode === "one transaction per row" ? "per-row" : "all"}.commonplace`);
    const raw = openLibrary(rawFile);
    const insert = raw.prepare(
      `INSERT INTO documents (title, byline, site, source_url, published_at, summary, imported_at, format, original_name, content_hash, blocks, plain_text, word_count)
       VALUES (@title, @byline, @site, @source_url, @published_at, @summary, @imported_at, @format, @original_name, @content_hash, @blocks, @plain_text, @word_count)`,
    );
    const t0 = performance.now();
    if (mode === 'one transaction per row') for (const r of rows) raw.transaction(() => insert.run({ ...r, id: undefined }))();
    else raw.transaction(() => { for (const r of rows) insert.run({ ...r, id: undefined }); })();
    const s = (performance.now() - t0) / 1000;
    row(`raw SQLite insert, ${mode}`, `${(ARTICLES / s).toFixed(0)} rows/s (${s.toFixed(2)} s)`);
    closeLibrary(raw);
  }
  row('library file size', `${(statSync(libraryFile).size / 1e6).toFixed(1)} MB`);
  console.log('\nTarget: ≥ 300 articles/s through the pipeline on a 2-core machine.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
