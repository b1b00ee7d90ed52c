/**
 * The reader's window of blocks for a long document (block-window.ts decides; this measures):
 * it follows the scroll, and `ensure(block)` moves it so a block about to be shown (a highlight
 * chosen in the panel, a search hit, a place to return to) is in the DOM. Short articles get no
 * window: every block is drawn, as before.
 */
import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import type { ArticleDetail } from '../../main/contract';
import { blockAtPx, estimatedTops, isLong, keeps, windowAround, type BlockWindow } from './block-window';

type Block = ArticleDetail['blocks'][number];

/** A guess at a line and a paragraph's spacing at the default reader size; only the spacers and scrollbar use it. */
const CHARS_PER_LINE = 80;
const LINE_PX = 29;
const GAP_PX = 18;

export function useBlockWindow(blocks: readonly Block[], viewport: RefObject<HTMLElement | null>, body: RefObject<HTMLElement | null>) {
  const count = blocks.length;
  const long = isLong(count);
  const tops = useMemo(() => (long ? estimatedTops(blocks.map((b) => b.text.length), CHARS_PER_LINE, LINE_PX, GAP_PX) : []), [blocks, long]);
  const [state, setState] = useState<{ of: readonly Block[] } & BlockWindow>(() => ({ of: blocks, ...windowAround(0, count) }));
  let current = state;
  if (state.of !== blocks) {
    current = { of: blocks, ...windowAround(0, count) };
    setState(current);
  }

  useEffect(() => {
    const scroller = viewport.current;
    if (!long || !scroller) return;
    /** The block at the top of the view: measured among the drawn ones, estimated inside a spacer. */
    const topBlock = (): number | null => {
      const root = body.current;
      if (!root) return null;
      const viewTop = scroller.getBoundingClientRect().top;
      const before = root.querySelector('[data-spacer="before"]')?.getBoundingClientRect();
      const after = root.querySelector('[data-spacer="after"]')?.getBoundingClientRect();
      const drawn = [...root.querySelectorAll<HTMLElement>('[data-block]')];
      if (before && viewTop < before.bottom) return blockAtPx(tops, Math.max(0, viewTop - before.top));
      if (after && viewTop >= after.top) {
        const next = Number(drawn.at(-1)?.dataset.block ?? -1) + 1;
        return blockAtPx(tops, tops[next]! + (viewTop - after.top));
      }
      const top = drawn.find((el) => el.getBoundingClientRect().bottom > viewTop);
      return top ? Number(top.dataset.block) : null;
    };
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const top = topBlock();
        if (top === null) return;
        setState((w) => (w.of !== blocks || keeps(w, top, count) ? w : { of: blocks, ...windowAround(top, count) }));
      });
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      cancelAnimationFrame(frame);
    };
  }, [long, blocks, count, tops, viewport, body]);

  const { first, last } = current;
  /** True when the block is drawn; otherwise moves the window to it (drawn at the next render) and answers false. */
  const ensure = useCallback(
    (index: number): boolean => {
      if (!long || (index >= first && index <= last)) return true;
      setState({ of: blocks, ...windowAround(index, count) });
      return false;
    },
    [long, first, last, blocks, count],
  );
  const window = useMemo(() => (long ? { first, last, tops } : undefined), [long, first, last, tops]);
  return { window, ensure };
}
