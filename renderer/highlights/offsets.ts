/**
 * Between the DOM and the article's plain text (its blocks' texts joined by a blank line, the
 * coordinates every highlight uses). Each rendered block element carries `data-block={index}`
 * and holds exactly that block's text, so a point's offset is its block's start plus the length
 * of the text before it inside the block. The title, metadata and controls (such as the
 * "Split here" buttons) sit outside the block elements and never count.
 */
import type { ArticleDetail } from '../../main/contract';

type Block = ArticleDetail['blocks'][number];

export const BLOCK_SEPARATOR = '\n\n';

export interface TextLayout {
  text: string;
  /** Where each block starts in `text`. */
  starts: number[];
  lengths: number[];
}

export function layoutOf(blocks: readonly Block[]): TextLayout {
  const starts: number[] = [];
  const lengths: number[] = [];
  let at = 0;
  for (const block of blocks) {
    starts.push(at);
    lengths.push(block.text.length);
    at += block.text.length + BLOCK_SEPARATOR.length;
  }
  return { text: blocks.map((b) => b.text).join(BLOCK_SEPARATOR), starts, lengths };
}

export interface TextRange {
  start: number;
  end: number;
}

function blockElements(body: HTMLElement): HTMLElement[] {
  return [...body.querySelectorAll<HTMLElement>('[data-block]')];
}

const indexOf = (el: HTMLElement) => Number(el.dataset.block);

/** The plain-text offset of a DOM boundary point; points between or around blocks snap to the next block. */
export function pointToOffset(body: HTMLElement, layout: TextLayout, node: Node, offset: number): number {
  const el = node instanceof Element ? node : node.parentElement;
  const block = el?.closest<HTMLElement>('[data-block]');
  if (block && body.contains(block)) {
    const index = indexOf(block);
    const before = document.createRange();
    before.selectNodeContents(block);
    before.setEnd(node, offset);
    return (layout.starts[index] ?? 0) + Math.min(before.toString().length, layout.lengths[index] ?? 0);
  }
  const point = document.createRange();
  point.setStart(node, offset);
  const blocks = blockElements(body);
  for (const candidate of blocks) {
    // 1: the block begins after the point, so the point is just before it.
    if (point.comparePoint(candidate, 0) >= 0) return layout.starts[indexOf(candidate)] ?? 0;
  }
  const last = blocks[blocks.length - 1];
  if (!last) return 0;
  const index = indexOf(last);
  return (layout.starts[index] ?? 0) + (layout.lengths[index] ?? 0);
}

/** Narrows a range so it neither starts nor ends on whitespace (a double-click takes the space after a word). */
export function trimRange(text: string, range: TextRange): TextRange | null {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/** The current selection as plain-text offsets, if it touches the article body. */
export function selectionRange(body: HTMLElement, layout: TextLayout): TextRange | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(body)) return null;
  const start = pointToOffset(body, layout, range.startContainer, range.startOffset);
  const end = pointToOffset(body, layout, range.endContainer, range.endOffset);
  return trimRange(layout.text, { start: Math.min(start, end), end: Math.max(start, end) });
}

/** The DOM point holding a plain-text offset (inside the first rendered block at or after it). */
export function offsetToPoint(body: HTMLElement, layout: TextLayout, offset: number): { node: Node; offset: number } | null {
  const blocks = blockElements(body);
  const block = blocks.find((el) => {
    const i = indexOf(el);
    return offset <= (layout.starts[i] ?? 0) + (layout.lengths[i] ?? 0);
  });
  if (!block) return null;
  const local = Math.max(0, offset - (layout.starts[indexOf(block)] ?? 0));
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let seen = 0;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (seen + node.length >= local) return { node, offset: local - seen };
    seen += node.length;
    last = node;
  }
  return last ? { node: last, offset: last.length } : { node: block, offset: 0 };
}

/** A DOM range over plain-text offsets (for re-selecting, measuring, and the caret). */
export function domRange(body: HTMLElement, layout: TextLayout, range: TextRange): Range | null {
  const from = offsetToPoint(body, layout, range.start);
  const to = offsetToPoint(body, layout, range.end);
  if (!from || !to) return null;
  const dom = document.createRange();
  dom.setStart(from.node, from.offset);
  dom.setEnd(to.node, to.offset);
  return dom;
}
