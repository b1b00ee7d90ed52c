import type { Db } from '../../db/open';
import { answerReview, buildRound, moreRound, readReviewSettings, reviewStats, updateReviewSettings } from '../library/review';
import type { ReviewRating } from '../contract/review';
import { answerPrompt, createCloze, createQuestion, listPrompts, removePrompt } from '../library/review/recall';
import type { CoreHandlers } from './types';

/** The host's own time zone, when the page did not send one. */
const hostZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function reviewHandlers(db: Db, clock: () => Date = () => new Date()) {
  return {
    'review.round': ({ timeZone, extra }) => buildRound(db, { now: clock(), timeZone: timeZone ?? hostZone(), extra }),
    'review.more': ({ timeZone }, ctx) => {
      const round = moreRound(db, { now: clock(), timeZone: timeZone ?? hostZone() });
      ctx.emit('review.changed', {});
      return round;
    },
    'review.answer': ({ highlightId, promptId, rating, timeZone }, ctx) => {
      const result = promptId === undefined ? { ...answerReview(db, { highlightId, rating, now: clock(), timeZone: timeZone ?? hostZone() }), promptId: null } : answerToPrompt(promptId, highlightId, rating, timeZone);
      // Other views (the figures, another window's round) follow through the invalidation table.
      ctx.emit('review.changed', { highlightId, documentId: result.documentId });
      return result;
    },
    'review.stats': ({ timeZone, days }) => reviewStats(db, { now: clock(), timeZone: timeZone ?? hostZone(), days }),
    'review.settings': () => readReviewSettings(db),
    'review.configure': (change, ctx) => {
      const settings = updateReviewSettings(db, change);
      ctx.emit('review.changed', {});
      return settings;
    },
    'recall.createCloze': ({ highlightId, ranges }, ctx) => {
      const prompt = createCloze(db, { highlightId, ranges, now: clock() });
      ctx.emit('review.changed', { highlightId });
      return prompt;
    },
    'recall.createQuestion': ({ highlightId, question, answer }, ctx) => {
      const prompt = createQuestion(db, { highlightId, question, answer, now: clock() });
      ctx.emit('review.changed', { highlightId });
      return prompt;
    },
    'recall.list': ({ highlightId }) => ({ prompts: listPrompts(db, highlightId) }),
    'recall.delete': ({ id }, ctx) => {
      const highlightId = removePrompt(db, id);
      if (highlightId !== undefined) ctx.emit('review.changed', { highlightId });
      return { deleted: highlightId !== undefined };
    },
  } satisfies Pick<
    CoreHandlers,
    | 'review.round'
    | 'review.more'
    | 'review.answer'
    | 'review.stats'
    | 'review.settings'
    | 'review.configure'
    | 'recall.createCloze'
    | 'recall.createQuestion'
    | 'recall.list'
    | 'recall.delete'
  >;

  function answerToPrompt(promptId: number, highlightId: number, rating: ReviewRating, timeZone: string | undefined) {
    return { ...answerPrompt(db, { promptId, highlightId, rating, now: clock(), timeZone: timeZone ?? hostZone() }), rating };
  }
}
