/** Removed passages among blocks: restoring one shifts the others; undoing puts everything back as it was. */
import { describe, expect, it } from 'vitest';
import type { Block, RemovedPassage } from '../../main/library/article';
import { readPassages, removeRestored, restorePassage } from '../../main/library/sources/passages';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const BLOCKS = [p('One.'), p('Two.'), p('Three.')];
const REMOVED: RemovedPassage[] = [
  { before: 0, text: 'Menu', why: 'navigation' },
  { before: 1, text: 'Share', why: 'widget' },
  { before: 1, text: 'Advertisement', why: 'banner' },
  { before: 3, text: 'More stories', why: 'teaser' },
];

describe('removed passages', () => {
  it('restores a passage at its place; those after it (even at the same place) move down one block', () => {
    const r = restorePassage(BLOCKS, REMOVED, 1);
    expect(r.blocks.map((b) => b.text)).toEqual(['One.', 'Share', 'Two.', 'Three.']);
    expect(r.blockIndex).toBe(1);
    expect(r.removed).toEqual([
      { before: 0, text: 'Menu', why: 'navigation' },
      { before: 2, text: 'Advertisement', why: 'banner' },
      { before: 4, text: 'More stories', why: 'teaser' },
    ]);
  });

  it('undoes a restore exactly, for every passage', () => {
    for (const index of REMOVED.keys()) {
      const r = restorePassage(BLOCKS, REMOVED, index);
      expect(removeRestored(r.blocks, r.removed, r.blockIndex, r.passage)).toEqual({ blocks: BLOCKS, removed: REMOVED });
    }
  });

  it('refuses a passage that is not listed, or an undo whose block changed', () => {
    expect(() => restorePassage(BLOCKS, REMOVED, 9)).toThrow(/no longer listed/);
    expect(() => removeRestored(BLOCKS, REMOVED, 1, { text: 'Share', why: 'widget' })).toThrow(/no longer at that place/);
  });

  it('reads a stored list in reading order, within the blocks, and anything malformed as nothing', () => {
    expect(readPassages(JSON.stringify([REMOVED[3], REMOVED[0]]), 2)).toEqual([REMOVED[0], { ...REMOVED[3], before: 2 }]);
    expect(readPassages('{"not":"a list"}', 3)).toEqual([]);
    expect(readPassages('not json', 3)).toEqual([]);
    expect(readPassages('[{"before":0,"text":"x","why":"gossip"}]', 3)).toEqual([]);
  });
});
