/**
 * Learned weights, one per feature of unit-vector.ts (UNIT_FEATURES, same order): logistic
 * regression on the extraction corpus, by tests/corpus/train-classifier.ts. Regenerate them
 * there whenever a feature changes; never edit them by hand.
 */
export const UNIT_WEIGHTS: readonly number[] = [-3.4120, 1.3899, -0.7007, -0.3181, -0.2059, 0.2771, -0.9087, -0.2791, 0.0000, 0.0000, 0.3432, -0.4884, -0.1162, -0.0071, 0.7675, -0.1935, -1.7708, 0.4459, -0.1866, -1.5519, 0.6896, -1.2890, -0.4937, -0.7578, -0.3764, -0.8646, 0.6935, 0.2587, 0.7313, 0.2917, 3.1530, 2.0940, 0.1713, -0.0319, 0.4069, -0.4504, 0.0390, 0.0803, 0.7027, 1.4874, -0.0843];

/** Below this probability of being content a unit is dropped: chosen so that body text survives (see docs/formats.md). */
export const KEEP_THRESHOLD = 0.18;

/** Weights of the title scorer (title-candidates.ts, TITLE_FEATURES order): a softmax over each page's candidates, same script. */
export const TITLE_WEIGHTS: readonly number[] = [-0.0000, -1.2623, -0.3061, -0.9080, -2.6540, -0.3580, 0.2830, 1.0829, -0.6533, 2.2499, 1.1453, 0.2575, 1.0083, -0.1047, -0.4744, -0.5821, -0.6623, -0.7668, 0.0198, 2.1945, 0.2639, -2.9588, 0.4698, -0.4346, 0.3564, -1.7302, 0.3567, 0.6232, 0.4264, 0.2592, 2.2686, -1.6512, -1.6278, 0.2853, -0.3192, 0.6750, -0.7143, -0.1968];
