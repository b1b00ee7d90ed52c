/**
 * Places a popover or a list against what it is about (a caret, a selection, a highlight), with
 * floating-ui: below it when there is room, above it when there is not (flip), and slid back
 * inside the visible area sideways (shift). Keeping a box on screen near every edge, in every
 * scrolling pane, is a solved problem; a maintained library solves it better than hand-made
 * arithmetic did. While open, the popover follows scrolling and resizing (autoUpdate).
 */
import { autoUpdate, computePosition, flip, offset, shift, type ReferenceElement, type Strategy } from '@floating-ui/dom';
import { useLayoutEffect, type RefObject } from 'react';

/** What a popover points at: an element, or a live rectangle in the window's coordinates. */
export type Anchor = ReferenceElement;

/** An anchor from a function measuring it afresh each time (the words may have scrolled). */
export function anchorOf(rect: () => DOMRect, context?: Element | null): Anchor {
  return { getBoundingClientRect: rect, contextElement: context ?? undefined };
}

interface Options {
  /** 'fixed' for a popover in the window's coordinates, 'absolute' for one inside a positioned parent. */
  strategy: Strategy;
  /** Pixels between the anchor and the popover. */
  gap: number;
}

/**
 * Keeps `floating` placed against `anchor` while both exist; writes `left`/`top` on the element
 * itself (no React state, so scrolling re-renders nothing). A new anchor places it afresh.
 */
export function useFloating(floating: RefObject<HTMLElement | null>, anchor: Anchor | null, { strategy, gap }: Options) {
  useLayoutEffect(() => {
    const el = floating.current;
    if (!el || !anchor) return;
    const place = () => {
      void computePosition(anchor, el, {
        strategy,
        placement: 'bottom-start',
        middleware: [offset(gap), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y, placement }) => {
        el.style.left = `${x}px`;
        el.style.top = `${y}px`;
        el.dataset.placement = placement;
      });
    };
    // Cleaned up when the popover closes or its anchor changes.
    return autoUpdate(anchor, el, place);
  }, [floating, anchor, strategy, gap]);
}
