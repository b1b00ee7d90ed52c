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
export const TITLE_WEIGHTS: readonly number[] = [-0.0000, -0.9573, -0.3696, -1.1548, -2.8858, -0.5274, 0.2327, 1.0376, -0.6210, 2.4556, 1.0817, 0.2826, 0.9487, -0.1023, -0.4676, -0.5499, -0.5573, -0.5643, -0.0516, 1.9108, 0.2876, -2.9131, 0.4610, -0.4946, 0.3281, -1.3760, 0.2136, 0.5799, 0.2840, 0.2534, 2.1428, -1.5737, -1.6014, 0.0721, -0.3557, 0.5552, -0.4622, -0.3479, 4.8195, -0.4714, -0.1134, 0.0649];

/**
 * Prose inside the main span (a full sentence, good before and after its neighbours were
 * weighed) is dropped only below this lower probability: where the trees are nearly sure. On
 * the extraction corpus it keeps 0.1 point more body than no such rule and removes 3 points
 * less clutter; on the Readability pages as text, recall holds (0.922 against 0.923 with all
 * such prose kept).
 */
export const PROSE_KEEP_THRESHOLD = 0.1;
