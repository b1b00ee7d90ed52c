/**
 * Gradient-boosted trees of depth two for a logistic loss (Friedman 2001), on pre-binned
 * features: each node's split is found from per-bin sums of gradients and hessians, so a round
 * costs one pass over the samples per node. Small on purpose: the models it makes are a few
 * hundred numbers, evaluated at import time by main/library/import/text/trees.ts.
 */
import type { Tree } from '../../main/library/import/text/trees';
import { sigmoid } from '../../main/library/import/text/unit-vector';

export interface BoostOptions {
  rounds: number;
  rate: number;
  bins: number;
  /** Least hessian mass in a leaf (a leaf must stand for enough samples). */
  minLeaf: number;
}

const DEFAULTS: BoostOptions = { rounds: 200, rate: 0.1, bins: 24, minLeaf: 8 };

/** Thresholds per feature: quantiles of its values. */
function cutsOf(xs: readonly number[][], bins: number): number[][] {
  const features = xs[0]?.length ?? 0;
  const cuts: number[][] = [];
  for (let f = 0; f < features; f++) {
    const values = [...new Set(xs.map((x) => x[f] as number))].sort((a, b) => a - b);
    const chosen = new Set<number>();
    for (let b = 1; b < bins; b++) {
      const v = values[Math.floor((b * values.length) / bins)];
      if (v !== undefined && v !== values[0]) chosen.add(v);
    }
    cuts.push([...chosen].sort((a, b) => a - b));
  }
  return cuts;
}

interface Split {
  feature: number;
  threshold: number;
  gain: number;
}

function bestSplit(rows: readonly number[], binned: readonly Uint8Array[], cuts: readonly number[][], g: Float64Array, h: Float64Array, minLeaf: number): Split | null {
  let best: Split | null = null;
  let G = 0;
  let H = 0;
  for (const r of rows) {
    G += g[r]!;
    H += h[r]!;
  }
  const base = (G * G) / (H + 1e-9);
  for (let f = 0; f < cuts.length; f++) {
    const nb = cuts[f]!.length + 1;
    const gs = new Float64Array(nb);
    const hs = new Float64Array(nb);
    for (const r of rows) {
      const b = binned[r]![f]!;
      gs[b]! += g[r]!;
      hs[b]! += h[r]!;
    }
    let gl = 0;
    let hl = 0;
    for (let b = 0; b < nb - 1; b++) {
      gl += gs[b]!;
      hl += hs[b]!;
      const gr = G - gl;
      const hr = H - hl;
      if (hl < minLeaf || hr < minLeaf) continue;
      const gain = (gl * gl) / hl + (gr * gr) / hr - base;
      if (!best || gain > best.gain) best = { feature: f, threshold: cuts[f]![b]!, gain };
    }
  }
  return best;
}

function leaf(rows: readonly number[], g: Float64Array, h: Float64Array, rate: number): number {
  let G = 0;
  let H = 0;
  for (const r of rows) {
    G += g[r]!;
    H += h[r]!;
  }
  return (rate * G) / (H + 1e-9);
}

export function boost(xs: readonly number[][], ys: readonly number[], weights: readonly number[], options: Partial<BoostOptions> = {}): { bias: number; trees: Tree[] } {
  const o = { ...DEFAULTS, ...options };
  const cuts = cutsOf(xs, o.bins);
  const binned = xs.map((x) => Uint8Array.from(x.map((v, f) => cuts[f]!.filter((c) => v >= c).length)));
  const n = xs.length;
  const positives = ys.reduce((a, b) => a + b, 0);
  const bias = Math.log(positives / (n - positives));
  const F = new Float64Array(n).fill(bias);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: Tree[] = [];
  const all = Array.from({ length: n }, (_, i) => i);
  for (let round = 0; round < o.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(F[i]!);
      g[i] = (ys[i]! - p) * weights[i]!;
      h[i] = p * (1 - p) * weights[i]!;
    }
    const root = bestSplit(all, binned, cuts, g, h, o.minLeaf);
    if (!root) break;
    const left = all.filter((r) => xs[r]![root.feature]! < root.threshold);
    const right = all.filter((r) => xs[r]![root.feature]! >= root.threshold);
    const sides = [left, right].map((rows) => {
      const split = bestSplit(rows, binned, cuts, g, h, o.minLeaf);
      if (!split) return { feature: 0, threshold: Infinity, values: [leaf(rows, g, h, o.rate), 0] as [number, number] };
      const lo = rows.filter((r) => xs[r]![split.feature]! < split.threshold);
      const hi = rows.filter((r) => xs[r]![split.feature]! >= split.threshold);
      return { feature: split.feature, threshold: split.threshold, values: [leaf(lo, g, h, o.rate), leaf(hi, g, h, o.rate)] as [number, number] };
    });
    const tree: Tree = [root.feature, root.threshold, sides[0]!.feature, sides[0]!.threshold, sides[0]!.values[0], sides[0]!.values[1], sides[1]!.feature, sides[1]!.threshold, sides[1]!.values[0], sides[1]!.values[1]];
    trees.push(tree);
    for (let i = 0; i < n; i++) F[i]! += treeValue(tree, xs[i]!);
  }
  return { bias, trees };
}

import { treeValue } from '../../main/library/import/text/trees';
