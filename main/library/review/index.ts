/** Daily review (issue 13): today's round, answers and figures, settings. No Electron, no UI. */
export { buildRound, moreRound, splitSlots, type Round } from './round';
export { answerReview, reviewStats } from './answer';
export { recomputeSchedules, type RecomputeReport } from './recompute';
export { extraOn, readReviewSettings, updateReviewSettings } from './settings';
export { isTimeZone, localDay, reviewDay, startOfLocalDay } from './day';
export { answerCard, recomputeCard } from './schedule';
