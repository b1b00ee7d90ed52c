/**
 * Caret browsing in the article body, so text can be selected without a mouse: the body is
 * focusable, arrow keys move a caret through the text and Shift+arrows extend the selection
 * (Ctrl/Alt for words, Home/End for the line). Chromium's Selection.modify does the text
 * stepping (it knows lines and words as laid out); we decide when it applies.
 */
import type { KeyboardEvent } from 'react';

export interface CaretMove {
  alter: 'move' | 'extend';
  direction: 'forward' | 'backward';
  granularity: 'character' | 'word' | 'line' | 'lineboundary';
}

export function caretMove(event: KeyboardEvent): CaretMove | null {
  const alter = event.shiftKey ? 'extend' : 'move';
  const byWord = event.ctrlKey || event.altKey;
  // Cmd+Left/Right is "to the line's end" on a Mac.
  const toLineEdge = event.metaKey;
  switch (event.key) {
    case 'ArrowRight':
      return { alter, direction: 'forward', granularity: toLineEdge ? 'lineboundary' : byWord ? 'word' : 'character' };
    case 'ArrowLeft':
      return { alter, direction: 'backward', granularity: toLineEdge ? 'lineboundary' : byWord ? 'word' : 'character' };
    case 'ArrowDown':
      return event.metaKey || event.ctrlKey ? null : { alter, direction: 'forward', granularity: 'line' };
    case 'ArrowUp':
      return event.metaKey || event.ctrlKey ? null : { alter, direction: 'backward', granularity: 'line' };
    case 'End':
      return event.ctrlKey || event.metaKey ? null : { alter, direction: 'forward', granularity: 'lineboundary' };
    case 'Home':
      return event.ctrlKey || event.metaKey ? null : { alter, direction: 'backward', granularity: 'lineboundary' };
    default:
      return null;
  }
}

/** Whether the selection (caret or range) lies in the body. */
export function selectionInside(body: HTMLElement): boolean {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return false;
  return body.contains(selection.anchorNode) && body.contains(selection.focusNode);
}

/** A caret at the start of the first block in view, for a keyboard user who has not placed one yet. */
export function placeCaretInView(body: HTMLElement, viewport: HTMLElement | null): void {
  const top = viewport?.getBoundingClientRect().top ?? 0;
  const blocks = [...body.querySelectorAll<HTMLElement>('[data-block]')];
  const target = blocks.find((el) => el.getBoundingClientRect().bottom > top + 4) ?? blocks[0];
  if (!target) return;
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT);
  const text = walker.nextNode();
  document.getSelection()?.collapse(text ?? target, 0);
}

/**
 * Applies a caret move; returns false when there was nothing to move (the key keeps its default).
 * `resume` is where the caret was when focus last left the body (an editor, the panel), if known.
 */
export function applyCaretMove(body: HTMLElement, viewport: HTMLElement | null, move: CaretMove, resume: { node: Node; offset: number } | null): boolean {
  const selection = document.getSelection();
  if (!selection) return false;
  if (!selectionInside(body)) {
    if (resume) selection.collapse(resume.node, resume.offset);
    // Plain arrows scroll until the user places a caret; Shift+arrows start one.
    else if (move.alter === 'move') return false;
    else placeCaretInView(body, viewport);
  }
  selection.modify(move.alter, move.direction, move.granularity);
  revealFocus(viewport);
  return true;
}

/** The moving end of the selection as a rectangle (collapsed ranges have one inside text). */
export function focusRect(): DOMRect | null {
  const selection = document.getSelection();
  if (!selection?.focusNode) return null;
  const range = document.createRange();
  range.setStart(selection.focusNode, selection.focusOffset);
  const rect = range.getClientRects()[0] ?? (selection.focusNode instanceof Element ? selection.focusNode.getBoundingClientRect() : selection.focusNode.parentElement?.getBoundingClientRect());
  return rect ?? null;
}

/** Scrolls the least distance that keeps the moving end of the selection in view. */
function revealFocus(viewport: HTMLElement | null): void {
  const rect = focusRect();
  if (!viewport || !rect) return;
  const view = viewport.getBoundingClientRect();
  const margin = 48;
  if (rect.bottom > view.bottom - margin) viewport.scrollTop += rect.bottom - view.bottom + margin;
  else if (rect.top < view.top + margin) viewport.scrollTop -= view.top + margin - rect.top;
}
