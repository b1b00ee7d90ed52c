/**
 * The handle between a sidebar and the article: a focusable separator (WAI-ARIA window splitter)
 * whose value is the sidebar's width in pixels. Drag it with the pointer, or focus it and use
 * the arrow keys (Shift for bigger steps), Home and End.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { WIDTHS, type Side } from './layout-state';

interface Props {
  side: Side;
  label: string;
  width: number;
  controls: string;
  onWidth(width: number): void;
}

const STEP = 16;
const BIG_STEP = 64;

export function Splitter({ side, label, width, controls, onWidth }: Props) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const { min, max } = WIDTHS[side];
  // The left sidebar grows to the right; the right one grows to the left.
  const grow = side === 'left' ? 1 : -1;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.shiftKey ? BIG_STEP : STEP;
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = width + grow * step;
    else if (event.key === 'ArrowLeft') next = width - grow * step;
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    if (next === null) return;
    event.preventDefault();
    event.stopPropagation();
    onWidth(next);
  }

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width };
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const from = drag.current;
    if (from) onWidth(from.width + grow * (event.clientX - from.x));
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
  }

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className={`splitter splitter-${side}`}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    />
  );
}
