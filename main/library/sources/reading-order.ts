import type { RemovedPassage } from '../article';

/** Stable by `before`: passages at one place keep the order the cleaner found them in. */
export function inReadingOrder(passages: readonly RemovedPassage[]): RemovedPassage[] {
  return passages.map((p, i) => ({ p, i })).sort((a, b) => a.p.before - b.p.before || a.i - b.i).map(({ p }) => p);
}
