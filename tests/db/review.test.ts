/** Daily review on a real library file with the real migrations: the round, answers, figures, settings. */
import { describe, expect, it } from 'vitest';
import { insertHighlight, deleteHighlight, type HighlightColor } from '../../db/repos/highlights';
import { drawNew, dueDrawSql, getReviewCard, highlightsForReviewExport, newDrawSql, rankWindow } from '../../db/repos/review';
import { ensureTag, tagDocument, tagHighlight } from '../../db/repos/tags';
import type { Db } from '../../db/open';
import { answerReview, buildRound, readReviewSettings, recomputeSchedules, reviewStats, updateReviewSettings } from '../../main/library/review';
import { drawWeights } from '../../main/library/review/round';
import { DEFAULT_REVIEW_SETTINGS, type ReviewSettings } from '../../main/contract/review';
import { insertArticle, paragraph } from './annotations-helpers';
import { tempLibrary } from './helpers';

const ZONE = 'Europe/Berlin';
const T0 = new Date('2026-03-20T08:00:00Z');
const at = (iso: string) => new Date(iso);

function addHighlights(db: Db, documentId: number, count: number, fields: { color?: HighlightColor; createdAt?: string } = {}): number[] {
  const ids: number[] = [];
  const add = db.transaction(() => {
    for (let i = 0; i < count; i++) {
      ids.push(
        insertHighlight(db, {
          documentId,
          sourceDocumentId: null,
          color: fields.color ?? 'yellow',
          comment: null,
          start: 0,
          end: 4,
          exact: `Quote ${i}`,
          prefix: '',
          suffix: '',
          status: 'ok',
          score: 1,
          previousExact: null,
          createdAt: fields.createdAt ?? '2026-01-01T00:00:00.000Z',
          updatedAt: fields.createdAt ?? '2026-01-01T00:00:00.000Z',
        }),
      );
    }
  });
  add();
  return ids;
}

function library(count = 30) {
  const { db } = tempLibrary();
  const article = insertArticle(db, [paragraph('Some words to highlight in an article about review.')], { title: 'On review' });
  const ids = addHighlights(db, article.id, count);
  return { db, article: article.id, ids };
}

const settings = (change: Partial<ReviewSettings>): ReviewSettings => ({ ...structuredClone(DEFAULT_REVIEW_SETTINGS), ...change });
const roundIds = (db: Db, now: Date, s?: ReviewSettings) => buildRound(db, { now, timeZone: ZONE, ...(s ? { settings: s } : {}) }).items.map((i) => i.highlightId);

