/**
 * Which blocks of a long document (a 500-page PDF: thousands of blocks) are in the DOM. Below
 * `LONG_DOCUMENT_BLOCKS` every block is (short articles keep the whole text for the browser's own
 * find and for selections of any length); above it, a window of blocks around what is in view,
 * and spacers of estimated height for the rest, so opening and scrolling cost the window only.
 * Pure: the reader (`useBlockWindow`) measures, this decides.
 */

export const LONG_DOCUMENT_BLOCKS = 600;
/** Blocks kept before and after the one at the top of the view. */
export const BEFORE = 60;
export const AFTER = 140;
/** The window moves once the view comes within this many blocks of its edge. */
const MARGIN = 30;

export interface BlockWindow {
  /** First and last block index in the DOM, inclusive. */
  first: number;
  last: number;
}

export function isLong(blockCount: number): boolean {
  return blockCount > LONG_DOCUMENT_BLOCKS;
}

/** The window with `index` near its top, kept inside [0, count). */
export function windowAround(index: number, count: number): BlockWindow {
  if (!isLong(count)) return { first: 0, last: Math.max(0, count - 1) };
  const first = Math.max(0, Math.min(index - BEFORE, count - 1 - BEFORE - AFTER));
  return { first, last: Math.min(count - 1, first + BEFORE + AFTER) };
}

/** Whether the view's top block is far enough inside the window that it need not move. */
export function keeps(window: BlockWindow, topIndex: number, count: number): boolean {
  const nearStart = topIndex < window.first + MARGIN && window.first > 0;
  const nearEnd = topIndex > window.last - MARGIN && window.last < count - 1;
  return !nearStart && !nearEnd && topIndex >= window.first && topIndex <= window.last;
}

/**
 * Estimated heights in pixels, for the spacers that stand for blocks not drawn: lines of
 * `charsPerLine` at `linePx`, plus the space between blocks. Cumulative: `tops[i]` is where block
 * i would start, `tops[count]` the whole height.
 */
export function estimatedTops(lengths: readonly number[], charsPerLine: number, linePx: number, gapPx: number): number[] {
  const tops = [0];
  for (const length of lengths) tops.push(tops.at(-1)! + Math.max(1, Math.ceil(length / charsPerLine)) * linePx + gapPx);
  return tops;
}

/** The block at `px` from the text's top, by the estimates (the last one past the end). */
export function blockAtPx(tops: readonly number[], px: number): number {
  let lo = 0;
  let hi = tops.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tops[mid]! <= px) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** The block holding plain-text offset `offset`, from each block's start (layoutOf's `starts`). */
export function blockAtOffset(starts: readonly number[], offset: number): number {
  return Math.max(0, blockAtPx(starts.concat(Infinity), offset));
}
