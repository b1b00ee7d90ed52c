/**
 * Cards for active recall (migration 0012): the prompts made from highlights (`recall_prompts`),
 * each prompt's FSRS card (`recall_schedules`, the columns of review_cards) and the part of
 * review_log that holds their answers (`prompt_id` set). Prompts are few (each is made by hand),
 * so the round reads the due ones with one range over the prompts and their schedules.
 */
import type { Db } from '../open';
import { prepared } from '../sql';
import type { ReviewCardRow, ReviewLogRow } from './review';
import { tagsOfHighlights } from './tags';

export interface PromptRow {
  id: number;
  highlightId: number;
  kind: 'cloze' | 'question';
  clozeText: string | null;
  /** JSON [[start, end], …] */
  clozeRanges: string | null;
  question: string | null;
  answer: string | null;
  createdAt: string;
  due: string | null;
  reps: number;
  retired: boolean;
}

/** A prompt's FSRS card: review_cards' fields, keyed by the prompt. */
export type PromptScheduleRow = Omit<ReviewCardRow, 'highlightId'> & { promptId: number };

export type NewPrompt =
  | { highlightId: number; kind: 'cloze'; text: string; ranges: readonly (readonly [number, number])[]; createdAt: string }
  | { highlightId: number; kind: 'question'; question: string; answer: string; createdAt: string };

const PROMPT_COLUMNS = `p.id, p.highlight_id AS highlightId, p.kind, p.cloze_text AS clozeText, p.cloze_ranges AS clozeRanges,
  p.question, p.answer, p.created_at AS createdAt, s.due, coalesce(s.reps, 0) AS reps, coalesce(s.retired, 0) AS retired`;

type RawPrompt = Omit<PromptRow, 'retired'> & { retired: number };
const toPrompt = (row: RawPrompt): PromptRow => ({ ...row, retired: row.retired === 1 });

export function insertPrompt(db: Db, prompt: NewPrompt): number {
  const row =
    prompt.kind === 'cloze'
      ? { clozeText: prompt.text, clozeRanges: JSON.stringify(prompt.ranges), question: null, answer: null }
      : { clozeText: null, clozeRanges: null, question: prompt.question, answer: prompt.answer };
  const result = prepared(
    db,
    `INSERT INTO recall_prompts (highlight_id, kind, cloze_text, cloze_ranges, question, answer, created_at)
     VALUES (@highlightId, @kind, @clozeText, @clozeRanges, @question, @answer, @createdAt)`,
  ).run({ highlightId: prompt.highlightId, kind: prompt.kind, createdAt: prompt.createdAt, ...row });
  return Number(result.lastInsertRowid);
}

export function getPrompt(db: Db, id: number): PromptRow | undefined {
  const row = prepared(db, `SELECT ${PROMPT_COLUMNS} FROM recall_prompts p LEFT JOIN recall_schedules s ON s.prompt_id = p.id WHERE p.id = ?`).get(id) as
    | RawPrompt
    | undefined;
  return row && toPrompt(row);
}

/** A highlight's prompts, oldest first. */
export function promptsOfHighlight(db: Db, highlightId: number): PromptRow[] {
  const rows = prepared(
    db,
    `SELECT ${PROMPT_COLUMNS} FROM recall_prompts p LEFT JOIN recall_schedules s ON s.prompt_id = p.id WHERE p.highlight_id = ? ORDER BY p.id`,
  ).all(highlightId) as RawPrompt[];
  return rows.map(toPrompt);
}

/** The prompts of `ids`, in that order (missing ones left out). */
export function promptsByIds(db: Db, ids: readonly number[]): PromptRow[] {
  if (ids.length === 0) return [];
  const rows = prepared(
    db,
    `SELECT ${PROMPT_COLUMNS} FROM json_each(?) j JOIN recall_prompts p ON p.id = j.value LEFT JOIN recall_schedules s ON s.prompt_id = p.id ORDER BY j.key`,
  ).all(JSON.stringify(ids)) as RawPrompt[];
  return rows.map(toPrompt);
}

export function deletePrompt(db: Db, id: number): boolean {
  return prepared(db, 'DELETE FROM recall_prompts WHERE id = ?').run(id).changes > 0;
}

// ---- schedules ----

const SCHEDULE_COLUMNS = `prompt_id AS promptId, due, stability, difficulty, elapsed_days AS elapsedDays,
  scheduled_days AS scheduledDays, learning_steps AS learningSteps, reps, lapses, state, last_review AS lastReview, retired`;

