/**
 * Evaluates boosted decision trees (trained by tests/corpus/boost.ts). A node is
 * `[feature, cut, left, right]`, going left when `x[feature] <= cut`; a leaf is
 * `[-1, 0, value, 0]`. Trees see how features combine (a short line *and* far from the prose),
 * which one weight per feature cannot.
 */
export type TreeNode = [feature: number, cut: number, leftOrValue: number, right: number];
export type Tree = TreeNode[];

export interface TreeModel {
  base: number;
  trees: readonly Tree[];
}

/** The model's log-odds for `x`. */
export function scoreTrees(model: TreeModel, x: readonly number[]): number {
  let z = model.base;
  for (const tree of model.trees) {
    let node = tree[0]!;
    while (node[0] >= 0) node = tree[(x[node[0]] as number) <= node[1] ? node[2] : node[3]]!;
    z += node[2];
  }
  return z;
}
