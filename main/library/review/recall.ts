/**
 * Cards for active recall: making, listing and deleting a highlight's prompts (a cloze or a
 * question), and answering one. A prompt is scheduled like a highlight (schedule.ts, the same
 * FSRS), its answers logged in review_log under its highlight and naming the prompt.
 */
import { getHighlight } from '../../../db/repos/highlights';
import {
  deletePrompt,
  getPrompt,
  getPromptSchedule,
  insertPrompt,
  promptsOfHighlight,
  savePromptSchedule,
  type PromptRow,
  type PromptScheduleRow,
} from '../../../db/repos/recall';
import { insertReviewLog, type ReviewCardRow } from '../../../db/repos/review';
import type { Db } from '../../../db/open';
import { clozeFront, clozeRangesProblem, RECALL_LIMITS, type ClozeRange, type RecallPrompt } from '../../contract/recall';
import type { ReviewRating } from '../../contract/review';
import { AppError } from '../errors';
import { reviewDay } from './day';
import { answerCard, recomputeCard } from './schedule';

const noHighlight = (id: number) => new AppError('not_found', `There is no highlight ${id}: it may have been deleted.`);

function rangesOf(row: PromptRow): [number, number][] {
  return row.clozeRanges === null ? [] : (JSON.parse(row.clozeRanges) as [number, number][]);
}

/** A stored prompt as the contract gives it: its front and back made from its text. */
export function toRecallPrompt(row: PromptRow): RecallPrompt {
  const ranges = row.kind === 'cloze' ? rangesOf(row) : null;
  const text = row.clozeText;
  return {
    id: row.id,
    highlightId: row.highlightId,
    kind: row.kind,
    front: text !== null && ranges ? clozeFront(text, ranges) : (row.question ?? ''),
    back: text ?? row.answer ?? '',
    text,
    ranges,
    createdAt: row.createdAt,
    due: row.retired ? null : row.due,
    reps: row.reps,
    retired: row.retired,
  };
}

export function createCloze(db: Db, input: { highlightId: number; ranges: readonly ClozeRange[]; now: Date }): RecallPrompt {
  return db
    .transaction((): RecallPrompt => {
      const highlight = getHighlight(db, input.highlightId);
      if (!highlight) throw noHighlight(input.highlightId);
      const text = highlight.exact;
      if (text.length > RECALL_LIMITS.textMax) throw new AppError('invalid_input', `This highlight is too long for a cloze (over ${RECALL_LIMITS.textMax} characters): make a question instead.`);
      const problem = clozeRangesProblem(text, input.ranges);
      if (problem !== null) throw new AppError('invalid_input', problem);
      const id = insertPrompt(db, { highlightId: input.highlightId, kind: 'cloze', text, ranges: input.ranges, createdAt: input.now.toISOString() });
      return toRecallPrompt(getPrompt(db, id)!);
    })
    .immediate();
}

export function createQuestion(db: Db, input: { highlightId: number; question: string; answer: string; now: Date }): RecallPrompt {
  return db
    .transaction((): RecallPrompt => {
      if (!getHighlight(db, input.highlightId)) throw noHighlight(input.highlightId);
      const id = insertPrompt(db, { highlightId: input.highlightId, kind: 'question', question: input.question, answer: input.answer, createdAt: input.now.toISOString() });
      return toRecallPrompt(getPrompt(db, id)!);
    })
    .immediate();
}

export function listPrompts(db: Db, highlightId: number): RecallPrompt[] {
  return promptsOfHighlight(db, highlightId).map(toRecallPrompt);
}

/** Deletes a prompt (its schedule and answers go with it); the highlight it was made from, or undefined when there was none. */
export function removePrompt(db: Db, id: number): number | undefined {
  return db
    .transaction((): number | undefined => {
      const prompt = getPrompt(db, id);
      return prompt && deletePrompt(db, id) ? prompt.highlightId : undefined;
    })
    .immediate();
}

// A prompt's schedule in the shape schedule.ts works on (it keys a card by a number; here the prompt's id).
const asCard = ({ promptId, ...rest }: PromptScheduleRow): ReviewCardRow => ({ ...rest, highlightId: promptId });
const asSchedule = ({ highlightId, ...rest }: ReviewCardRow): PromptScheduleRow => ({ ...rest, promptId: highlightId });

export interface PromptAnswer {
  promptId: number;
  highlightId: number;
  documentId: number;
  retired: boolean;
  due: string | null;
  scheduledDays: number;
}

/** Records an answer to a prompt: its schedule moved (or retired) and the answer logged, in one transaction. */
export function answerPrompt(db: Db, input: { promptId: number; highlightId?: number; rating: ReviewRating; now: Date; timeZone: string }): PromptAnswer {
  const { promptId, rating, now, timeZone } = input;
  return db
    .transaction((): PromptAnswer => {
      const prompt = getPrompt(db, promptId);
      if (!prompt) throw new AppError('not_found', `There is no card ${promptId}: it may have been deleted.`);
      if (input.highlightId !== undefined && input.highlightId !== prompt.highlightId) throw new AppError('invalid_input', `Card ${promptId} is not made from highlight ${input.highlightId}.`);
      const highlight = getHighlight(db, prompt.highlightId)!;
      const stored = getPromptSchedule(db, promptId);
      const { card, log } = answerCard(promptId, stored ? asCard(stored) : null, rating, now);
      savePromptSchedule(db, asSchedule(card));
      insertReviewLog(db, { ...log, highlightId: prompt.highlightId, day: reviewDay(now, timeZone).day }, promptId);
      return {
        promptId,
        highlightId: prompt.highlightId,
        documentId: highlight.documentId,
        retired: card.retired,
        due: card.retired ? null : card.due,
        scheduledDays: card.scheduledDays,
      };
    })
    .immediate();
}

/** A prompt's schedule rebuilt from its answers (recompute.ts); null without answers. */
export function recomputePromptSchedule(
  promptId: number,
  answers: readonly { rating: ReviewRating; reviewedAt: string }[],
  parameters?: Parameters<typeof recomputeCard>[2],
): PromptScheduleRow | null {
  const card = recomputeCard(promptId, answers, parameters);
  return card && asSchedule(card);
}