describe("today's round", () => {
  it('is the same round all day and another one the next day', () => {
    const { db } = library(200);
    const morning = roundIds(db, at('2026-03-20T06:00:00Z'));
    expect(morning).toHaveLength(10);
    expect(new Set(morning).size).toBe(10);
    expect(roundIds(db, at('2026-03-20T22:59:00Z'))).toEqual(morning); // 23:59 in Berlin: the same day
    expect(roundIds(db, at('2026-03-20T23:00:00Z'))).not.toEqual(morning); // midnight in Berlin: the next day
  });

  it('draws due highlights first, then the new share; an answered highlight is not drawn again that day', () => {
    const { db, ids } = library(40);
    for (const id of ids.slice(0, 12)) answerReview(db, { highlightId: id, rating: 'keep', now: T0, timeZone: ZONE });
    // Answered today: the round is the rest of today's ten, and none of the twelve again.
    const today = buildRound(db, { now: at('2026-03-20T10:00:00Z'), timeZone: ZONE });
    expect(today.done).toBe(12);
    expect(today.items).toEqual([]);
    // Keep on a new highlight schedules it 3 days ahead: on the 23rd the twelve are due.
    const later = buildRound(db, { now: at('2026-03-23T10:00:00Z'), timeZone: ZONE });
    expect(later.items.map((i) => i.kind)).toEqual([...Array<string>(7).fill('due'), 'new', 'new', 'new']);
    for (const item of later.items.slice(0, 7)) expect(ids.slice(0, 12)).toContain(item.highlightId);
    for (const item of later.items.slice(7)) expect(ids.slice(0, 12)).not.toContain(item.highlightId);
    expect(later.items[0]).toMatchObject({ documentTitle: 'On review', color: 'yellow', colorMeaning: 'Important', reps: 1, lapses: 0 });
    // Answering some of them leaves the rest of the same round.
    answerReview(db, { highlightId: later.items[0]!.highlightId, rating: 'soon', now: at('2026-03-23T10:05:00Z'), timeZone: ZONE });
    const rest = buildRound(db, { now: at('2026-03-23T10:06:00Z'), timeZone: ZONE });
    expect(rest.done).toBe(1);
    expect(rest.items.map((i) => i.highlightId)).toEqual(later.items.slice(1).map((i) => i.highlightId));
    // And a new one: the due ones stay, one new fewer.
    answerReview(db, { highlightId: later.items[8]!.highlightId, rating: 'later', now: at('2026-03-23T10:07:00Z'), timeZone: ZONE });
    const rest2 = buildRound(db, { now: at('2026-03-23T18:00:00Z'), timeZone: ZONE });
    expect(rest2.done).toBe(2);
    expect(rest2.items.map((i) => i.highlightId)).toEqual([...later.items.slice(1, 8), later.items[9]!].map((i) => i.highlightId));
  });

  it('goes past the round by `extra` once it is done ("More"), never to what was answered today', () => {
    const { db, ids } = library(40);
    for (const id of ids.slice(0, 10)) answerReview(db, { highlightId: id, rating: 'keep', now: T0, timeZone: ZONE });
    const now = at('2026-03-20T10:00:00Z');
    expect(buildRound(db, { now, timeZone: ZONE }).items).toEqual([]);
    const more = buildRound(db, { now, timeZone: ZONE, extra: 5 });
    expect(more).toMatchObject({ size: 10, done: 10 });
    expect(more.items).toHaveLength(5);
    for (const item of more.items) expect(ids.slice(0, 10)).not.toContain(item.highlightId);
    // Answering one of them leaves the other four of the same extra.
    answerReview(db, { highlightId: more.items[0]!.highlightId, rating: 'keep', now, timeZone: ZONE });
    expect(buildRound(db, { now, timeZone: ZONE, extra: 5 }).items.map((i) => i.highlightId)).toEqual(more.items.slice(1).map((i) => i.highlightId));
  });

  it('fills the round with new highlights when few are due, and with due ones when no new are left', () => {
    const { db, ids } = library(15);
    for (const id of ids.slice(0, 2)) answerReview(db, { highlightId: id, rating: 'keep', now: T0, timeZone: ZONE });
    expect(buildRound(db, { now: at('2026-03-25T10:00:00Z'), timeZone: ZONE }).items.map((i) => i.kind)).toEqual(['due', 'due', ...Array<string>(8).fill('new')]);
    for (const id of ids.slice(2)) answerReview(db, { highlightId: id, rating: 'keep', now: T0, timeZone: ZONE });
    expect(buildRound(db, { now: at('2026-03-25T10:00:00Z'), timeZone: ZONE }).items.map((i) => i.kind)).toEqual(Array<string>(10).fill('due'));
  });

  it('draws due cards from the longest overdue 20 × the round (at least 200) after a long absence', () => {
    const { db, ids } = library(300);
    // Answered a day apart: the first ones fell due first.
    ids.forEach((id, i) => answerReview(db, { highlightId: id, rating: 'keep', now: new Date(Date.UTC(2025, 0, 1) + i * 86_400_000), timeZone: ZONE }));
    const oldest = new Set(ids.slice(0, 200));
    for (const day of ['2026-06-01', '2026-06-02', '2026-06-03']) {
      const round = buildRound(db, { now: at(`${day}T10:00:00Z`), timeZone: ZONE, settings: settings({ size: 5, newPerRound: 0 }) });
      expect(round.items).toHaveLength(5);
      for (const item of round.items) expect(oldest.has(item.highlightId)).toBe(true);
    }
  });

  it('never draws a retired highlight, due or new, nor exports it', () => {
    const { db, ids } = library(12);
    answerReview(db, { highlightId: ids[0]!, rating: 'keep', now: T0, timeZone: ZONE });
    answerReview(db, { highlightId: ids[0]!, rating: 'never', now: at('2026-03-24T10:00:00Z'), timeZone: ZONE });
    answerReview(db, { highlightId: ids[1]!, rating: 'never', now: T0, timeZone: ZONE });
    expect(getReviewCard(db, ids[0]!)).toMatchObject({ retired: true });
    for (const day of ['2026-03-25', '2026-04-10', '2027-01-01']) {
      const round = roundIds(db, at(`${day}T10:00:00Z`), settings({ size: 50 }));
      expect(round).toHaveLength(10);
      expect(round).not.toContain(ids[0]);
      expect(round).not.toContain(ids[1]);
    }
    expect(highlightsForReviewExport(db).map((h) => h.highlightId)).toEqual(ids.slice(2));
  });

  it('draws by colour weight: 0 never, more weight more often', () => {
    const { db } = tempLibrary();
    const doc = insertArticle(db, [paragraph('Text.')]).id;
    const yellow = new Set(addHighlights(db, doc, 500, { color: 'yellow' }));
    const green = new Set(addHighlights(db, doc, 500, { color: 'green' }));
    const none = roundIds(db, T0, settings({ size: 200, newPerRound: 200, colorWeights: { green: 0 } }));
    expect(none).toHaveLength(200);
    expect(none.filter((id) => green.has(id))).toEqual([]);
    const favoured = roundIds(db, T0, settings({ size: 200, newPerRound: 200, colorWeights: { green: 4 } }));
    const share = favoured.filter((id) => green.has(id)).length / favoured.length;
    expect(share).toBeGreaterThan(0.65); // 4:1 weights; about 0.75 drawn without replacement from equal halves
    expect(favoured.filter((id) => yellow.has(id)).length).toBeGreaterThan(10);
    // Equal weights: about half each.
    const even = roundIds(db, T0, settings({ size: 200, newPerRound: 200 }));
    expect(even.filter((id) => green.has(id)).length).toBeGreaterThan(70);
    expect(even.filter((id) => green.has(id)).length).toBeLessThan(130);
  });

  it("draws by tag weight, the highlight's own tags or its article's, tags below included", () => {
    const { db } = tempLibrary();
    const tagged = insertArticle(db, [paragraph('Tagged.')]).id;
    const plain = insertArticle(db, [paragraph('Plain.')]).id;
    tagDocument(db, tagged, ensureTag(db, 'region/pakistan'));
    const fromTagged = new Set(addHighlights(db, tagged, 300));
    const fromPlain = addHighlights(db, plain, 300);
    const ownTag = new Set(fromPlain.slice(0, 100));
    for (const id of ownTag) tagHighlight(db, id, ensureTag(db, 'Region'));
    const round = roundIds(db, T0, settings({ size: 150, newPerRound: 150, tagWeights: { region: 0 } }));
    expect(round).toHaveLength(150);
    expect(round.filter((id) => fromTagged.has(id) || ownTag.has(id))).toEqual([]);
    const favoured = roundIds(db, T0, settings({ size: 150, newPerRound: 150, tagWeights: { region: 5 } }));
    expect(favoured.filter((id) => fromTagged.has(id) || ownTag.has(id)).length).toBeGreaterThan(120);
  });

  it('favours recent highlights by the recency weight', () => {
    const { db } = tempLibrary();
    const doc = insertArticle(db, [paragraph('Text.')]).id;
    const recent = new Set(addHighlights(db, doc, 400, { createdAt: '2026-03-19T10:00:00.000Z' }));
    addHighlights(db, doc, 400, { createdAt: '2024-03-19T10:00:00.000Z' });
    const round = roundIds(db, T0, settings({ size: 200, newPerRound: 200, recency: 10 }));
    expect(round.filter((id) => recent.has(id)).length).toBeGreaterThan(140);
  });

  it('draws through the indexes: the due range on review_cards_due, new ones from the covering colour index', () => {
    const { db } = library(5);
    const plan = (sql: string) =>
      (
        db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({
          seed: 1,
          now: T0.toISOString(),
          start: T0.toISOString(),
          end: T0.toISOString(),
          limit: 10,
          pool: 200,
          ...rankWindow(1, 1000),
          yellow: 1,
          green: 1,
          blue: 1,
          pink: 1,
          purple: 1,
          recency: 1,
          tagWeights: '{}',
        }) as { detail: string }[]
      )
        .map((r) => r.detail)
        .join('\n');
    expect(plan(dueDrawSql(false, true))).toMatch(/SEARCH r USING (COVERING )?INDEX review_cards_due \(due<\?\)/);
    expect(plan(dueDrawSql(true, true))).toMatch(/SEARCH r USING (COVERING )?INDEX review_cards_due \(due<\?\)/);
    expect(plan(newDrawSql(false, true))).toMatch(/SEARCH h USING COVERING INDEX highlights_by_review_rank \(<expr>>\? AND <expr><\?\)/);
    expect(plan(newDrawSql(true, true))).toMatch(/SEARCH h USING COVERING INDEX highlights_by_review_rank \(<expr>>\? AND <expr><\?\)/);
  });

  it('draws from the rank window exactly the new highlights a draw over all of them gives', () => {
    const { db } = tempLibrary();
    const docs = [insertArticle(db, [paragraph('One.')]).id, insertArticle(db, [paragraph('Two.')]).id];
    tagDocument(db, docs[1]!, ensureTag(db, 'topic/trade'));
    const colors: HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];
    const ids: number[] = [];
    for (let i = 0; i < 40; i++) ids.push(...addHighlights(db, docs[i % 2]!, 50, { color: colors[i % 5], createdAt: `2026-0${1 + (i % 3)}-1${i % 10}T00:00:00.000Z` }));
    for (const id of ids.filter((_, i) => i % 7 === 0)) tagHighlight(db, id, ensureTag(db, 'evidence'));
    for (const id of ids.filter((_, i) => i % 5 === 0)) answerReview(db, { highlightId: id, rating: 'keep', now: T0, timeZone: ZONE });
    const cases: Partial<ReviewSettings>[] = [
      {},
      { colorWeights: { green: 5, pink: 0 } },
      { tagWeights: { topic: 3, evidence: 0.2 }, recency: 4 },
      { colorWeights: { yellow: 0, green: 0, blue: 0, pink: 0, purple: 0.5 }, tagWeights: { evidence: 10 } },
    ];
    for (const change of cases) {
      const weights = drawWeights(settings(change));
      const withTags = Object.keys(weights.tags).length > 0;
      const all = db.prepare(newDrawSql(withTags, weights.recency > 0));
      for (let seed = 1; seed <= 15; seed++) {
        const window = { seed: seed * 104729, now: T0.toISOString(), start: T0.toISOString(), end: T0.toISOString() };
        for (const limit of [3, 10]) {
          const params = { ...weights.colors, recency: weights.recency, tagWeights: JSON.stringify(weights.tags), ...window, limit, pool: 200, ...rankWindow(window.seed, 2 ** 31 - 1) };
          const expected = (all.all(params) as { id: number }[]).map((r) => r.id);
          expect(drawNew(db, weights, window, limit), JSON.stringify({ change, seed, limit })).toEqual(expected);
        }
      }
    }
  });
});

