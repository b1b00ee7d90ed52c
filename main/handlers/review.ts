import type { Db } from '../../db/open';
import { answerReview, buildRound, readReviewSettings, reviewStats, updateReviewSettings } from '../library/review';
import type { CoreHandlers } from './types';

/** The host's own time zone, when the page did not send one. */
const hostZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function reviewHandlers(db: Db, clock: () => Date = () => new Date()) {
  return {
    'review.round': ({ timeZone, extra }) => buildRound(db, { now: clock(), timeZone: timeZone ?? hostZone(), extra }),
    'review.answer': ({ highlightId, rating, timeZone }) => answerReview(db, { highlightId, rating, now: clock(), timeZone: timeZone ?? hostZone() }),
    'review.stats': ({ timeZone, days }) => reviewStats(db, { now: clock(), timeZone: timeZone ?? hostZone(), days }),
    'review.settings': () => readReviewSettings(db),
    'review.configure': (change) => updateReviewSettings(db, change),
  } satisfies Pick<CoreHandlers, 'review.round' | 'review.answer' | 'review.stats' | 'review.settings' | 'review.configure'>;
}
