/**
 * Learned weights, one per feature of unit-vector.ts (UNIT_FEATURES, same order): logistic
 * regression on the extraction corpus, by tests/corpus/train-classifier.ts. Regenerate them
 * there whenever a feature changes; never edit them by hand.
 */
export const UNIT_WEIGHTS: readonly number[] = [-3.4028, 1.3874, -0.7008, -0.3152, -0.2063, 0.2782, -0.9054, -0.2807, 0.0000, 0.0000, 0.3503, -0.4855, -0.1151, -0.0003, 0.7392, -0.1963, -1.7825, 0.4445, -0.1869, -1.5527, 0.6945, -1.2906, -0.4890, -0.7584, -0.3762, -0.8663, 0.6950, 0.2620, 0.7337, 0.3034, 3.1402, 2.0871, 0.1648, -0.0363, 0.4001, -0.4455, 0.0444, 0.0882, 0.7078, 1.4834, -0.0924];

/** Below this probability of being content a unit is dropped: chosen so that body text survives (see docs/formats.md). */
export const KEEP_THRESHOLD = 0.2;

/** Weights of the title scorer (title-candidates.ts, TITLE_FEATURES order): a softmax over each page's candidates, same script. */
export const TITLE_WEIGHTS: readonly number[] = [-0.0000, -1.2511, -0.3010, -0.9049, -2.6486, -0.3206, 0.3300, 1.1306, -0.6140, 2.0679, 1.1439, 0.2558, 1.0397, -0.1117, -0.4734, -0.5606, -0.6263, -0.7630, 0.0271, 2.3067, 0.2617, -2.9520, 0.4727, -0.4524, 0.3323, -1.7036, 0.3657, 0.6346, 0.4796, 0.2472, 2.2639, -1.6810, -1.5747, 0.3034, -0.3137, 0.6582];
