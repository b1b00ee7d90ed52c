/**
 * Dragging marked text out of the article: when the dragged selection starts in a highlight's
 * <mark>, the drag also carries that highlight's id (highlight-drag.ts), so dropping it on the
 * note beside the article quotes the highlight rather than pasting its words. Anywhere else the
 * browser's own text drag is left alone.
 */
import { useCallback, type DragEvent } from 'react';
import { HIGHLIGHT_DRAG_TYPE, highlightDragData, parseHighlightDrag } from '../editor/highlight-drag';

export function useArticleDrag(): (event: DragEvent<HTMLElement>) => void {
  return useCallback((event: DragEvent<HTMLElement>) => {
    const from = event.target instanceof Element ? event.target : event.target instanceof Node ? event.target.parentElement : null;
    const selection = document.getSelection();
    const anchor = selection?.anchorNode;
    const start = anchor instanceof Element ? anchor : (anchor?.parentElement ?? from);
    const mark = start?.closest('mark[data-hl]') ?? from?.closest('mark[data-hl]');
    const id = parseHighlightDrag(mark?.getAttribute('data-hl'));
    if (id === null || !event.dataTransfer) return;
    event.dataTransfer.setData(HIGHLIGHT_DRAG_TYPE, highlightDragData(id));
    event.dataTransfer.effectAllowed = 'copy';
  }, []);
}
