/**
 * `npm run bench`: search figures on a big library (tests/bench/big-library.ts: 10,000 articles,
 * 100,000 highlights, 10,000 notes; scale down with BENCH_ARTICLES=1000). Prints, asserts nothing.
 * - search.query through runSearch (what the handler runs: parse, variants, three kinds with
 *   counts, snippets and article offsets) beside the raw FTS5 work on the same database, for a
 *   rare word, a common word, a very common word, a phrase, a prefix, filters and a name variant.
 *   The raw work is the same search written as one plain statement per step: per kind the query
 *   allows, the count and the best rows with their snippets (the newest when more than
 *   RANK_AT_MOST match, as the API lists them), with the query's tag filter and the MATCH as
 *   widened with spelling variants; not the API's variant lookup, article offsets or its split
 *   of ranking from snippets.
 * - In Chromium against the real browser host: each keystroke of a query typed into the search
 *   box, to its results drawn.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeLibrary, openLibrary, type Db } from '../../db/open';
import { MARK_END, MARK_START, RANK_AT_MOST, SEARCH_KINDS, type SearchFilters, type SearchKind } from '../../db/repos/search-all';
import { kindAllowed } from '../../db/repos/search-sql';
import { childRange } from '../../db/sql';
import { runSearch } from '../../main/library/search';
import { ftsMatch } from '../../main/library/search/fts-match';
import { parseQuery } from '../../main/library/search/parse-query';
import { widenWithVariants } from '../../main/library/search/variants';
import { openApp } from './app';
import { bigLibrarySizes, buildBigLibrary } from './big-library';
import { ms, quantile, time } from './measure';

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const LIMIT = 30; // what the search view asks for with "All" chosen

/** A figure in the table's 9-character columns. */
const cell = (x: number) => ms(x).padStart(9);

const TABLES: Record<SearchKind, readonly [string, string]> = {
  article: ['documents_fts', 'bm25(documents_fts, 10.0, 2.0, 2.0, 1.0)'],
  highlight: ['highlights_fts', 'bm25(highlights_fts, 4.0, 1.0)'],
  note: ['notes_fts', 'bm25(notes_fts, 10.0, 1.0)'],
};

const TAG_IDS = 'SELECT id FROM tags WHERE name = ? OR (name >= ? AND name < ?)';

/** FROM and WHERE for one kind: the MATCH, live notes only, and each tag (with the tags below it; a highlight's own or its article's). */
function rawFilter(kind: SearchKind, table: string, tags: readonly string[]): { from: string; where: string; params: unknown[] } {
  const params: unknown[] = [];
  const ids = (tag: string) => {
    params.push(tag, ...childRange(tag));
    return TAG_IDS;
  };
  const where = [`${table} MATCH ?`];
  if (kind === 'note') where.push(`+${table}.rowid NOT IN (SELECT id FROM notes WHERE deleted_at IS NOT NULL)`);
  for (const tag of tags) {
    if (kind === 'article') where.push(`+${table}.rowid IN (SELECT document_id FROM document_tags WHERE tag_id IN (${ids(tag)}))`);
    if (kind === 'note') where.push(`+${table}.rowid IN (SELECT note_id FROM note_tags WHERE tag_id IN (${ids(tag)}))`);
    if (kind === 'highlight') {
      const own = `+${table}.rowid IN (SELECT highlight_id FROM highlight_tags WHERE tag_id IN (${ids(tag)}))`;
      where.push(`(${own} OR h.document_id IN (SELECT document_id FROM document_tags WHERE tag_id IN (${ids(tag)})))`);
    }
  }
  const from = kind === 'highlight' && tags.length > 0 ? `${table} JOIN highlights h ON h.id = ${table}.rowid` : table;
  return { from, where: where.join(' AND '), params };
}

/** The FTS5 work alone: per kind, how many match, and the best (or, past RANK_AT_MOST, the newest) LIMIT rows with snippets. */
function rawFts(db: Db, match: string, filters: SearchFilters): void {
  // The bench's filters are tags and types only; anything else would need its own raw form here.
  if (filters.sites.length + filters.colors.length > 0 || filters.before !== null || filters.after !== null || filters.hasHighlights || filters.hasComment) throw new Error('raw search: unsupported filter');
  for (const kind of SEARCH_KINDS) {
    if (!kindAllowed(kind, filters)) continue;
    const [table, rank] = TABLES[kind];
    const { from, where, params } = rawFilter(kind, table, filters.tags);
    const { n } = db.prepare(`SELECT count(*) AS n FROM ${from} WHERE ${where}`).get(match, ...params) as { n: number };
    if (n === 0) continue;
    const order = n > RANK_AT_MOST ? `${table}.rowid DESC` : 'r';
    db.prepare(`SELECT ${table}.rowid, snippet(${table}, -1, '${MARK_START}', '${MARK_END}', '…', 16), ${rank} AS r FROM ${from} WHERE ${where} ORDER BY ${order} LIMIT ?`).all(match, ...params, LIMIT);
  }
}

/** A word held by about `share` of the articles (from the index's own vocabulary). */
function wordWithShare(db: Db, share: number, articles: number): string {
  const row = db
    .prepare(`SELECT term, doc FROM documents_vocab WHERE length(term) >= 5 AND term GLOB '[a-z]*' ORDER BY abs(doc - ?) LIMIT 1`)
    .get(Math.round(share * articles)) as { term: string; doc: number };
  return row.term;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'commonplace-bench-search-'));
