/**
 * Which highlights cover which part of each block, in block-local offsets: the reader cuts a
 * block's text at these boundaries and wraps the pieces in <mark>s, so the text itself is never
 * changed. A highlight spanning paragraphs becomes one span per block it touches.
 */
import type { Highlight, HighlightColor } from '../../main/contract';
import type { TextLayout } from './offsets';

export interface HighlightSpan {
  id: number;
  /** Block-local, end exclusive. */
  start: number;
  end: number;
  color: HighlightColor;
  /** Tooltip and accessible description: the colour's meaning, and the comment if any. */
  title: string;
  fuzzy: boolean;
  /** The highlight begins in this block (its first <mark> takes the focus target). */
  first: boolean;
  /** Where the highlight starts in the article: outer marks are the earlier, longer ones. */
  order: number;
  length: number;
}

/** Highlights the reader can draw: placed (exactly or approximately) and inside the text. */
export function isPlaced(h: Highlight, textLength: number): h is Highlight & { start: number; end: number } {
  return (h.status === 'ok' || h.status === 'fuzzy') && h.start !== null && h.end !== null && h.start < h.end && h.end <= textLength;
}

/** The first block whose text ends after `offset`. */
function firstBlockAfter(layout: TextLayout, offset: number): number {
  let lo = 0;
  let hi = layout.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (layout.starts[mid]! + layout.lengths[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function spansByBlock(layout: TextLayout, highlights: readonly Highlight[], describe: (h: Highlight) => string): Map<number, HighlightSpan[]> {
  const out = new Map<number, HighlightSpan[]>();
  for (const h of highlights) {
    if (!isPlaced(h, layout.text.length)) continue;
    const title = describe(h);
    let first = true;
    for (let i = firstBlockAfter(layout, h.start); i < layout.starts.length && layout.starts[i]! < h.end; i++) {
      const blockStart = layout.starts[i]!;
      const start = Math.max(h.start, blockStart) - blockStart;
      const end = Math.min(h.end, blockStart + layout.lengths[i]!) - blockStart;
      if (start >= end) continue;
      const list = out.get(i) ?? [];
      list.push({ id: h.id, start, end, color: h.color, title, fuzzy: h.status === 'fuzzy', first, order: h.start, length: h.end - h.start });
      out.set(i, list);
      first = false;
    }
  }
  return out;
}

/** Outermost first: earlier start, then longer, then older. */
export function nestingOrder(a: HighlightSpan, b: HighlightSpan): number {
  return a.order - b.order || b.length - a.length || a.id - b.id;
}

/** Same spans, drawn the same way: a block whose highlights did not change is not redrawn. */
export function sameSpans(a: readonly HighlightSpan[] | undefined, b: readonly HighlightSpan[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    return x.id === y.id && x.start === y.start && x.end === y.end && x.color === y.color && x.title === y.title && x.fuzzy === y.fuzzy && x.first === y.first && x.order === y.order && x.length === y.length;
  });
}
