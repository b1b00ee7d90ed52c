/**
 * The tag list as a tree: `/` makes a hierarchy, so `region/pakistan` sits under `region`.
 * Parents that are not tags themselves are still shown (filtering by one includes its children).
 */
import type { TagCount } from '../../main/contract';
import { isTagBelow } from '../../main/contract/tags';

export interface TagRow {
  name: string;
  /** The last level of the name, shown indented under its parent. */
  label: string;
  depth: number;
  /** null for a parent that exists only as a prefix of other tags. */
  tag: TagCount | null;
  /** Tags below this one (any depth). */
  descendants: number;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function compareNames(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const c = collator.compare(x[i]!, y[i]!);
    if (c !== 0) return c;
  }
  return x.length - y.length;
}

export function tagTree(tags: readonly TagCount[]): TagRow[] {
  const byKey = new Map(tags.map((t) => [t.name.toLowerCase(), t]));
  const rows: TagRow[] = [];
  const seen = new Set<string>();
  for (const t of [...tags].sort((a, b) => compareNames(a.name, b.name))) {
    const parts = t.name.split('/');
    for (let depth = 0; depth < parts.length; depth++) {
      const name = parts.slice(0, depth + 1).join('/');
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      rows.push({ name, label: parts[depth]!, depth, tag: byKey.get(key) ?? null, descendants: tags.filter((o) => isTagBelow(o.name, name)).length });
    }
  }
  return rows;
}
