/**
 * Cards for active recall (migration 0012) on a real library file with the real migrations:
 * making, listing and deleting a highlight's cloze and question cards; the cascade with the
 * highlight; answering one (its own FSRS schedule, logged under its highlight and naming the
 * card); recomputing from the log with prompt answers; the round mixing due cards with due
 * highlights; the Anki file carrying them.
 */
import { describe, expect, it } from 'vitest';
import { closeLibrary, openLibrary, type Db } from '../../db/open';
import { deleteHighlight } from '../../db/repos/highlights';
import { getPromptSchedule, promptsForReviewExport } from '../../db/repos/recall';
import { getReviewCard } from '../../db/repos/review';
import { answerReview, buildRound, recomputeSchedules, reviewStats } from '../../main/library/review';
import { ankiFile } from '../../main/library/review/anki';
import { answerPrompt, createCloze, createQuestion, listPrompts, removePrompt } from '../../main/library/review/recall';
import { insertArticle, paragraph, insertPlainHighlight } from './annotations-helpers';
import { tempLibrary } from './helpers';

const ZONE = 'Europe/Berlin';
const T0 = new Date('2026-03-20T08:00:00Z');
const QUOTE = 'Meltwater from the Karakoram feeds the Indus.';

function highlight(db: Db, documentId: number, exact = QUOTE): number {
  return insertPlainHighlight(db, documentId, { exact });
}

function library() {
  const { db, file } = tempLibrary();
  const documentId = insertArticle(db, [paragraph(QUOTE)], { title: 'Rivers' }).id;
  return { db, file, documentId, id: highlight(db, documentId) };
}

const KARAKORAM: [number, number] = [QUOTE.indexOf('Karakoram'), QUOTE.indexOf('Karakoram') + 'Karakoram'.length];

