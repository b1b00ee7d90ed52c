/** Migration 0012: recall cards, their schedules, and review_log's prompt_id on a library that already has review rows. */
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrations } from '../../db/migrations';
import { closeLibrary, openLibrary, type Db } from '../../db/open';
import { getReviewCard } from '../../db/repos/review';
import { answerReview, buildRound, recomputeSchedules } from '../../main/library/review';
import { answerPrompt, createCloze } from '../../main/library/review/recall';
import { insertArticle, paragraph, insertPlainHighlight } from './annotations-helpers';
import { tempDir } from './helpers';

const T0 = new Date('2026-03-20T08:00:00Z');

function highlightOn(db: Db, documentId: number): number {
  return insertPlainHighlight(db, documentId, { exact: 'Meltwater', color: 'blue', suffix: ' from' });
}

describe('0012 recall cards', () => {
  it('upgrades a version 11 library with review rows in place: its answers stay the highlights’ own', () => {
    // A version 11 library with an answer in review_log.
    const file11 = path.join(tempDir(), 'v11.commonplace');
    const v11 = new Database(file11);
    v11.pragma('foreign_keys = ON');
    for (const m of migrations.filter((m) => m.version <= 11)) v11.exec(m.sql);
    v11.pragma('user_version = 11');
    const doc = insertArticle(v11 as unknown as Db, [paragraph('Meltwater from the Karakoram.')]).id;
    const id = highlightOn(v11 as unknown as Db, doc);
    v11.prepare(
      `INSERT INTO review_log (highlight_id, rating, reviewed_at, day, state_after, due_after, stability_after, difficulty_after, scheduled_days_after)
       VALUES (?, 'keep', '2026-03-01T08:00:00.000Z', '2026-03-01', 2, '2026-03-04T08:00:00.000Z', 3.1, 5.3, 3)`,
    ).run(id);
    v11.close();
    const db = openLibrary(file11);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(db.prepare('SELECT prompt_id FROM review_log').pluck().all()).toEqual([null]);
      // The old answer is the highlight's: recompute builds its card, and no card's.
      expect(recomputeSchedules(db)).toMatchObject({ cards: 1, answers: 1, changedPrompts: [] });
      expect(getReviewCard(db, id)).toMatchObject({ reps: 1 });
      const cloze = createCloze(db, { highlightId: id, ranges: [[0, 9]], now: T0 });
      answerPrompt(db, { promptId: cloze.id, rating: 'keep', now: T0, timeZone: 'UTC' });
      answerReview(db, { highlightId: id, rating: 'keep', now: T0, timeZone: 'UTC' });
      expect(recomputeSchedules(db)).toMatchObject({ cards: 2, answers: 3, changed: [], changedPrompts: [] });
      expect(buildRound(db, { now: T0, timeZone: 'UTC' }).items).toEqual([]);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
      for (const table of ['recall_prompts', 'recall_schedules']) {
        expect(db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(table)).toMatch(/STRICT/);
      }
    } finally {
      closeLibrary(db);
    }
  });
});
