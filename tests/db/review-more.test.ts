/**
 * "More" lasts the day (kept in the library's review settings row, no migration), and every
 * review change is pushed as `review.changed` so other views refresh: on a real library file
 * with the real migrations, through the real dispatcher.
 */
import { describe, expect, it } from 'vitest';
import { readReviewSettingsJson } from '../../db/repos/review';
import type { Db } from '../../db/open';
import { answerReview, buildRound, extraOn, moreRound, readReviewSettings, updateReviewSettings } from '../../main/library/review';
import { formatRound } from '../../main/cli/review';
import { reviewHandlers } from '../../main/handlers/review';
import { apiFor, insertArticle, paragraph, insertPlainHighlight } from './annotations-helpers';
import { tempLibrary } from './helpers';

const ZONE = 'Europe/Berlin';
const NOON = new Date('2026-03-20T11:00:00Z');

function library(count: number): { db: Db; documentId: number; ids: number[] } {
  const { db } = tempLibrary();
  const documentId = insertArticle(db, [paragraph('Words to highlight.')], { title: 'On review' }).id;
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    ids.push(
      insertPlainHighlight(db, documentId, { exact: `Quote ${i}`, end: 5 }),
    );
  }
  return { db, documentId, ids };
}

function answerAll(db: Db, now: Date): number {
  const round = buildRound(db, { now, timeZone: ZONE });
  for (const item of round.items) answerReview(db, { highlightId: item.highlightId, rating: 'keep', now, timeZone: ZONE });
  return round.items.length;
}

describe('"More" lasts the day', () => {
  it('is kept in the library: a round asked afresh (the view reopened, the CLI) is the longer one', () => {
    const { db } = library(40);
    expect(answerAll(db, NOON)).toBe(10);
    expect(buildRound(db, { now: NOON, timeZone: ZONE })).toMatchObject({ size: 10, extra: 0, done: 10, items: [] });
    const more = moreRound(db, { now: NOON, timeZone: ZONE });
    expect(more).toMatchObject({ size: 10, extra: 10, done: 10 });
    expect(more.items).toHaveLength(10);
    // Asked again without any extra, later that day: the same extended round.
    const later = new Date('2026-03-20T20:00:00Z');
    const again = buildRound(db, { now: later, timeZone: ZONE });
    expect(again.extra).toBe(10);
    expect(again.items.map((i) => i.highlightId)).toEqual(more.items.map((i) => i.highlightId));
    // The CLI's `review --due` lists it too, saying so.
    expect(formatRound(again)).toMatch(/^Today’s review, 2026-03-20: 10 of 20 left \(10 done, 10 more asked for\)\./);
    // Answering one leaves the other nine; More again only once these are done goes further.
    answerReview(db, { highlightId: more.items[0]!.highlightId, rating: 'keep', now: later, timeZone: ZONE });
    expect(buildRound(db, { now: later, timeZone: ZONE }).items).toHaveLength(9);
  });

  it('survives a change of settings, is not a setting, and ends with the day', () => {
    const { db } = library(40);
    answerAll(db, NOON);
    moreRound(db, { now: NOON, timeZone: ZONE });
    updateReviewSettings(db, { size: 12, recency: 1 });
    expect(readReviewSettings(db)).not.toHaveProperty('more');
    expect(JSON.parse(readReviewSettingsJson(db)!)).toMatchObject({ size: 12, recency: 1, more: { day: '2026-03-20', extra: 10 } });
    expect(buildRound(db, { now: NOON, timeZone: ZONE })).toMatchObject({ size: 12, extra: 10, done: 10 });
    // Midnight in Berlin: the next day has no extra.
    expect(extraOn(db, '2026-03-21')).toBe(0);
    expect(buildRound(db, { now: new Date('2026-03-20T23:00:00Z'), timeZone: ZONE })).toMatchObject({ day: '2026-03-21', extra: 0, done: 0 });
  });

  it('reads a damaged record as no extra', () => {
    const { db } = library(3);
    db.prepare('INSERT INTO review_settings (id, settings_json) VALUES (1, ?)').run('{"size": 2, "more": {"day": "2026-03-20", "extra": -4}}');
    expect(buildRound(db, { now: NOON, timeZone: ZONE })).toMatchObject({ size: 2, extra: 0 });
  });
});

describe('the push event after a review change', () => {
  it('sends review.changed naming the highlight and its article after an answer, and bare after More and settings', async () => {
    const { db, documentId, ids } = library(12);
    const api = apiFor(db);
    const answered = await api.call('review.answer', { highlightId: ids[0]!, rating: 'keep', timeZone: ZONE });
    expect(answered).toMatchObject({ highlightId: ids[0], documentId, rating: 'keep', retired: false });
    expect(api.events).toEqual([{ event: 'review.changed', payload: { highlightId: ids[0], documentId } }]);

    api.events.length = 0;
    await api.call('review.configure', { size: 1 });
    expect(api.events).toEqual([{ event: 'review.changed', payload: {} }]);

    api.events.length = 0;
    const more = await api.call('review.more', { timeZone: ZONE });
    expect(more).toMatchObject({ size: 1, extra: 1, done: 1 });
    expect(api.events).toEqual([{ event: 'review.changed', payload: {} }]);
  });

  it('sends nothing when the answer is refused, or for a read', async () => {
    const { db } = library(1);
    const api = apiFor(db);
    const refused = await api.reply('review.answer', { highlightId: 999, rating: 'keep', timeZone: ZONE });
    expect(!refused.ok && refused.error.code).toBe('not_found');
    await api.call('review.round', { timeZone: ZONE });
    await api.call('review.stats', { timeZone: ZONE, days: 7 });
    expect(api.events).toEqual([]);
  });

  it('fixes the answer’s clock and zone in the handler', () => {
    const { db, ids } = library(1);
    const handlers = reviewHandlers(db, () => NOON);
    const events: string[] = [];
    const result = handlers['review.answer']({ highlightId: ids[0]!, rating: 'never', timeZone: ZONE }, { emit: (event) => void events.push(event) });
    expect(result).toMatchObject({ retired: true, due: null });
    expect(events).toEqual(['review.changed']);
  });
});
