/**
 * Learned weights, one per feature of unit-vector.ts (UNIT_FEATURES, same order): logistic
 * regression on the extraction corpus, by tests/corpus/train-classifier.ts. Regenerate them
 * there whenever a feature changes; never edit them by hand.
 */
export const UNIT_WEIGHTS: readonly number[] = [-3.4120, 1.3899, -0.7007, -0.3181, -0.2059, 0.2771, -0.9087, -0.2791, 0.0000, 0.0000, 0.3432, -0.4884, -0.1162, -0.0071, 0.7675, -0.1935, -1.7708, 0.4459, -0.1866, -1.5519, 0.6896, -1.2890, -0.4937, -0.7578, -0.3764, -0.8646, 0.6935, 0.2587, 0.7313, 0.2917, 3.1530, 2.0940, 0.1713, -0.0319, 0.4069, -0.4504, 0.0390, 0.0803, 0.7027, 1.4874, -0.0843];

/** Below this probability of being content a unit is dropped: chosen so that body text survives (see docs/formats.md). */
export const KEEP_THRESHOLD = 0.18;

/** Weights of the title scorer (title-candidates.ts, TITLE_FEATURES order): a softmax over each page's candidates, same script. */
export const TITLE_WEIGHTS: readonly number[] = [-0.0000, -1.2411, -0.2616, -1.1887, -2.9826, -0.3642, 0.2758, 1.0764, -0.6572, 2.2463, 1.1462, 0.2624, 1.0085, -0.0729, -0.4865, -0.5835, -0.6581, -0.6805, 0.0272, 2.1252, 0.2805, -3.0472, 0.4611, -0.4148, 0.3783, -1.5500, 0.3589, 0.6166, 0.4361, 0.2462, 2.2709, -1.6111, -1.6641, 0.2523, -0.3212, 0.6960, -0.7224, -0.1889, -0.4957, -0.0431, 0.0374];
