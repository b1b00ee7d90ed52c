/** Scheduling through ts-fsrs with a fixed clock: the four answers, and recomputing from the log. */
import { describe, expect, it } from 'vitest';
import { answerCard, recomputeCard } from '../../main/library/review/schedule';
import { splitSlots } from '../../main/library/review/round';

const T0 = new Date('2026-03-01T09:00:00Z');
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

describe('review scheduling (ts-fsrs)', () => {
  it('schedules a new highlight days ahead: Soon (Hard) sooner than Keep (Good), Later (Easy) later', () => {
    const soon = answerCard(1, null, 'soon', T0).card;
    const keep = answerCard(1, null, 'keep', T0).card;
    const later = answerCard(1, null, 'later', T0).card;
    for (const c of [soon, keep, later]) {
      expect(c.reps).toBe(1);
      expect(c.lastReview).toBe(T0.toISOString());
      expect(c.retired).toBe(false);
      expect(days(T0.toISOString(), c.due)).toBeGreaterThanOrEqual(1); // no same-day learning steps
      expect(c.scheduledDays).toBe(days(T0.toISOString(), c.due));
    }
    expect(soon.scheduledDays).toBeLessThan(keep.scheduledDays);
    expect(keep.scheduledDays).toBeLessThan(later.scheduledDays);
    // ts-fsrs 5.4.2 with the default weights, short-term steps and fuzz off.
    expect([soon.scheduledDays, keep.scheduledDays, later.scheduledDays]).toEqual([2, 3, 8]);
  });

  it('grows the interval when a highlight is kept on time again', () => {
    const first = answerCard(7, null, 'keep', T0);
    const second = answerCard(7, first.card, 'keep', new Date(first.card.due));
    expect(second.card.reps).toBe(2);
    expect(second.card.scheduledDays).toBeGreaterThan(first.card.scheduledDays);
    expect(second.log.before).toEqual({ state: first.card.state, due: first.card.due, stability: first.card.stability, difficulty: first.card.difficulty });
    expect(first.log.before).toBeNull();
  });

  it('retires on Never and keeps the schedule it had', () => {
    const kept = answerCard(3, null, 'keep', T0).card;
    const never = answerCard(3, kept, 'never', new Date('2026-03-05T09:00:00Z'));
    expect(never.card).toEqual({ ...kept, retired: true });
    expect(never.log.rating).toBe('never');
    expect(answerCard(4, null, 'never', T0).card).toMatchObject({ retired: true, reps: 0, state: 0 });
  });

  it('recomputes a card from its answers alone, to the card the answers produced', () => {
    const answers = [
      { rating: 'keep' as const, at: '2026-03-01T09:00:00.000Z' },
      { rating: 'soon' as const, at: '2026-03-04T20:00:00.000Z' },
      { rating: 'later' as const, at: '2026-03-10T07:15:00.000Z' },
    ];
    let card = null;
    for (const a of answers) card = answerCard(9, card, a.rating, new Date(a.at)).card;
    expect(recomputeCard(9, answers.map((a) => ({ rating: a.rating, reviewedAt: a.at })))).toEqual(card);
    expect(recomputeCard(9, [])).toBeNull();
    // Other parameters give another schedule from the same answers.
    const stricter = recomputeCard(9, answers.map((a) => ({ rating: a.rating, reviewedAt: a.at })), { enable_short_term: false, request_retention: 0.97 });
    expect(stricter!.scheduledDays).toBeLessThan(card!.scheduledDays);
  });
});

describe("the round's slots", () => {
  it('gives new highlights their share, due ones the rest, and lends slots a side cannot fill', () => {
    expect(splitSlots(10, 3, 50, 50)).toEqual({ due: 7, new: 3 });
    expect(splitSlots(10, 3, 2, 50)).toEqual({ due: 2, new: 8 }); // few due: more new
    expect(splitSlots(10, 3, 50, 1)).toEqual({ due: 9, new: 1 }); // few new: more due
    expect(splitSlots(10, 3, 0, 0)).toEqual({ due: 0, new: 0 });
    expect(splitSlots(4, 10, 50, 50)).toEqual({ due: 0, new: 4 });
    expect(splitSlots(10, 0, 3, 50)).toEqual({ due: 3, new: 7 });
  });
});
