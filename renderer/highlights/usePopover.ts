/**
 * Where the highlight popover is and what it is for: a fresh selection (offsets in the plain
 * text) or an existing highlight (its id), placed just below the words, in the article's own
 * coordinates so it scrolls with them. Also which editor (comment, tags) it shows. `element`
 * is the popover itself, kept in view when it opens.
 */
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { TextRange } from './offsets';
import type { Editor } from './SelectionToolbar';

export interface Position {
  top: number;
  left: number;
}

export type PopoverState = { kind: 'selection'; range: TextRange; position: Position } | { kind: 'highlight'; id: number; position: Position };

/** Roughly the popover's width, to keep it inside the article on the right. */
const WIDTH = 420;
const GAP = 8;

function marksOf(body: HTMLElement, id: number): HTMLElement[] {
  return [...body.querySelectorAll<HTMLElement>(`mark[data-hl="${id}"]`)];
}

export function usePopover(body: RefObject<HTMLElement | null>, container: RefObject<HTMLElement | null>, element: RefObject<HTMLElement | null>) {
  const [popover, setPopover] = useState<PopoverState | null>(null);
  const [editor, setEditor] = useState<Editor>(null);
  // Opening the popover already open on a highlight keeps its editor (a focus event repeats it).
  const latest = useRef(popover);
  useLayoutEffect(() => {
    latest.current = popover;
  });

  const place = useCallback(
    (rect: { left: number; bottom: number }): Position => {
      const origin = container.current?.getBoundingClientRect();
      if (!origin) return { top: 0, left: 0 };
      const left = Math.max(0, Math.min(rect.left - origin.left, origin.width - WIDTH));
      return { top: rect.bottom - origin.top + GAP, left };
    },
    [container],
  );

  /** Just below the current selection. */
  const selectionPosition = useCallback((): Position => {
    const selection = document.getSelection();
    const rect = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).getBoundingClientRect() : null;
    return place(rect ?? { left: 0, bottom: 0 });
  }, [place]);

  const openSelection = useCallback(
    (range: TextRange) => {
      setEditor(null);
      setPopover({ kind: 'selection', range, position: selectionPosition() });
    },
    [selectionPosition],
  );

  const openHighlight = useCallback(
    (id: number, keepPosition?: Position) => {
      const marks = body.current ? marksOf(body.current, id) : [];
      const first = marks[0];
      const position = keepPosition ?? (first ? place({ left: first.getBoundingClientRect().left, bottom: Math.max(...marks.map((m) => m.getBoundingClientRect().bottom)) }) : null);
      if (!position) return;
      const current = latest.current;
      if (current?.kind === 'highlight' && current.id === id) return;
      setEditor(null);
      setPopover({ kind: 'highlight', id, position });
    },
    [body, place],
  );

  const close = useCallback(() => {
    setPopover(null);
    setEditor(null);
  }, []);

  // Keep the popover in view when it opens below the last visible line.
  useLayoutEffect(() => {
    element.current?.scrollIntoView({ block: 'nearest' });
  }, [popover?.position.top, editor, element]);

  return { popover, editor, setEditor, selectionPosition, openSelection, openHighlight, close };
}
