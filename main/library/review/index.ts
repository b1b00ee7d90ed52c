/** Daily review (issue 13): today's round, answers and figures, settings. No Electron, no UI. */
export { buildRound, splitSlots, type Round } from './round';
export { answerReview, recomputeSchedules, reviewStats } from './answer';
export { readReviewSettings, updateReviewSettings } from './settings';
export { isTimeZone, localDay, reviewDay, startOfLocalDay } from './day';
export { answerCard, recomputeCard } from './schedule';
