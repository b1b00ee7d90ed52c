/**
 * Scheduling with ts-fsrs (FSRS, a maintained library: no scheduler of our own). Pure: the clock is
 * passed in. Keep = Good, Soon = Hard (a shorter interval), Later = Easy (a longer one); Never
 * retires the highlight (its card keeps its last schedule, marked retired).
 *
 * Daily review counts in days, so FSRS's short-term (minutes) learning steps are off: every answer
 * schedules at least a day ahead. Fuzz is off, so a schedule recomputed from the log is the same.
 */
import { createEmptyCard, fsrs, Rating, type Card, type FSRSParameters, type Grade } from 'ts-fsrs';
import type { ReviewCardRow, ReviewLogRow } from '../../../db/repos/review';
import type { ReviewRating } from '../../contract/review';

/** The FSRS parameters review runs with (ts-fsrs defaults otherwise: 90 % retention, 100-year cap). */
export const REVIEW_FSRS_PARAMETERS: Partial<FSRSParameters> = { enable_short_term: false, enable_fuzz: false };

export const GRADES: Readonly<Record<Exclude<ReviewRating, 'never'>, Grade>> = { keep: Rating.Good, soon: Rating.Hard, later: Rating.Easy };

function scheduler(parameters: Partial<FSRSParameters> = REVIEW_FSRS_PARAMETERS) {
  return fsrs(parameters);
}

function toFsrs(card: ReviewCardRow): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.lastReview === null ? {} : { last_review: new Date(card.lastReview) }),
  };
}

function fromFsrs(highlightId: number, card: Card, retired: boolean): ReviewCardRow {
  return {
    highlightId,
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? card.last_review.toISOString() : null,
    retired,
  };
}

export interface Answered {
  card: ReviewCardRow;
  log: Omit<ReviewLogRow, 'day'>;
}

/**
 * The card after answering `rating` at `now`; `card` is null for a highlight never reviewed.
 * Never keeps the schedule as it was (a new card gets an empty one) and retires it.
 */
export function answerCard(
  highlightId: number,
  card: ReviewCardRow | null,
  rating: ReviewRating,
  now: Date,
  parameters: Partial<FSRSParameters> = REVIEW_FSRS_PARAMETERS,
): Answered {
  const before = card ?? fromFsrs(highlightId, createEmptyCard(now), false);
  const after =
    rating === 'never'
      ? { ...before, retired: true }
      : fromFsrs(highlightId, scheduler(parameters).next(toFsrs(before), now, GRADES[rating]).card, false);
  return {
    card: after,
    log: {
      highlightId,
      rating,
      reviewedAt: now.toISOString(),
      before: card && { state: card.state, due: card.due, stability: card.stability, difficulty: card.difficulty },
      after: { state: after.state, due: after.due, stability: after.stability, difficulty: after.difficulty, scheduledDays: after.scheduledDays },
    },
  };
}

/**
 * A highlight's card recomputed from its answers alone (oldest first), e.g. after the parameters
 * changed: every answer replayed from an empty card at the time it was given. Null without answers.
 */
export function recomputeCard(
  highlightId: number,
  answers: readonly { rating: ReviewRating; reviewedAt: string }[],
  parameters: Partial<FSRSParameters> = REVIEW_FSRS_PARAMETERS,
): ReviewCardRow | null {
  let card: ReviewCardRow | null = null;
  for (const a of answers) card = answerCard(highlightId, card, a.rating, new Date(a.reviewedAt), parameters).card;
  return card;
}
