/**
 * Gradient-boosted regression trees with the logistic loss (Friedman's "TreeBoost"), small
 * enough to read: the text cleaner's keep-or-drop model is a few hundred shallow trees over the
 * unit features. Only training lives here (a test tool); the app evaluates the trees with
 * main/library/import/text/trees.ts.
 *
 * Why not a library: the maintained JavaScript ones (ml-random-forest, ml-cart) have no boosting,
 * and the boosting ones are unmaintained or native (xgboost bindings); what is needed is 150 lines.
 */
import type { Tree, TreeModel } from '../../main/library/import/text/trees';
import { scoreTrees } from '../../main/library/import/text/trees';

export interface BoostOptions {
  trees: number;
  depth: number;
  rate: number;
  /** The fewest (weighted) samples a leaf may hold. */
  minLeaf: number;
  /** Share of samples each tree sees (stochastic boosting). */
  subsample: number;
  bins: number;
}

export const DEFAULT_BOOST: BoostOptions = { trees: 200, depth: 3, rate: 0.1, minLeaf: 10, subsample: 0.8, bins: 24 };

/** Candidate thresholds per feature: the midpoints between quantiles of its values. */
function thresholds(xs: readonly number[][], feature: number, bins: number): number[] {
  const values = [...new Set(xs.map((x) => x[feature]!))].sort((a, b) => a - b);
  if (values.length <= 1) return [];
  if (values.length <= bins) return values.slice(1).map((v, i) => (v + values[i]!) / 2);
  const out = new Set<number>();
  for (let b = 1; b < bins; b++) {
    const k = Math.floor((b * values.length) / bins);
    out.add((values[k - 1]! + values[k]!) / 2);
  }
  return [...out];
}

/** A deterministic generator, so a retrain prints the same trees. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * A loss's negative gradient and its second derivative at each sample's current score. The
 * default is the weighted logistic loss; a ranking passes its own (see `softmaxPerGroup`).
 */
export type Loss = (score: readonly number[]) => { grad: number[]; hess: number[] };

function logistic(ys: readonly number[], weights: readonly number[]): Loss {
  return (score) => {
    const p = score.map((z) => 1 / (1 + Math.exp(-z)));
    return { grad: ys.map((y, i) => (y - p[i]!) * weights[i]!), hess: p.map((q, i) => Math.max(q * (1 - q), 1e-6) * weights[i]!) };
  };
}

/**
 * A softmax over each group's samples (a listwise ranking loss, as in ListNet): pushes the
 * group's positives to the top of their own group, which is all a choice among candidates asks.
 */
export function softmaxPerGroup(ys: readonly number[], groups: readonly number[]): Loss {
  const members = new Map<number, number[]>();
  groups.forEach((g, i) => {
    const rows = members.get(g);
    if (rows) rows.push(i);
    else members.set(g, [i]);
  });
  return (score) => {
    const grad = new Array<number>(score.length).fill(0);
    const hess = new Array<number>(score.length).fill(1e-6);
    for (const rows of members.values()) {
      const positives = rows.filter((i) => ys[i] === 1).length;
      if (positives === 0) continue;
      const top = Math.max(...rows.map((i) => score[i]!));
      const exps = rows.map((i) => Math.exp(score[i]! - top));
      const sum = exps.reduce((a, b) => a + b, 0);
      rows.forEach((i, k) => {
        const p = exps[k]! / sum;
        grad[i] = (ys[i] === 1 ? 1 / positives : 0) - p;
        hess[i] = Math.max(p * (1 - p), 1e-6);
      });
    }
    return { grad, hess };
  };
}

export function boost(xs: readonly number[][], ys: readonly number[], weights: readonly number[], options: BoostOptions = DEFAULT_BOOST, loss?: Loss): TreeModel {
  const n = xs.length;
  const features = xs[0]!.length;
  const cuts = Array.from({ length: features }, (_, f) => thresholds(xs, f, options.bins));
  const positive = ys.reduce((s, y, i) => s + y * weights[i]!, 0);
  const total = weights.reduce((s, w) => s + w, 0);
  // A ranking only compares scores within a group: no base rate to start from.
  const base = loss ? 0 : Math.log(positive / (total - positive));
  const gradients = loss ?? logistic(ys, weights);
  const score = new Array<number>(n).fill(base);
  const trees: Tree[] = [];
  const next = random(7);
  // Each value's bin: how many of its feature's cuts lie below it. `x <= cuts[k]` is then
  // `bin <= k`, so a node's best split comes from one histogram pass instead of one per cut.
  const bins = xs.map((x) => x.map((v, f) => binOf(cuts[f]!, v)));
  for (let t = 0; t < options.trees; t++) {
    const { grad, hess } = gradients(score);
    const rows = [...Array(n).keys()].filter(() => next() < options.subsample);
    const tree: Tree = [];
    grow(tree, rows, 0);
    trees.push(tree);
    for (let i = 0; i < n; i++) score[i]! += leafValue(tree, xs[i]!);

    function grow(into: Tree, at: readonly number[], depth: number): number {
      const index = into.length;
      const g = at.reduce((s, i) => s + grad[i]!, 0);
      const h = at.reduce((s, i) => s + hess[i]!, 0);
      into.push([-1, 0, (options.rate * g) / (h + 1), 0]);
      if (depth >= options.depth) return index;
      let best = { gain: 1e-6, feature: -1, cut: 0 };
      for (let f = 0; f < features; f++) {
        const fc = cuts[f]!;
        if (fc.length === 0) continue;
        const hg = new Float64Array(fc.length + 1);
        const hh = new Float64Array(fc.length + 1);
        const hw = new Float64Array(fc.length + 1);
        for (const i of at) {
          const b = bins[i]![f]!;
          hg[b]! += grad[i]!;
          hh[b]! += hess[i]!;
          hw[b]! += weights[i]!;
        }
        let gl = 0;
        let hl = 0;
        let wl = 0;
        let wAll = 0;
        for (let b = 0; b <= fc.length; b++) wAll += hw[b]!;
        for (let k = 0; k < fc.length; k++) {
          gl += hg[k]!;
          hl += hh[k]!;
          wl += hw[k]!;
          const wr = wAll - wl;
          if (wl < options.minLeaf || wr < options.minLeaf) continue;
          const gr = g - gl;
          const hr = h - hl;
          const gain = (gl * gl) / (hl + 1) + (gr * gr) / (hr + 1) - (g * g) / (h + 1);
          if (gain > best.gain) best = { gain, feature: f, cut: fc[k]! };
        }
      }
      if (best.feature < 0) return index;
      const left = at.filter((i) => xs[i]![best.feature]! <= best.cut);
      const right = at.filter((i) => xs[i]![best.feature]! > best.cut);
      const node = into[index]!;
      node[0] = best.feature;
      node[1] = best.cut;
      node[2] = grow(into, left, depth + 1);
      node[3] = grow(into, right, depth + 1);
      return index;
    }
  }
  return { base, trees };
}

/** How many of the sorted `cuts` lie below `v`. */
function binOf(cuts: readonly number[], v: number): number {
  let lo = 0;
  let hi = cuts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cuts[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function leafValue(tree: Tree, x: readonly number[]): number {
  return scoreTrees({ base: 0, trees: [tree] }, x);
}
