/**
 * Recomputing every schedule from the review log alone (`recomputeSchedules`), on a real library
 * file with the real migrations, closed and reopened between answering and rebuilding: the
 * rebuilt cards equal the stored ones; other FSRS parameters give other schedules; a dry run
 * says what would change and writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { closeLibrary, openLibrary, type Db } from '../../db/open';
import { getReviewCard, type ReviewCardRow } from '../../db/repos/review';
import { answerReview, recomputeSchedules } from '../../main/library/review';
import { insertArticle, paragraph, insertPlainHighlight } from './annotations-helpers';
import { tempLibrary } from './helpers';

const ZONE = 'UTC';
const OTHER = { enable_short_term: false, enable_fuzz: false, request_retention: 0.97 };

function answered(): { file: string; ids: number[] } {
  const { db, file } = tempLibrary();
  const documentId = insertArticle(db, [paragraph('Words.')], { title: 'Recompute' }).id;
  const ids = [0, 1, 2, 3].map((i) =>
    insertPlainHighlight(db, documentId, { exact: `Quote ${i}`, end: 5 }),
  );
  const answer = (i: number, rating: 'keep' | 'soon' | 'later' | 'never', iso: string) =>
    answerReview(db, { highlightId: ids[i]!, rating, now: new Date(iso), timeZone: ZONE });
  answer(0, 'keep', '2026-02-01T09:00:00Z');
  answer(0, 'later', '2026-02-04T09:00:00Z');
  answer(0, 'soon', '2026-02-20T18:30:00Z');
  answer(1, 'soon', '2026-02-01T09:00:00Z');
  answer(1, 'keep', '2026-02-03T07:00:00Z');
  answer(2, 'keep', '2026-02-02T09:00:00Z');
  answer(2, 'never', '2026-02-05T09:00:00Z');
  // ids[3] is never answered: it has no card, and gets none.
  closeLibrary(db);
  return { file, ids };
}

const cards = (db: Db, ids: readonly number[]) => ids.map((id) => getReviewCard(db, id));

describe('recomputing schedules from the review log', () => {
  it('rebuilds every card to what the answers stored, on the file reopened', () => {
    const { file, ids } = answered();
    const db = openLibrary(file);
    try {
      const stored = cards(db, ids);
      expect(stored[3]).toBeUndefined();
      expect(recomputeSchedules(db)).toEqual({ cards: 3, answers: 7, changed: [], changedPrompts: [] });
      expect(cards(db, ids)).toEqual(stored);
      // Damage the stored schedules: the log alone rebuilds them.
      db.prepare("UPDATE review_cards SET due = '2000-01-01T00:00:00.000Z', stability = 1, reps = 0").run();
      expect(recomputeSchedules(db)).toEqual({ cards: 3, answers: 7, changed: ids.slice(0, 3), changedPrompts: [] });
      expect(cards(db, ids)).toEqual(stored);
      expect(stored[2]).toMatchObject({ retired: true, reps: 1 });
    } finally {
      closeLibrary(db);
    }
  });

  it('gives other schedules under other parameters; a dry run only reports them', () => {
    const { file, ids } = answered();
    const db = openLibrary(file);
    try {
      const stored = cards(db, ids) as ReviewCardRow[];
      const dry = recomputeSchedules(db, OTHER, { dryRun: true });
      expect(dry.cards).toBe(3);
      expect(dry.changed.length).toBeGreaterThan(0);
      expect(cards(db, ids)).toEqual(stored);

      const report = recomputeSchedules(db, OTHER);
      expect(report.changed).toEqual(dry.changed);
      const rebuilt = cards(db, ids) as ReviewCardRow[];
      // Higher retention asked: shorter intervals for the cards still in review, the same answers counted.
      expect(rebuilt[0]!.scheduledDays).toBeLessThan(stored[0]!.scheduledDays);
      expect(rebuilt[0]!.reps).toBe(stored[0]!.reps);
      // Back to the parameters review runs with: the stored schedules again.
      expect(recomputeSchedules(db).changed).toEqual(dry.changed);
      expect(cards(db, ids)).toEqual(stored);
    } finally {
      closeLibrary(db);
    }
  });
});
