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
 * Below this probability of being content (the mean of the unit and furniture trees', index.ts)
 * a unit is dropped: chosen so that body text survives, by the whole cleaner held out by site
 * (see docs/formats.md).
 */
export const KEEP_THRESHOLD = 0.2;

/** Weights of the title's first pass (title-candidates.ts, TITLE_FEATURES order): a softmax over each page's candidates, same script (`TITLE=1`). */
export const TITLE_WEIGHTS: readonly number[] = [-0.0000, -0.9200, -0.4573, -1.1251, -2.8777, -0.5215, 0.2355, 1.0465, -0.6418, 2.4229, 1.0844, 0.2770, 0.9369, -0.0463, -0.4882, -0.3658, -0.6812, -0.6014, 0.0072, 1.8771, 0.3106, -2.9541, 0.4794, -0.3601, 0.3410, -1.3012, 0.0356, 0.5639, 0.2957, 0.2691, 2.1553, -1.5836, -1.5898, 0.0833, -0.3520, 0.5766, -0.4681, -0.3663, 4.8267, -1.8805, -0.5076, -0.0939, 0.0235];

/**
 * Prose inside the main span (a full sentence, good before and after its neighbours were
 * weighed) is dropped only below this lower probability: where the trees are nearly sure. On
 * the extraction corpus it keeps 0.1 point more body than no such rule and removes 3 points
 * less clutter; on the Readability pages as text, recall holds (0.922 against 0.923 with all
 * such prose kept).
 */
export const PROSE_KEEP_THRESHOLD = 0.1;
