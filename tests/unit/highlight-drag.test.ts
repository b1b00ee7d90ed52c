/** The drag payload of a highlight dropped on a note: an id under our own MIME type, nothing else accepted. */
import { describe, expect, it } from 'vitest';
import { carriesHighlight, HIGHLIGHT_DRAG_TYPE, highlightDragData, parseHighlightDrag } from '../../renderer/editor/highlight-drag';

describe('highlight drag payload', () => {
  it('round-trips an id', () => {
    expect(parseHighlightDrag(highlightDragData(1))).toBe(1);
    expect(parseHighlightDrag(highlightDragData(123456))).toBe(123456);
    expect(parseHighlightDrag(highlightDragData(Number.MAX_SAFE_INTEGER))).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses anything that is not a plain positive decimal id', () => {
    for (const bad of [null, undefined, '', ' 1', '1 ', '0', '-1', '+1', '01', '1.5', '1e3', '0x10', 'abc', '<b>1</b>', '{"id":1}', '99999999999999999', '9007199254740993']) {
      expect(parseHighlightDrag(bad), String(bad)).toBeNull();
    }
  });

  it('knows a highlight drag by its type alone', () => {
    expect(HIGHLIGHT_DRAG_TYPE).toBe('application/x-commonplace-highlight');
    expect(carriesHighlight(['text/plain', HIGHLIGHT_DRAG_TYPE])).toBe(true);
    expect(carriesHighlight(['text/plain', 'text/html'])).toBe(false);
    expect(carriesHighlight(null)).toBe(false);
  });
});
