/** Answering a review item and the review figures (due today, done today, streak, a heat map). */
import {
  answeredOn,
  answersPerDay,
  countAnswersOn,
  countDue,
  getReviewCard,
  highlightDocumentId,
  insertReviewLog,
  saveReviewCard,
} from '../../../db/repos/review';
import { countDuePrompts } from '../../../db/repos/recall';
import type { Db } from '../../../db/open';
import type { ReviewRating, ReviewStats } from '../../contract/review';
import { AppError } from '../errors';
import { nextDay, reviewDay } from './day';
import { answerCard } from './schedule';

export interface AnswerResult {
  highlightId: number;
  /** The highlight's article (the push event after an answer names it). */
  documentId: number;
  rating: ReviewRating;
  retired: boolean;
  due: string | null;
  scheduledDays: number;
}

/** Records an answer: the card rescheduled (or retired) and the answer logged, in one transaction. */
export function answerReview(db: Db, input: { highlightId: number; rating: ReviewRating; now: Date; timeZone: string }): AnswerResult {
  const { highlightId, rating, now, timeZone } = input;
  return db
    .transaction((): AnswerResult => {
      const documentId = highlightDocumentId(db, highlightId);
      if (documentId === undefined) throw new AppError('not_found', `There is no highlight ${highlightId}: it may have been deleted.`);
      const { card, log } = answerCard(highlightId, getReviewCard(db, highlightId) ?? null, rating, now);
      saveReviewCard(db, card);
      insertReviewLog(db, { ...log, day: reviewDay(now, timeZone).day });
      return { highlightId, documentId, rating, retired: card.retired, due: card.retired ? null : card.due, scheduledDays: card.scheduledDays };
    })
    .immediate();
}

export function reviewStats(db: Db, input: { now: Date; timeZone: string; days: number }): ReviewStats {
  const { day, start, end } = reviewDay(input.now, input.timeZone);
  const from = nextDay(day, 1 - input.days);
  const counts = new Map(answersPerDay(db, from, day).map((r) => [r.day, r.count]));
  const days: ReviewStats['days'] = [];
  for (let d = from; d <= day; d = nextDay(d)) days.push({ day: d, count: counts.get(d) ?? 0 });
  return {
    day,
    dueToday: countDue(db, start.toISOString(), end.toISOString()) + countDuePrompts(db, start.toISOString(), end.toISOString()),
    doneToday: countAnswersOn(db, day),
    streak: streak(db, day),
    days,
  };
}

/** Days in a row with answers, ending today, or yesterday while today has none yet: a seek per day of the streak. */
function streak(db: Db, today: string): number {
  let day = answeredOn(db, today) ? today : nextDay(today, -1);
  let count = 0;
  while (answeredOn(db, day)) {
    count++;
    day = nextDay(day, -1);
  }
  return count;
}
