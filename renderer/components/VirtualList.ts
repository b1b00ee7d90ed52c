/**
 * Windowing for long fixed-height lists: only the rows in view (plus a margin) exist in the
 * DOM, so 10,000 articles scroll as smoothly as 10. Rows are laid out by the caller at
 * `index * rowHeight` inside a body of `count * rowHeight`; a sticky header of `headerHeight`
 * may sit above the body in the same scroll container.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

export interface VirtualWindow {
  /** First and last index to render (inclusive); last < first when there is nothing. */
  first: number;
  last: number;
  /** Rows that fit in the view: the step for PageUp/PageDown. */
  pageSize: number;
}

interface Viewport {
  top: number;
  height: number;
}

export function useVirtualWindow(ref: RefObject<HTMLElement | null>, count: number, rowHeight: number, headerHeight: number, overscan = 10): VirtualWindow {
  // Until the first measurement, assume a tall window rather than render nothing.
  const [viewport, setViewport] = useState<Viewport>({ top: 0, height: 1200 });

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      setViewport((v) => (v.top === el.scrollTop && v.height === el.clientHeight ? v : { top: el.scrollTop, height: el.clientHeight }));
    };
    // One update per frame however fast the wheel or the scrollbar delivers events.
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    el.addEventListener('scroll', schedule, { passive: true });
    // A ResizeObserver reports once on observe, which gives the first real measurement.
    const resize = new ResizeObserver(measure);
    resize.observe(el);
    return () => {
      el.removeEventListener('scroll', schedule);
      resize.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [ref]);

  const visibleHeight = Math.max(0, viewport.height - headerHeight);
  const first = Math.max(0, Math.floor(viewport.top / rowHeight) - overscan);
  const last = Math.min(count - 1, Math.ceil((viewport.top + visibleHeight) / rowHeight) + overscan);
  return { first, last, pageSize: Math.max(1, Math.floor(visibleHeight / rowHeight) - 1) };
}

/** Scrolls the least distance that shows row `index` whole, below the sticky header. */
export function scrollRowIntoView(el: HTMLElement, index: number, rowHeight: number, headerHeight: number): void {
  const top = index * rowHeight;
  const bottom = headerHeight + (index + 1) * rowHeight;
  if (top < el.scrollTop) el.scrollTop = top;
  else if (bottom > el.scrollTop + el.clientHeight) el.scrollTop = bottom - el.clientHeight;
}