const libraryFile = path.join(dir, 'library.commonplace');

try {
  const sizes = bigLibrarySizes();
  const db = openLibrary(libraryFile);
  const summary = buildBigLibrary(db, sizes);
  console.log(
    `Search benchmark: ${summary.articles.toLocaleString('en')} articles (${(summary.articleChars / 1e6).toFixed(1)} M characters), ${summary.highlights.toLocaleString('en')} highlights, ${summary.notes.toLocaleString('en')} notes (built in ${(summary.buildMs / 1000).toFixed(1)} s; Node ${process.version}, ${os.cpus().length} cores)\n`,
  );
  db.exec('PRAGMA optimize');

  const common = wordWithShare(db, 0.1, summary.articles);
  const veryCommon = wordWithShare(db, 0.7, summary.articles);
  const queries: [string, string][] = [
    ['rare word', `${summary.planted.rare} `],
    [`common word (~10% of articles)`, `${common} `],
    ['very common word (~70%)', `${veryCommon} `],
    ['phrase', '"the government" '],
    ['prefix (typing)', common.slice(0, 4)],
    ['two words, last a prefix', `${veryCommon} ${common.slice(0, 5)}`],
    ['tag: filter + word', `tag:region/asia ${common} `],
    ['type: filter + word', `type:highlight ${veryCommon} `],
    ['tag: alone (no words)', 'tag:topic/energy'],
    ['color: alone', 'color:yellow'],
    ['site: alone', 'site:dawn.com'],
    ['before: alone', 'before:2025-10-01'],
    ['after: alone', 'after:2025-10-01'],
    ['has:highlights alone', 'has:highlights'],
    ['has:comment alone', 'has:comment'],
    ['tag: + color:', 'tag:topic color:yellow'],
    ['tag: + site:', 'tag:region site:dawn.com'],
    ['tag: + before:', 'tag:topic before:2025-10-01'],
    ['name variant (Zabiullah)', 'Zabiullah '],
  ];

  console.log(`${'query'.padEnd(34)} ${'hits'.padStart(7)}  ${'api p50'.padStart(9)} ${'api p95'.padStart(9)}  ${'raw p50'.padStart(9)} ${'raw p95'.padStart(9)}  ratio p95`);
  for (const [label, query] of queries) {
    const outcome = runSearch(db, { query, limit: LIMIT });
    const total = outcome.counts.article + outcome.counts.highlight + outcome.counts.note;
    const api = time(RUNS, () => runSearch(db, { query, limit: LIMIT }));
    // The MATCH the API ends up running, spelling variants included (found outside the timing).
    const parsed = parseQuery(query);
    const widened = widenWithVariants(db, parsed.clauses);
    const match = widened.variants.length > 0 ? ftsMatch(widened.clauses, parsed.negatives) : parsed.match;
    const raw = match ? time(RUNS, () => rawFts(db, match, parsed.filters)) : null;
    const ratio = raw ? `${(quantile(api, 0.95) / quantile(raw, 0.95)).toFixed(2)}×` : 'n/a (no FTS)';
    console.log(
      `${`${label}: ${query.trim()}`.slice(0, 34).padEnd(34)} ${total.toLocaleString('en').padStart(7)}  ${cell(quantile(api, 0.5))} ${cell(quantile(api, 0.95))}  ${raw ? cell(quantile(raw, 0.5)) : ''.padStart(9)} ${raw ? cell(quantile(raw, 0.95)) : ''.padStart(9)}  ${ratio}`,
    );
  }
  closeLibrary(db);

  // Keystroke to results drawn, in Chromium against the real browser host.
  const app = await openApp(libraryFile);
  try {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Search' }).click();
    const box = page.getByRole('searchbox', { name: 'Search everything' });
    await box.focus();

    const typed = [`${veryCommon} ${common}`, `pakistan ${summary.planted.rare}`, 'zabiullah mujahid'];
    const perKey: number[] = [];
    for (const text of typed) {
      await box.fill('');
      for (const ch of text) {
        await page.evaluate(() => {
          const w = window as unknown as { keyToResults?: Promise<number> };
          w.keyToResults = new Promise<number>((resolve) => {
            window.addEventListener(
              'keydown',
              () => {
                const t = performance.now();
                const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
                const list = document.querySelector<HTMLElement>('ol.search-results')!;
                // Drawn: the list answers what the box now holds, and a frame has been painted with it.
                const check = () => (list.dataset.answered === input.value ? requestAnimationFrame(() => resolve(performance.now() - t)) : requestAnimationFrame(check));
                requestAnimationFrame(check);
              },
              { once: true, capture: true },
            );
          });
        });
        await page.keyboard.press(ch === ' ' ? 'Space' : ch);
        const value = await box.inputValue();
        if (value.trim() === '') continue; // a space at the start asks nothing
        perKey.push(await page.evaluate(() => (window as unknown as { keyToResults: Promise<number> }).keyToResults));
        // A typist's pause between keys (about 180 ms, 65 words a minute).
        await page.waitForTimeout(180);
      }
    }
    console.log(`\nkeystroke to results drawn (${perKey.length} keys, Chromium): p50 ${ms(quantile(perKey, 0.5))}, p95 ${ms(quantile(perKey, 0.95))}, max ${ms(Math.max(...perKey))}`);
  } finally {
    await app.close();
  }
  console.log('\nTargets: search.query ≤ 25 ms p95 and ≤ 1.5× the raw FTS5 work; keystroke to results ≤ 150 ms p95.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
