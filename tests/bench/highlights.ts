/**
 * `npm run bench`, second part: prints figures for highlights and tags; asserts nothing.
 * - Opening an article with 1,000 highlights: the store read (Node) and, in Chromium against the
 *   real browser host, from the click on its row to the article, its marks and its side panel
 *   drawn and the page ready for input.
 * - Creating a highlight: the call's round trip from the page, and key press to mark drawn.
 * - Filtering a 10,000-article library by a tag: the raw SQL, the repository, and the round trip.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeLibrary, openLibrary } from '../../db/open';
import { getDocument, listDocuments } from '../../db/repos/documents';
import { childRange } from '../../db/sql';
import type { Bridge } from '../../main/contract';
import { listHighlights } from '../../main/library/highlights/lists';
import { openApp, roundTrips } from './app';
import { addHighlightedArticle, addTaggedArticles } from './highlights-library';
import { ms, rowPrinter, spread, time } from './measure';

const ARTICLES = Number(process.env.BENCH_TAGGED_ARTICLES ?? 10_000);
const HIGHLIGHTS = 1000;
const RUNS = 7;

const row = rowPrinter(52);

const dir = mkdtempSync(path.join(os.tmpdir(), 'commonplace-bench-hl-'));
const libraryFile = path.join(dir, 'library.commonplace');

try {
  const t0 = performance.now();
  const db = openLibrary(libraryFile);
  addTaggedArticles(db, ARTICLES);
  const big = addHighlightedArticle(db, HIGHLIGHTS);
  console.log(`Highlights and tags benchmark: ${ARTICLES.toLocaleString('en')} tagged articles, one article of ${big.bigText.length.toLocaleString('en')} characters with ${HIGHLIGHTS} highlights (built in ${((performance.now() - t0) / 1000).toFixed(1)} s; Node ${process.version}, ${os.cpus().length} cores)\n`);

  // Store reads, in Node.
  row('store read: article + its 1,000 highlights', spread(time(RUNS, () => [JSON.parse(getDocument(db, big.bigId)!.blocksJson), listHighlights(db, { documentId: big.bigId, limit: 10_000 })])));
  const [below, after] = childRange('region');
  const raw = db.prepare(
    `SELECT id, title, site, byline, published_at AS publishedAt, imported_at AS importedAt, word_count AS wordCount, format, kind FROM documents
     WHERE EXISTS (SELECT 1 FROM document_tags dt JOIN tags t ON t.id = dt.tag_id
       WHERE dt.document_id = documents.id AND (t.name = ? OR (t.name >= ? AND t.name < ?)))
     ORDER BY imported_at DESC, id DESC`,
  );
  const parentCount = (raw.all('region', below, after) as unknown[]).length;
  row(`tag filter "region" (${parentCount.toLocaleString('en')} articles): raw SQL`, spread(time(RUNS * 3, () => raw.all('region', below, after))));
  row('tag filter "region": repository (library.list)', spread(time(RUNS * 3, () => listDocuments(db, { sort: 'importedAt', direction: 'desc', tag: 'region' }))));
  for (const tag of ['region/asia', 'region/africa/kenya', 'to-read']) {
    const count = listDocuments(db, { sort: 'importedAt', direction: 'desc', tag }).length;
    row(`tag filter "${tag}" (${count.toLocaleString('en')} articles): repository`, spread(time(RUNS * 3, () => listDocuments(db, { sort: 'importedAt', direction: 'desc', tag }))));
  }
  row('for comparison: the whole list, unfiltered', spread(time(RUNS * 3, () => listDocuments(db, { sort: 'importedAt', direction: 'desc' }))));
  closeLibrary(db);

  // The real browser host and Chromium, as the e2e tests run them.
  const app = await openApp(libraryFile);
  try {
    const { page } = app;
    await page.getByRole('grid', { name: 'Articles' }).getByRole('row').nth(1).waitFor();

    /** From the click on a row to its article drawn (marks and panel), then to the page taking input. */
    const open = (title: string, items: number) =>
      page.evaluate(
        async ({ title, items }) => {
          const row = [...document.querySelectorAll<HTMLElement>('[role="row"][data-index]')].find((r) => r.textContent?.includes(title));
          if (!row) throw new Error(`no row for ${title}`);
          const start = performance.now();
          row.click();
          await new Promise<void>((resolve) => {
            const check = () => {
              const shown = document.getElementById('article-title')?.textContent === title;
              const listed = document.querySelectorAll('ol.hl-list > li').length >= items;
              if (shown && listed && document.querySelector('[aria-label="Article text"] [data-block]')) resolve();
              else requestAnimationFrame(check);
            };
            check();
          });
          const drawn = performance.now() - start;
          // Interactive: the frame with the article has been painted and a queued task runs.
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
          return { drawn, interactive: performance.now() - start, marks: document.querySelectorAll('mark[data-hl]').length };
        },
        { title, items },
      );

    const drawn: number[] = [];
    const interactive: number[] = [];
    let marks = 0;
    for (let i = 0; i < RUNS; i++) {
      await open(big.smallTitle, 0);
      const r = await open(big.bigTitle, HIGHLIGHTS);
      drawn.push(r.drawn);
      interactive.push(r.interactive);
      marks = r.marks;
    }
    row(`open article, 1,000 highlights (${marks} marks): drawn`, `first ${ms(drawn[0]!)}; ${spread(drawn)}`);
    row('open article, 1,000 highlights: interactive', `first ${ms(interactive[0]!)}; ${spread(interactive)}`);

    row('round trip: highlights.list (1,000) from the page', spread(await roundTrips(page, 'highlights.list', { documentId: big.bigId, limit: 10_000 }, RUNS)));
    row('round trip: library.list tag "region" from the page', spread(await roundTrips(page, 'library.list', { sort: 'importedAt', direction: 'desc', tag: 'region' }, RUNS)));

    // Creating: the call alone, at fresh places in the long article. With it open, each create
    // also makes the reader refetch its 1,000 highlights, which competes with the next call.
    const creates = (runs: number, offset: number) =>
      page.evaluate(
        async ({ documentId, length, runs, offset }) => {
          const times: number[] = [];
          for (let i = 0; i < runs; i++) {
            const start = Math.floor(((i + offset) / runs) * (length - 100));
            const t = performance.now();
            const reply = await (window as unknown as { commonplace: Bridge }).commonplace.invoke('highlights.create', { documentId, start, end: start + 40, color: 'green' });
            times.push(performance.now() - t);
            if (!reply.ok) throw new Error(reply.error.message);
          }
          return times;
        },
        { documentId: big.bigId, length: big.bigText.length, runs, offset },
      );
    await open(big.smallTitle, 0);
    row('create a highlight: round trip (another article open)', spread(await creates(30, 0.25)));
    await open(big.bigTitle, HIGHLIGHTS);
    row('create a highlight: round trip (its article open)', spread(await creates(30, 0.5)));

    // Creating as a user does: keyboard selection, then the key, until the new mark is drawn.
    const keyToMark: number[] = [];
    const text = page.getByRole('region', { name: 'Article text' });
    for (let i = 0; i < RUNS; i++) {
      await text.focus();
      // Close the popover left open by the last one (with none open, Escape would leave the reader).
      if (await page.getByRole('toolbar', { name: 'Highlight' }).isVisible()) await page.keyboard.press('Escape');
      for (let w = 0; w < 2; w++) await page.keyboard.press('Shift+Control+ArrowRight');
      await page.evaluate(() => {
        const before = document.querySelectorAll('mark[data-hl]').length;
        const w = window as unknown as { keyToMark?: Promise<number> };
        w.keyToMark = new Promise<number>((resolve) => {
          window.addEventListener(
            'keydown',
            () => {
              const t = performance.now();
              const check = () => (document.querySelectorAll('mark[data-hl]').length > before ? resolve(performance.now() - t) : requestAnimationFrame(check));
              check();
            },
            { once: true, capture: true },
          );
        });
      });
      await page.keyboard.press('3');
      keyToMark.push(await page.evaluate(() => (window as unknown as { keyToMark: Promise<number> }).keyToMark));
    }
    row('create a highlight: key press to mark drawn', spread(keyToMark));
  } finally {
    await app.close();
  }
  console.log('\nTargets: open ≤ 300 ms to interactive; create ≤ 50 ms round trip; tag filter ≤ 25 ms.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
