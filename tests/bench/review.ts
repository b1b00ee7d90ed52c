/**
 * Daily review on 100,000 highlights (2,000 articles; 30,000 of them reviewed, 1,000 retired;
 * tags on the articles and on a tenth of the highlights): the time to build today's round
 * (`buildRound`: settings, the two draws, the chosen items' details and tags) beside the raw SQL
 * of each draw alone: the due draw, the new draw on its first window of the rank index, and the
 * same query over every highlight (what the draw would cost without the index). Default weights, then
 * colour, tag and recency weights together. Asserts nothing: `npm run bench` prints it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closeLibrary, openLibrary } from '../../db/open';
import { insertDocument } from '../../db/repos/documents';
import { insertHighlight } from '../../db/repos/highlights';
import { drawNew, dueDrawSql, duePool, insertReviewLog, newDrawSql, rankWindow, saveReviewCard } from '../../db/repos/review';
import { ensureTag, tagDocument, tagHighlight } from '../../db/repos/tags';
import { DEFAULT_REVIEW_SETTINGS, type ReviewSettings } from '../../main/contract/review';
import { reviewDay } from '../../main/library/review/day';
import { buildRound, drawWeights } from '../../main/library/review/round';
import { reviewStats } from '../../main/library/review/answer';
import { answerCard } from '../../main/library/review/schedule';
import { random } from './corpus';
import { rowPrinter, spread, time } from './measure';

const HIGHLIGHTS = 100_000;
const ARTICLES = 2_000;
const REVIEWED = 30_000;
const RETIRED = 1_000;
const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
const TAGS = ['region/asia', 'region/africa', 'topic/trade', 'topic/energy', 'evidence', 'to-read'];
const NOW = new Date('2026-03-29T10:00:00Z');
const ZONE = 'Europe/Berlin';

const dir = mkdtempSync(path.join(os.tmpdir(), 'commonplace-bench-review-'));
const db = openLibrary(path.join(dir, 'bench.commonplace'));
const next = random(13);
const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;

const t0 = performance.now();
db.transaction(() => {
  const tagIds = TAGS.map((t) => ensureTag(db, t));
  const docs: number[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const id = insertDocument(db, {
      title: `Article ${i}`,
      byline: null,
      site: null,
      sourceUrl: null,
      publishedAt: null,
      summary: null,
      importedAt: new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString(),
      format: 'text',
      originalName: `a${i}.txt`,
      contentHash: `bench-review-${i}`,
      blocksJson: JSON.stringify([{ kind: 'paragraph', text: 'Some words here.' }]),
      plainText: 'Some words here.',
      wordCount: 3,
    });
    if (next() < 0.5) tagDocument(db, id, pick(tagIds));
    docs.push(id);
  }
  for (let i = 0; i < HIGHLIGHTS; i++) {
    const created = new Date(Date.UTC(2024, 3, 1) + Math.floor(next() * 720) * 86_400_000).toISOString();
    const id = insertHighlight(db, {
      documentId: docs[i % ARTICLES]!,
      sourceDocumentId: null,
      color: pick(COLORS),
      comment: next() < 0.2 ? `A comment on highlight ${i}.` : null,
      start: 0,
      end: 4,
      exact: `Highlight number ${i}, a sentence of ordinary length to stand for a quote.`,
      prefix: 'Some ',
      suffix: ' here.',
      status: 'ok',
      score: 1,
      previousExact: null,
      createdAt: created,
      updatedAt: created,
    });
    if (next() < 0.1) tagHighlight(db, id, pick(tagIds));
    if (i < REVIEWED) {
      // Answered once on a day of the last 60: some due today, most later.
      const at = new Date(NOW.getTime() - (1 + Math.floor(next() * 60)) * 86_400_000);
      const { card, log } = answerCard(id, null, i < RETIRED ? 'never' : pick(['keep', 'soon', 'later'] as const), at);
      saveReviewCard(db, card);
      insertReviewLog(db, { ...log, day: at.toISOString().slice(0, 10) });
    }
  }
})();
db.pragma('optimize');
const print = rowPrinter(52);
print(`library (${HIGHLIGHTS.toLocaleString('en')} highlights) written in`, `${((performance.now() - t0) / 1000).toFixed(1)} s`);

const weighted: ReviewSettings = {
  ...DEFAULT_REVIEW_SETTINGS,
  colorWeights: { green: 3, pink: 0 },
  tagWeights: { region: 2, 'to-read': 0.5 },
  recency: 2,
};

const { start, end } = reviewDay(NOW, ZONE);
/** A different day's seed for each run, spread over the 31 bits as daySeed's are. */
const seedOf = (i: number) => ((i + 2) * 160481183) % 2147483647;
for (const [label, settings] of [
  ['default weights', DEFAULT_REVIEW_SETTINGS],
  ['colour, tag and recency weights', weighted],
] as const) {
  const round = buildRound(db, { now: NOW, timeZone: ZONE, settings });
  console.log(`\n${label}: ${round.items.filter((i) => i.kind === 'due').length} due + ${round.items.filter((i) => i.kind === 'new').length} new`);
  print('buildRound (whole round)', spread(time(20, (i) => buildRound(db, { now: NOW, timeZone: ZONE, settings, seed: seedOf(i) }))));
  const w = drawWeights(settings);
  const withTags = Object.keys(w.tags).length > 0;
  const withRecency = w.recency > 0;
  const params = (i: number) => ({ ...w.colors, recency: w.recency, tagWeights: JSON.stringify(w.tags), pool: duePool(10), seed: seedOf(i), now: NOW.toISOString(), start: start.toISOString(), end: end.toISOString(), limit: 10 });
  const due = db.prepare(dueDrawSql(withTags, withRecency));
  const fresh = db.prepare(newDrawSql(withTags, withRecency));
  const window = (i: number) => ({ seed: seedOf(i), now: NOW.toISOString(), start: start.toISOString(), end: end.toISOString() });
  const firstWidth = Math.ceil((2147483647 / HIGHLIGHTS) * 64 * 10);
  print('  raw SQL: due draw (one query)', spread(time(20, (i) => due.all(params(i)))));
  print('  raw SQL: new draw, first rank window (one query)', spread(time(20, (i) => fresh.all({ ...params(i), ...rankWindow(seedOf(i), firstWidth) }))));
  print('  drawNew (windows until provably enough)', spread(time(20, (i) => drawNew(db, w, window(i), 10))));
  print('  raw SQL: new draw over every highlight', spread(time(10, (i) => fresh.all({ ...params(i), ...rankWindow(seedOf(i), 2147483647) }))));
}
console.log('');
print('review.stats (90 days)', spread(time(20, () => reviewStats(db, { now: NOW, timeZone: ZONE, days: 90 }))));

closeLibrary(db);
rmSync(dir, { recursive: true, force: true });
