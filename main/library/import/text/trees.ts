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

/** A tree as one JavaScript expression of nested comparisons over `x`. */
function treeExpression(tree: Tree, at = 0): string {
  const [feature, cut, left, right] = tree[at]!;
  if (feature < 0) return `(${left})`;
  return `(x[${feature}] <= ${cut} ? ${treeExpression(tree, left)} : ${treeExpression(tree, right)})`;
}

/** Trees per generated function: small enough for V8 to optimise each one (it gives up on very large functions). */
const TREES_PER_FUNCTION = 25;

/**
 * The model as compiled code: each tree's comparisons written out with its cuts as constants,
 * which V8 turns into straight machine comparisons. Walking the node arrays was a fifth of a
 * text import's time; this is several times faster. The code is made only from the model's own
 * numbers (features are array indices, cuts and values are numbers printed by `String`, which
 * round-trips every double), never from anything a file holds, and gives exactly `scoreTrees`'s
 * sums in the same order. Use it for the shipped models, made once; training calls `scoreTrees`.
 */
export function compileTrees(model: TreeModel): (x: readonly number[]) => number {
  let parts: ((x: readonly number[], z: number) => number)[] | null = null;
  const base = model.base;
  return (x) => {
    parts ??= compileParts(model);
    let z = base;
    for (const part of parts) z = part(x, z);
    return z;
  };
}

/** Compiled on first use, so loading the importer costs nothing until a text is cleaned. */
function compileParts(model: TreeModel): ((x: readonly number[], z: number) => number)[] {
  const parts: ((x: readonly number[], z: number) => number)[] = [];
  for (let t = 0; t < model.trees.length; t += TREES_PER_FUNCTION) {
    const body = model.trees.slice(t, t + TREES_PER_FUNCTION).map((tree) => `z += ${treeExpression(tree)};`).join('\n');
    parts.push(new Function('x', 'z', `${body}\nreturn z;`) as (x: readonly number[], z: number) => number);
  }
  return parts;
}
