/**
 * The trees and the vectors they read stay in step: a feature added to unit-vector.ts without
 * retraining (tests/corpus/train-classifier.ts) would have the trees read the wrong numbers.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../main/library/import/text/index';
import { FURNITURE_TREE_FEATURES, TREE_FEATURES, UNIT_FEATURES } from '../../main/library/import/text/unit-vector';
import { UNIT_TREES } from '../../main/library/import/text/unit-trees';
import { FURNITURE_TREES } from '../../main/library/import/text/furniture-trees';
import { TITLE_WEIGHTS, UNIT_WEIGHTS } from '../../main/library/import/text/weights';
import { TITLE_FEATURES, TITLE_TREE_FEATURES, titleTreeVectors, titleVectors, titleWindow } from '../../main/library/import/text/title-candidates';
import { TITLE_TREES } from '../../main/library/import/text/title-trees';

describe('the text cleaner’s model and its features', () => {
  it('gives every unit one number per tree feature, and the trees split on no other', () => {
    const text = ['Home', 'News', 'A headline about the river', 'By Ann Smith', 'The river rose in the night, and by morning the lower town was under water.', 'Share this'].join('\n\n');
    const a = analyse(text, 'river.txt');
    const vectors = a.vectors.filter((x): x is number[] => x !== null);
    expect(vectors.length).toBeGreaterThan(0);
    for (const x of vectors) expect(x).toHaveLength(TREE_FEATURES.length);
    const used = UNIT_TREES.trees.flatMap((tree) => tree.filter((node) => node[0] >= 0).map((node) => node[0]));
    expect(Math.max(...used)).toBeLessThan(TREE_FEATURES.length);
    expect(UNIT_WEIGHTS).toHaveLength(UNIT_FEATURES.length);
  });

  it('has the furniture trees split on the unit’s features and the lexicon’s, and on no other', () => {
    const used = FURNITURE_TREES.trees.flatMap((tree) => tree.filter((node) => node[0] >= 0).map((node) => node[0]));
    expect(Math.max(...used)).toBeLessThan(FURNITURE_TREE_FEATURES.length);
    expect(Math.max(...used)).toBeGreaterThanOrEqual(TREE_FEATURES.length);
    const a = analyse(['Home', 'A headline about the river', 'The river rose in the night, and by morning the lower town was under water.', 'Subscribe to our newsletter'].join('\n\n'), 'river.txt');
    expect(a.stays).toHaveLength(a.units.length);
    for (const p of a.stays) expect(p).toBeGreaterThanOrEqual(0);
  });

  it('gives every title candidate one number per title feature, and the title’s trees split on no other', () => {
    const prose = 'The river rose in the night, and by morning the lower town was under water, as it had been in the spring of the year before, when the dam had not yet been built.';
    const text = ['Home', 'News', 'A headline about the river', 'By Ann Smith', prose, prose.replace('river', 'stream'), 'Share this'].join('\n\n');
    const a = analyse(text, 'river.txt');
    const window = titleWindow(a, 0, a.units.length);
    expect(window.length).toBeGreaterThan(0);
    const vectors = titleVectors(a, window, a.units.length);
    for (const x of vectors) expect(x).toHaveLength(TITLE_FEATURES.length);
    for (const x of titleTreeVectors(a.keep, window, vectors)) expect(x).toHaveLength(TITLE_TREE_FEATURES.length);
    expect(TITLE_WEIGHTS).toHaveLength(TITLE_FEATURES.length);
    const used = TITLE_TREES.trees.flatMap((tree) => tree.filter((node) => node[0] >= 0).map((node) => node[0]));
    expect(Math.max(...used)).toBeLessThan(TITLE_TREE_FEATURES.length);
    expect(a.units[a.title!.index]!.text).toBe('A headline about the river');
  });
});
