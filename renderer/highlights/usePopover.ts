/**
 * What the highlight popover is for: a fresh selection (offsets in the plain text) or an
 * existing highlight (its id), and what it points at, measured live; floating-ui places it below
 * the words, or above them near the bottom of the pane, inside the article so it scrolls with
 * them. Also which editor (comment, tags) it shows. `element` is the popover itself.
 */
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { anchorOf, useFloating, type Anchor } from '../components/floating';
import type { TextRange } from './offsets';
import type { Editor } from './SelectionToolbar';

export type PopoverState = { kind: 'selection'; range: TextRange; anchor: Anchor } | { kind: 'highlight'; id: number; anchor: Anchor };

const GAP = 8;

function marksOf(body: HTMLElement, id: number): HTMLElement[] {
  return [...body.querySelectorAll<HTMLElement>(`mark[data-hl="${id}"]`)];
}

/** All of a highlight's marks as one box, starting where its first line starts. */
function marksRect(marks: HTMLElement[]): DOMRect | null {
  const rects = marks.map((m) => m.getBoundingClientRect());
  const first = rects[0];
  if (!first) return null;
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.right));
  return new DOMRect(first.left, top, Math.max(0, right - first.left), Math.max(...rects.map((r) => r.bottom)) - top);
}

export function usePopover(body: RefObject<HTMLElement | null>, container: RefObject<HTMLElement | null>, element: RefObject<HTMLElement | null>) {
  const [popover, setPopover] = useState<PopoverState | null>(null);
  const [editor, setEditor] = useState<Editor>(null);
  // Opening the popover already open on a highlight keeps its editor (a focus event repeats it).
  const latest = useRef(popover);
  useLayoutEffect(() => {
    latest.current = popover;
  });
  useFloating(element, popover?.anchor ?? null, { strategy: 'absolute', gap: GAP });

  /** The current selection, as it is now (a copy: the selection itself moves on). */
  const selectionAnchor = useCallback((): Anchor => {
    const selection = document.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    // Its last real box is kept: a range whose text is redrawn (a new highlight) measures as nothing.
    let last = range?.getBoundingClientRect() ?? new DOMRect();
    return anchorOf(() => {
      const now = range?.getBoundingClientRect();
      if (now && (now.width > 0 || now.height > 0)) last = now;
      return last;
    }, container.current);
  }, [container]);

  const openSelection = useCallback(
    (range: TextRange) => {
      setEditor(null);
      setPopover({ kind: 'selection', range, anchor: selectionAnchor() });
    },
    [selectionAnchor],
  );

  const openHighlight = useCallback(
    /** `from`: where a highlight just made from a selection is, until its marks are drawn. */
    (id: number, from?: Anchor) => {
      const el = body.current;
      if (!el || (!from && marksOf(el, id).length === 0)) return;
      const current = latest.current;
      if (current?.kind === 'highlight' && current.id === id) return;
      let last = DOMRect.fromRect(from?.getBoundingClientRect());
      const anchor = anchorOf(() => (last = marksRect(marksOf(el, id)) ?? last), container.current);
      setEditor(null);
      setPopover({ kind: 'highlight', id, anchor });
    },
    [body, container],
  );

  const close = useCallback(() => {
    setPopover(null);
    setEditor(null);
  }, []);

  return { popover, editor, setEditor, selectionAnchor, openSelection, openHighlight, close };
}
