/** The tag browser's tree counts what lies below each row with the contract's hierarchy rule. */
import { describe, expect, it } from 'vitest';
import { tagTree } from '../../renderer/tags/tagTree';

const count = (name: string) => ({ name, documents: 1, highlights: 0, notes: 0, count: 1 });

describe('tagTree', () => {
  it('nests by `/`, case-insensitively, shows parents that are not tags, and counts descendants', () => {
    const rows = tagTree([count('Region/Pakistan'), count('region/afghanistan/kabul'), count('regional')]);
    expect(rows.map((r) => [r.name, r.depth, r.tag !== null, r.descendants])).toEqual([
      ['region', 0, false, 2],
      ['region/afghanistan', 1, false, 1],
      ['region/afghanistan/kabul', 2, true, 0],
      ['Region/Pakistan', 1, true, 0],
      ['regional', 0, true, 0],
    ]);
  });
});
