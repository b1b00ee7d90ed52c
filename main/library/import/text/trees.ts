/**
 * Evaluates the learned model of weights.ts: gradient-boosted trees of depth two, each stored
 * flat as [feature, threshold, leftFeature, leftThreshold, leftLow, leftHigh, rightFeature,
 * rightThreshold, rightLow, rightHigh] (a value below a threshold goes left / low).
 */
import { sigmoid } from './unit-vector';

export type Tree = [number, number, number, number, number, number, number, number, number, number];

export function treeValue(t: Tree, x: readonly number[]): number {
  const right = (x[t[0]] as number) >= t[1];
  const feature = right ? t[6] : t[2];
  const threshold = right ? t[7] : t[3];
  const high = (x[feature] as number) >= threshold;
  return right ? (high ? t[9] : t[8]) : high ? t[5] : t[4];
}

/** The probability that a unit is content. */
export function probability(model: { bias: number; trees: readonly Tree[] }, x: readonly number[]): number {
  let z = model.bias;
  for (const t of model.trees) z += treeValue(t, x);
  return sigmoid(z);
}