export function getPromptSchedule(db: Db, promptId: number): PromptScheduleRow | undefined {
  const row = prepared(db, `SELECT ${SCHEDULE_COLUMNS} FROM recall_schedules WHERE prompt_id = ?`).get(promptId) as
    | (Omit<PromptScheduleRow, 'retired'> & { retired: number })
    | undefined;
  return row && { ...row, retired: row.retired === 1 };
}

export function savePromptSchedule(db: Db, card: PromptScheduleRow): void {
  prepared(
    db,
    `INSERT INTO recall_schedules (prompt_id, due, stability, difficulty, elapsed_days, scheduled_days, learning_steps, reps, lapses, state, last_review, retired)
     VALUES (@promptId, @due, @stability, @difficulty, @elapsedDays, @scheduledDays, @learningSteps, @reps, @lapses, @state, @lastReview, @retired)
     ON CONFLICT (prompt_id) DO UPDATE SET due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty,
       elapsed_days = excluded.elapsed_days, scheduled_days = excluded.scheduled_days, learning_steps = excluded.learning_steps,
       reps = excluded.reps, lapses = excluded.lapses, state = excluded.state, last_review = excluded.last_review, retired = excluded.retired`,
  ).run({ ...card, retired: card.retired ? 1 : 0 });
}

/** A prompt's answers, oldest first: what recomputing its schedule replays. */
export function promptAnswersOf(db: Db, promptId: number): { rating: ReviewLogRow['rating']; reviewedAt: string }[] {
  return prepared(db, 'SELECT rating, reviewed_at AS reviewedAt FROM review_log WHERE prompt_id = ? ORDER BY reviewed_at, id').all(promptId) as {
    rating: ReviewLogRow['rating'];
    reviewedAt: string;
  }[];
}

/** Every prompt with answers (for recomputing all schedules). */
export function answeredPromptIds(db: Db): number[] {
  return prepared(db, 'SELECT DISTINCT prompt_id FROM review_log WHERE prompt_id IS NOT NULL ORDER BY prompt_id').pluck().all() as number[];
}

// ---- the round ----

/**
 * Up to `limit` prompts due today, longest overdue first: not retired, not answered since
 * `start`, due before `end`; a prompt never answered is due from when it was made.
 */
export function drawDuePrompts(db: Db, window: { start: string; end: string }, limit: number): { id: number; answered: boolean }[] {
  if (limit <= 0) return [];
  const rows = prepared(
    db,
    `SELECT p.id, s.prompt_id IS NOT NULL AS answered FROM recall_prompts p LEFT JOIN recall_schedules s ON s.prompt_id = p.id
     WHERE coalesce(s.retired, 0) = 0 AND coalesce(s.due, p.created_at) < @end AND (s.last_review IS NULL OR s.last_review < @start)
     ORDER BY coalesce(s.due, p.created_at), p.id LIMIT @limit`,
  ).all({ start: window.start, end: window.end, limit }) as { id: number; answered: number }[];
  return rows.map((r) => ({ id: r.id, answered: r.answered === 1 }));
}

/** Prompts due by `end` and not answered since `start` (the figures' "due today"). */
export function countDuePrompts(db: Db, start: string, end: string): number {
  return prepared(
    db,
    `SELECT count(*) FROM recall_prompts p LEFT JOIN recall_schedules s ON s.prompt_id = p.id
     WHERE coalesce(s.retired, 0) = 0 AND coalesce(s.due, p.created_at) < ? AND (s.last_review IS NULL OR s.last_review < ?)`,
  )
    .pluck()
    .get(end, start) as number;
}

// ---- export ----

/** Every prompt still in review, by article, reading order and prompt, with its highlight's tags and article title. */
export function promptsForReviewExport(db: Db): (PromptRow & { documentTitle: string; tags: string[] })[] {
  const rows = prepared(
    db,
    `SELECT ${PROMPT_COLUMNS}, d.title AS documentTitle
     FROM recall_prompts p JOIN highlights h ON h.id = p.highlight_id JOIN documents d ON d.id = h.document_id
     LEFT JOIN recall_schedules s ON s.prompt_id = p.id
     WHERE coalesce(s.retired, 0) = 0
     ORDER BY h.document_id, h.start_offset, h.end_offset, h.id, p.id`,
  ).all() as (RawPrompt & { documentTitle: string })[];
  const tags = tagsOfHighlights(db, [...new Set(rows.map((r) => r.highlightId))]);
  return rows.map((row) => ({ ...toPrompt(row), documentTitle: row.documentTitle, tags: tags.get(row.highlightId) ?? [] }));
}