describe('recall cards', () => {
  it('makes a cloze and a question from a highlight, lists and deletes them', () => {
    const { db, id } = library();
    const cloze = createCloze(db, { highlightId: id, ranges: [KARAKORAM], now: T0 });
    expect(cloze).toMatchObject({ kind: 'cloze', front: 'Meltwater from the […] feeds the Indus.', back: QUOTE, text: QUOTE, ranges: [KARAKORAM], due: null, reps: 0 });
    const question = createQuestion(db, { highlightId: id, question: 'Which river?', answer: 'The Indus.', now: T0 });
    expect(question).toMatchObject({ kind: 'question', front: 'Which river?', back: 'The Indus.', text: null, ranges: null });
    expect(listPrompts(db, id).map((p) => p.id)).toEqual([cloze.id, question.id]);
    expect(removePrompt(db, question.id)).toBe(id);
    expect(removePrompt(db, question.id)).toBeUndefined();
    expect(listPrompts(db, id).map((p) => p.id)).toEqual([cloze.id]);
  });

  it('refuses ranges outside the text, overlapping or blank, and a missing highlight', () => {
    const { db, id } = library();
    expect(() => createCloze(db, { highlightId: id, ranges: [[40, 99]], now: T0 })).toThrow(/outside/);
    expect(() => createCloze(db, { highlightId: id, ranges: [[0, 9], [5, 12]], now: T0 })).toThrow(/overlap/);
    expect(() => createCloze(db, { highlightId: id, ranges: [[9, 10]], now: T0 })).toThrow(/spaces/);
    expect(() => createCloze(db, { highlightId: id, ranges: [], now: T0 })).toThrow(/at least one/);
    expect(() => createCloze(db, { highlightId: 999, ranges: [[0, 3]], now: T0 })).toThrow(/no highlight/);
    expect(() => createQuestion(db, { highlightId: 999, question: 'Q', answer: 'A', now: T0 })).toThrow(/no highlight/);
    expect(listPrompts(db, id)).toEqual([]);
    // The table refuses what the code would never write.
    expect(() => db.prepare("INSERT INTO recall_prompts (highlight_id, kind, question, answer, created_at) VALUES (?, 'cloze', 'q', 'a', 'x')").run(id)).toThrow(/CHECK/);
  });

  it('goes with its highlight: its schedule and its answers too', () => {
    const { db, id } = library();
    const cloze = createCloze(db, { highlightId: id, ranges: [KARAKORAM], now: T0 });
    answerPrompt(db, { promptId: cloze.id, rating: 'keep', now: T0, timeZone: ZONE });
    expect(getPromptSchedule(db, cloze.id)).toBeDefined();
    deleteHighlight(db, id);
    expect(db.prepare('SELECT count(*) FROM recall_prompts').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM recall_schedules').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM review_log').pluck().get()).toBe(0);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });

  it('schedules an answer on the card, not on its highlight, and counts it in the day', () => {
    const { db, id } = library();
    const cloze = createCloze(db, { highlightId: id, ranges: [KARAKORAM], now: T0 });
    const result = answerPrompt(db, { promptId: cloze.id, highlightId: id, rating: 'keep', now: T0, timeZone: ZONE });
    expect(result).toMatchObject({ promptId: cloze.id, highlightId: id, retired: false });
    expect(result.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(getReviewCard(db, id)).toBeUndefined();
    expect(getPromptSchedule(db, cloze.id)).toMatchObject({ reps: 1, state: 2 });
    expect(db.prepare('SELECT highlight_id AS h, prompt_id AS p FROM review_log').all()).toEqual([{ h: id, p: cloze.id }]);
    expect(reviewStats(db, { now: T0, timeZone: ZONE, days: 7 })).toMatchObject({ doneToday: 1, streak: 1 });
    expect(() => answerPrompt(db, { promptId: cloze.id, highlightId: id + 1, rating: 'keep', now: T0, timeZone: ZONE })).toThrow(/not made from/);
    expect(() => answerPrompt(db, { promptId: 999, rating: 'keep', now: T0, timeZone: ZONE })).toThrow(/no card/);
    answerPrompt(db, { promptId: cloze.id, rating: 'never', now: new Date('2026-03-25T08:00:00Z'), timeZone: ZONE });
    expect(listPrompts(db, id)[0]).toMatchObject({ retired: true, due: null });
    expect(promptsForReviewExport(db)).toEqual([]);
  });

  it('recomputes prompt schedules from their answers apart from the highlight’s, on the file reopened', () => {
    const { db, file, id } = library();
    const cloze = createCloze(db, { highlightId: id, ranges: [KARAKORAM], now: T0 });
    answerReview(db, { highlightId: id, rating: 'later', now: T0, timeZone: ZONE });
    answerPrompt(db, { promptId: cloze.id, rating: 'soon', now: T0, timeZone: ZONE });
    answerPrompt(db, { promptId: cloze.id, rating: 'keep', now: new Date('2026-03-23T08:00:00Z'), timeZone: ZONE });
    const storedCard = getReviewCard(db, id);
    const storedSchedule = getPromptSchedule(db, cloze.id);
    closeLibrary(db);
    const again = openLibrary(file);
    try {
      expect(recomputeSchedules(again)).toEqual({ cards: 2, answers: 3, changed: [], changedPrompts: [] });
      again.prepare('UPDATE recall_schedules SET due = ?').run('2030-01-01T00:00:00.000Z');
      expect(recomputeSchedules(again, undefined, { dryRun: true }).changedPrompts).toEqual([cloze.id]);
      expect(recomputeSchedules(again).changedPrompts).toEqual([cloze.id]);
      expect(getPromptSchedule(again, cloze.id)).toEqual(storedSchedule);
      expect(getReviewCard(again, id)).toEqual(storedCard);
      const other = recomputeSchedules(again, { enable_short_term: false, enable_fuzz: false, request_retention: 0.97 }, { dryRun: true });
      expect(other.changedPrompts).toEqual([cloze.id]);
    } finally {
      closeLibrary(again);
    }
  });

  it('mixes due cards into the round with due highlights, on the same day boundary', () => {
    const { db, documentId, id } = library();
    const other = highlight(db, documentId, 'The Indus reaches the Arabian Sea.');
    db.prepare("INSERT INTO review_settings (id, settings_json) VALUES (1, json(?))").run(JSON.stringify({ size: 10, newPerRound: 0, colorWeights: {}, tagWeights: {}, recency: 0 }));
    // Both highlights reviewed on day one: due again some days later.
    answerReview(db, { highlightId: id, rating: 'keep', now: T0, timeZone: ZONE });
    answerReview(db, { highlightId: other, rating: 'keep', now: T0, timeZone: ZONE });
    // A card made the next evening is due at once (the same day in Berlin), not before it was made.
    const made = new Date('2026-03-21T20:00:00Z');
    const cloze = createCloze(db, { highlightId: id, ranges: [KARAKORAM], now: made });
    expect(buildRound(db, { now: new Date('2026-03-20T22:30:00Z'), timeZone: ZONE }).items.map((i) => i.prompt?.id)).toEqual([]);
    const round = buildRound(db, { now: new Date('2026-03-21T21:00:00Z'), timeZone: ZONE });
    expect(round.items).toHaveLength(1);
    expect(round.items[0]).toMatchObject({ highlightId: id, kind: 'new', prompt: { id: cloze.id, front: 'Meltwater from the […] feeds the Indus.' } });
    expect(reviewStats(db, { now: new Date('2026-03-21T21:00:00Z'), timeZone: ZONE, days: 1 }).dueToday).toBe(1);
    // Answered: the card leaves today's round; weeks later the highlights and the card are all due, mixed.
    answerPrompt(db, { promptId: cloze.id, rating: 'keep', now: new Date('2026-03-21T21:00:00Z'), timeZone: ZONE });
    expect(buildRound(db, { now: new Date('2026-03-21T21:30:00Z'), timeZone: ZONE }).items).toEqual([]);
    const later = buildRound(db, { now: new Date('2026-06-01T09:00:00Z'), timeZone: ZONE });
    expect(later.items.map((i) => (i.prompt ? `card ${i.prompt.id}` : `highlight ${i.highlightId}`)).sort()).toEqual(
      [`card ${cloze.id}`, `highlight ${id}`, `highlight ${other}`].sort(),
    );
    expect(later.items[1]?.prompt?.id).toBe(cloze.id);
    expect(later.items.every((i) => i.kind === 'due')).toBe(true);
  });

  it('puts cards never answered at the end of the round, so one made during it leaves the card on screen first', () => {
    const { db, documentId, id } = library();
    const other = highlight(db, documentId, 'The Indus reaches the Arabian Sea.');
    const before = buildRound(db, { now: T0, timeZone: ZONE }).items.map((i) => i.highlightId);
    expect(before.sort((a, b) => a - b)).toEqual([id, other]);
    const first = buildRound(db, { now: T0, timeZone: ZONE }).items[0]!.highlightId;
    const made = createQuestion(db, { highlightId: first, question: 'Which river?', answer: 'The Indus.', now: T0 });
    const after = buildRound(db, { now: T0, timeZone: ZONE }).items;
    expect(after.map((i) => i.prompt?.id ?? null)).toEqual([null, null, made.id]);
    expect(after[0]!.highlightId).toBe(first);
    expect(after[2]).toMatchObject({ kind: 'new', highlightId: first, prompt: { kind: 'question', front: 'Which river?', back: 'The Indus.' } });
    // A round with no slot left for it does not push a highlight out: the card waits.
    const full = buildRound(db, { now: T0, timeZone: ZONE, settings: { size: 2, newPerRound: 2, colorWeights: {}, tagWeights: {}, recency: 0 } });
    expect(full.items.map((i) => i.prompt)).toEqual([null, null]);
  });

  it('writes the cards into the Anki file as front, back and tags', () => {
    const { db, id } = library();
    db.prepare("INSERT INTO tags (name) VALUES ('region/south asia')").run();
    db.prepare("INSERT INTO highlight_tags (highlight_id, tag_id) SELECT ?, id FROM tags WHERE name = 'region/south asia'").run(id);
    createCloze(db, { highlightId: id, ranges: [KARAKORAM], now: T0 });
    createQuestion(db, { highlightId: id, question: 'Which river?', answer: 'The <Indus>.', now: T0 });
    const lines = ankiFile([], promptsForReviewExport(db)).trimEnd().split('\n').slice(4);
    expect(lines).toEqual([
      'Meltwater from the […] feeds the Indus.\tMeltwater from the <b>Karakoram</b> feeds the Indus.<br><br><i>Rivers</i>\tregion::south_asia',
      'Which river?\tThe &lt;Indus&gt;.<br><br><i>Rivers</i>\tregion::south_asia',
    ]);
  });
});
