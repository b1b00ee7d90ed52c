/**
 * Dragging a highlight into a note (issue 11): the drag carries only the highlight's id, under a
 * MIME type of our own, never HTML; the note editor's drop handler asks the library for the
 * highlight (`notes.resolve`) and inserts the same `highlightRef` node as Q and Quote in note.
 * A drop from anywhere else (another app, a forged drag) can name at most an id, which the
 * library then has to know. Pure: no DOM beyond the DataTransfer-like shape.
 */

export const HIGHLIGHT_DRAG_TYPE = 'application/x-commonplace-highlight';

/** What a drag carries for a highlight: its id in decimal. */
export function highlightDragData(highlightId: number): string {
  return String(highlightId);
}

/** The highlight id a drop carries, or null for anything else (empty, signs, decimals, spaces, huge). */
export function parseHighlightDrag(data: string | null | undefined): number | null {
  if (typeof data !== 'string' || !/^[1-9][0-9]{0,15}$/.test(data)) return null;
  const id = Number(data);
  return Number.isSafeInteger(id) ? id : null;
}

/** Whether a drag carries a highlight (its types are all a page may read before the drop). */
export function carriesHighlight(types: readonly string[] | null | undefined): boolean {
  return types?.includes(HIGHLIGHT_DRAG_TYPE) ?? false;
}
