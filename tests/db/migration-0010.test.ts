/** Migration 0010: daily review's cards, answers and settings, and the rank index of highlights. */
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrations } from '../../db/migrations';
import { closeLibrary, openLibrary, type Db } from '../../db/open';
import { deleteDocument } from '../../db/repos/documents';
import { insertHighlight } from '../../db/repos/highlights';
import { getReviewCard } from '../../db/repos/review';
import { answerReview, buildRound } from '../../main/library/review';
import { insertArticle, paragraph } from './annotations-helpers';
import { tempDir, tempLibrary } from './helpers';

const T0 = new Date('2026-03-20T08:00:00Z');

function highlightOn(db: Db, documentId: number): number {
  return insertHighlight(db, {
    documentId,
    sourceDocumentId: null,
    color: 'blue',
    comment: null,
    start: 0,
    end: 4,
    exact: 'Melt',
    prefix: '',
    suffix: 'water',
    status: 'ok',
    score: 1,
    previousExact: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
}

describe('0010 review', () => {
  it('keeps strict tables that refuse what they do not know, cascading with the highlight and its article', () => {
    const { db } = tempLibrary();
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(10);
    for (const table of ['review_cards', 'review_log', 'review_settings']) {
      const { sql } = db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(table) as { sql: string };
      expect(sql, table).toMatch(/STRICT/);
    }
    const doc = insertArticle(db, [paragraph('Meltwater from the Karakoram.')]).id;
    const id = highlightOn(db, doc);
    answerReview(db, { highlightId: id, rating: 'keep', now: T0, timeZone: 'UTC' });
    expect(() => db.prepare("UPDATE review_log SET rating = 'again'").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE review_log SET day = '20/03/2026'").run()).toThrow(/CHECK/);
    expect(() => db.prepare('UPDATE review_cards SET state = 4').run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO review_settings (id, settings_json) VALUES (2, '{}')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO review_settings (id, settings_json) VALUES (1, 'not json')").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO review_log (highlight_id, rating, reviewed_at, day, state_after, due_after, stability_after, difficulty_after, scheduled_days_after) VALUES (999, 'keep', 'x', '2026-03-20', 2, 'x', 1, 1, 1)").run()).toThrow(/FOREIGN KEY/);
    deleteDocument(db, doc);
    expect(getReviewCard(db, id)).toBeUndefined();
    expect(db.prepare('SELECT count(*) FROM review_log').pluck().get()).toBe(0);
  });

  it('upgrades a version 9 library in place: every highlight is new to review', () => {
    const file = path.join(tempDir(), 'old.commonplace');
    const raw = new Database(file);
    for (const m of migrations.filter((m) => m.version <= 9)) raw.exec(m.sql);
    raw.pragma('user_version = 9');
    raw.pragma('foreign_keys = ON');
    const doc = insertArticle(raw as unknown as Db, [paragraph('Meltwater from the Karakoram.')]).id;
    // Written as version 9 wrote them: today's repo also fills columns later migrations added.
    const insertV9 = raw.prepare(
      "INSERT INTO highlights (document_id, color, start_offset, end_offset, exact, prefix, suffix, status, score, created_at, updated_at) VALUES (?, 'blue', 0, 4, 'Melt', '', 'water', 'ok', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')",
    );
    const ids = [0, 1].map(() => Number(insertV9.run(doc).lastInsertRowid));
    raw.close();
    const db = openLibrary(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      const round = buildRound(db, { now: T0, timeZone: 'UTC' });
      expect(round.items.map((i) => i.kind)).toEqual(['new', 'new']);
      expect(round.items.map((i) => i.highlightId).sort((a, b) => a - b)).toEqual(ids);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      closeLibrary(db);
    }
  });
});
