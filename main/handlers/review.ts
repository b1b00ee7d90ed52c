import type { Db } from '../../db/open';
import { answerReview, buildRound, moreRound, readReviewSettings, reviewStats, updateReviewSettings } from '../library/review';
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
    'review.answer': ({ highlightId, rating, timeZone }, ctx) => {
      const result = answerReview(db, { highlightId, rating, now: clock(), timeZone: timeZone ?? hostZone() });
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
  } satisfies Pick<CoreHandlers, 'review.round' | 'review.more' | 'review.answer' | 'review.stats' | 'review.settings' | 'review.configure'>;
}