describe('answers and figures', () => {
  it('counts answers on the local day: 23:30 in Berlin on 2026-03-29 (the short day) is still the 29th', () => {
    const { db, ids } = library(10);
    answerReview(db, { highlightId: ids[0]!, rating: 'keep', now: at('2026-03-28T22:30:00Z'), timeZone: ZONE }); // 23:30 CET, the 28th
    answerReview(db, { highlightId: ids[1]!, rating: 'keep', now: at('2026-03-28T23:30:00Z'), timeZone: ZONE }); // 00:30 CET, the 29th
    answerReview(db, { highlightId: ids[2]!, rating: 'keep', now: at('2026-03-29T21:30:00Z'), timeZone: ZONE }); // 23:30 CEST, the 29th
    answerReview(db, { highlightId: ids[3]!, rating: 'keep', now: at('2026-03-29T22:30:00Z'), timeZone: ZONE }); // 00:30 CEST, the 30th
    const stats = reviewStats(db, { now: at('2026-03-29T21:45:00Z'), timeZone: ZONE, days: 3 });
    expect(stats.day).toBe('2026-03-29');
    expect(stats.doneToday).toBe(2);
    expect(stats.days).toEqual([
      { day: '2026-03-27', count: 0 },
      { day: '2026-03-28', count: 1 },
      { day: '2026-03-29', count: 2 },
    ]);
    // The same instant in UTC is the 29th too, but the 23:30-CET answer belongs to the 28th there as well.
    expect(reviewStats(db, { now: at('2026-03-30T12:00:00Z'), timeZone: ZONE, days: 1 }).doneToday).toBe(1);
  });

  it('counts the streak to today, or to yesterday while today has no answer yet', () => {
    const { db, ids } = library(10);
    for (const [i, day] of ['2026-03-10', '2026-03-12', '2026-03-13', '2026-03-14'].entries()) {
      answerReview(db, { highlightId: ids[i]!, rating: 'keep', now: at(`${day}T10:00:00Z`), timeZone: ZONE });
    }
    expect(reviewStats(db, { now: at('2026-03-14T18:00:00Z'), timeZone: ZONE, days: 7 }).streak).toBe(3);
    expect(reviewStats(db, { now: at('2026-03-15T18:00:00Z'), timeZone: ZONE, days: 7 }).streak).toBe(3);
    expect(reviewStats(db, { now: at('2026-03-16T18:00:00Z'), timeZone: ZONE, days: 7 }).streak).toBe(0);
    expect(reviewStats(db, { now: at('2026-03-11T18:00:00Z'), timeZone: ZONE, days: 7 }).streak).toBe(1);
  });

  it('counts what is due today, not what was answered today or retired', () => {
    const { db, ids } = library(10);
    for (const id of ids.slice(0, 4)) answerReview(db, { highlightId: id, rating: 'keep', now: T0, timeZone: ZONE });
    answerReview(db, { highlightId: ids[0]!, rating: 'never', now: at('2026-03-21T08:00:00Z'), timeZone: ZONE });
    expect(reviewStats(db, { now: at('2026-03-22T08:00:00Z'), timeZone: ZONE, days: 1 }).dueToday).toBe(0);
    expect(reviewStats(db, { now: at('2026-03-23T05:00:00Z'), timeZone: ZONE, days: 1 }).dueToday).toBe(3); // due 08:00, still today
  });

  it('refuses an answer for a highlight that does not exist', () => {
    const { db } = library(1);
    expect(() => answerReview(db, { highlightId: 999, rating: 'keep', now: T0, timeZone: ZONE })).toThrow(/no highlight 999/);
  });

  it('deletes a highlight’s card and answers with it, leaving the foreign keys sound', () => {
    const { db, ids } = library(3);
    answerReview(db, { highlightId: ids[0]!, rating: 'keep', now: T0, timeZone: ZONE });
    answerReview(db, { highlightId: ids[0]!, rating: 'soon', now: at('2026-03-24T08:00:00Z'), timeZone: ZONE });
    deleteHighlight(db, ids[0]!);
    expect(db.prepare('SELECT count(*) FROM review_cards').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM review_log').pluck().get()).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('recomputes every schedule from the log to the cards the answers made', () => {
    const { db, ids } = library(3);
    answerReview(db, { highlightId: ids[0]!, rating: 'keep', now: T0, timeZone: ZONE });
    answerReview(db, { highlightId: ids[0]!, rating: 'later', now: at('2026-03-23T09:00:00Z'), timeZone: ZONE });
    answerReview(db, { highlightId: ids[1]!, rating: 'never', now: T0, timeZone: ZONE });
    const before = [getReviewCard(db, ids[0]!), getReviewCard(db, ids[1]!)];
    db.prepare('UPDATE review_cards SET due = ?, stability = 1').run('2000-01-01T00:00:00.000Z');
    expect(recomputeSchedules(db)).toMatchObject({ cards: 2, answers: 3 });
    expect([getReviewCard(db, ids[0]!), getReviewCard(db, ids[1]!)]).toEqual(before);
    // Other parameters: other intervals from the same answers.
    recomputeSchedules(db, { enable_short_term: false, enable_fuzz: false, request_retention: 0.97 });
    expect(getReviewCard(db, ids[0]!)!.scheduledDays).toBeLessThan(before[0]!.scheduledDays);
  });
});

describe('review settings', () => {
  it('start at the defaults, keep a change, and read a damaged row leniently', () => {
    const { db } = library(1);
    expect(readReviewSettings(db)).toEqual(DEFAULT_REVIEW_SETTINGS);
    updateReviewSettings(db, { size: 25, tagWeights: { evidence: 2 } });
    expect(readReviewSettings(db)).toMatchObject({ size: 25, newPerRound: 3, tagWeights: { evidence: 2 } });
    expect(buildRound(db, { now: T0, timeZone: ZONE }).size).toBe(25);
    db.prepare('UPDATE review_settings SET settings_json = ?').run('{"size": "lots", "recency": 2}');
    expect(readReviewSettings(db)).toEqual({ ...DEFAULT_REVIEW_SETTINGS, recency: 2 });
  });
});
