/**
 * Learned weights, one per feature of unit-vector.ts (UNIT_FEATURES, same order): logistic
 * regression on the extraction corpus, by tests/corpus/train-classifier.ts (`LINEAR=1`).
 * Regenerate them there whenever a feature changes; never edit them by hand. They give the
 * title's ranking a smooth "how much like prose" per unit; the keep-or-drop decision is the
 * trees' (unit-trees.ts): fed the trees' stepwise probabilities instead, the linear ranking
 * lost titles on both corpora.
 */
export const UNIT_WEIGHTS: readonly number[] = [-3.4120, 1.3899, -0.7007, -0.3181, -0.2059, 0.2771, -0.9087, -0.2791, 0.0000, 0.0000, 0.3432, -0.4884, -0.1162, -0.0071, 0.7675, -0.1935, -1.7708, 0.4459, -0.1866, -1.5519, 0.6896, -1.2890, -0.4937, -0.7578, -0.3764, -0.8646, 0.6935, 0.2587, 0.7313, 0.2917, 3.1530, 2.0940, 0.1713, -0.0319, 0.4069, -0.4504, 0.0390, 0.0803, 0.7027, 1.4874, -0.0843];

/**
 * Below this probability of being content (the trees') a unit is dropped: chosen so that body
 * text survives, at the held-out figures train-classifier.ts prints (see docs/formats.md).
 */
export const KEEP_THRESHOLD = 0.18;

/** Weights of the title scorer (title-candidates.ts, TITLE_FEATURES order): a softmax over each page's candidates, same script. */
export const TITLE_WEIGHTS: readonly number[] = [-0.0000, -0.9835, -0.3084, -1.2034, -2.8969, -0.8241, 0.1677, 1.1056, -0.5898, 2.6317, 1.0849, 0.2917, 0.9167, -0.3086, -0.4911, -0.5574, -0.6082, -0.4139, -0.1042, 1.9924, 0.2170, -2.7512, 0.4839, -0.4947, 0.3648, -1.2403, 0.3261, 0.6279, -0.0086, 0.2366, 1.9182, -1.5454, -1.5774, 0.2046, -0.3651, 0.4647, -0.7792, -0.3628, 4.0429, -0.4998, -0.1163, -0.1273];
