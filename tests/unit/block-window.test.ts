/** The reader's window of blocks for long documents (renderer/views/block-window.ts). */
import { describe, expect, it } from 'vitest';
import { AFTER, BEFORE, blockAtOffset, blockAtPx, estimatedTops, keeps, windowAround } from '../../renderer/views/block-window';

describe('block window', () => {
  it('draws every block of a short article, and a window of a long one kept inside the document', () => {
    expect(windowAround(0, 300)).toEqual({ first: 0, last: 299 });
    expect(windowAround(0, 3000)).toEqual({ first: 0, last: BEFORE + AFTER });
    expect(windowAround(1000, 3000)).toEqual({ first: 1000 - BEFORE, last: 1000 + AFTER });
    expect(windowAround(2999, 3000)).toEqual({ first: 2999 - BEFORE - AFTER, last: 2999 });
  });

  it('moves only when the view nears an edge that is not the document’s', () => {
    const w = windowAround(1000, 3000);
    expect(keeps(w, 1000, 3000)).toBe(true);
    expect(keeps(w, w.first + 5, 3000)).toBe(false);
    expect(keeps(w, w.last - 5, 3000)).toBe(false);
    expect(keeps(w, 5000, 3000)).toBe(false);
    expect(keeps(windowAround(0, 3000), 0, 3000)).toBe(true);
    expect(keeps(windowAround(2999, 3000), 2999, 3000)).toBe(true);
  });

  it('finds the block at a height by the estimates, and the block holding a text offset', () => {
    const tops = estimatedTops([150, 10, 75], 75, 20, 10);
    expect(tops).toEqual([0, 50, 80, 110]);
    expect(blockAtPx(tops, 0)).toBe(0);
    expect(blockAtPx(tops, 49)).toBe(0);
    expect(blockAtPx(tops, 50)).toBe(1);
    expect(blockAtPx(tops, 500)).toBe(2);
    // Blocks of 5, 3 and 4 characters, two-character separators: starts 0, 7, 12.
    expect(blockAtOffset([0, 7, 12], 0)).toBe(0);
    expect(blockAtOffset([0, 7, 12], 6)).toBe(0);
    expect(blockAtOffset([0, 7, 12], 7)).toBe(1);
    expect(blockAtOffset([0, 7, 12], 15)).toBe(2);
  });
});
