/**
 * Every reviewed highlight's and recall card's schedule rebuilt from the review log alone (after
 * the algorithm or its parameters change, or to check that the stored cards are what the answers
 * made): each one's answers replayed, oldest first, from an empty card (schedule.ts `recomputeCard`).
 * A highlight's answers are those logged without a prompt; a prompt's, those naming it.
 */
import { answeredPromptIds, getPromptSchedule, promptAnswersOf, savePromptSchedule, type PromptScheduleRow } from '../../../db/repos/recall';
import { getReviewCard, reviewAnswersOf, reviewedHighlightIds, saveReviewCard, type ReviewCardRow } from '../../../db/repos/review';
import type { Db } from '../../../db/open';
import { recomputePromptSchedule } from './recall';
import { recomputeCard, REVIEW_FSRS_PARAMETERS } from './schedule';
import type { FSRSParameters } from 'ts-fsrs';

export interface RecomputeReport {
  /** Highlights and recall cards with answers in the log: each one's schedule rebuilt. */
  cards: number;
  /** Answers replayed. */
  answers: number;
  /** The highlights whose rebuilt card differs from the stored one (saved, unless a dry run). */
  changed: number[];
  /** The same for recall cards (prompt ids). */
  changedPrompts: number[];
}

const FIELDS = ['due', 'stability', 'difficulty', 'elapsedDays', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'state', 'lastReview', 'retired'] as const;

const sameCard = (a: ReviewCardRow | PromptScheduleRow | undefined, b: ReviewCardRow | PromptScheduleRow) => a !== undefined && FIELDS.every((f) => a[f] === b[f]);

/** Rebuilds every card from the log with `parameters`, in one transaction; `dryRun` only reports. */
export function recomputeSchedules(db: Db, parameters: Partial<FSRSParameters> = REVIEW_FSRS_PARAMETERS, options: { dryRun?: boolean } = {}): RecomputeReport {
  const run = db.transaction((): RecomputeReport => {
    const report: RecomputeReport = { cards: 0, answers: 0, changed: [], changedPrompts: [] };
    for (const id of reviewedHighlightIds(db)) {
      const answers = reviewAnswersOf(db, id);
      const card = recomputeCard(id, answers, parameters);
      if (!card) continue;
      report.cards++;
      report.answers += answers.length;
      if (sameCard(getReviewCard(db, id), card)) continue;
      report.changed.push(id);
      if (!options.dryRun) saveReviewCard(db, card);
    }
    for (const id of answeredPromptIds(db)) {
      const answers = promptAnswersOf(db, id);
      const schedule = recomputePromptSchedule(id, answers, parameters);
      if (!schedule) continue;
      report.cards++;
      report.answers += answers.length;
      if (sameCard(getPromptSchedule(db, id), schedule)) continue;
      report.changedPrompts.push(id);
      if (!options.dryRun) savePromptSchedule(db, schedule);
    }
    return report;
  });
  // A dry run only reads (the CLI opens the library read-only for it); a write takes the lock at once.
  return options.dryRun ? run.deferred() : run.immediate();
}
