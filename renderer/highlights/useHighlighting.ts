/**
 * Highlighting in the reader, by mouse and by keyboard: a selection in the article body (by
 * dragging, or by Shift+arrows with the body focused) opens the popover; 1–5 pick a colour, C
 * comments, T tags, Escape closes; clicking or focusing a highlight opens it. H and N (the app's
 * commands `highlight` and `highlight-comment`, run through ArticleView) highlight in the default colour. Offsets are
 * plain-text offsets, so the article's text is never changed to draw or make a highlight.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import type { ArticleDetail, Highlight, HighlightColor } from '../../main/contract';
import { applyCaretMove, caretMove, selectionInside } from './caretBrowsing';
import { colorLabel, useColors } from './colors';
import { markId } from './HighlightedText';
import { offsetToPoint, pointToOffset, selectionRange, type TextLayout } from './offsets';
import type { ArticleHighlights } from './useArticleHighlights';
import type { HighlightActions } from './useHighlightActions';
import { usePopover, type PopoverState } from './usePopover';
import { DEFAULT_HIGHLIGHT_COLOR } from '../../main/contract/constants';

interface Options {
  article: ArticleDetail;
  layout: TextLayout;
  store: ArticleHighlights;
  actions: HighlightActions;
  body: RefObject<HTMLElement | null>;
  container: RefObject<HTMLElement | null>;
  viewport: RefObject<HTMLElement | null>;
  /** The popover element. */
  element: RefObject<HTMLElement | null>;
  /** Key Q on an open highlight: “Quote in note…”. */
  onQuote?(highlightId: number): void;
}

const isTextField = (el: EventTarget | null) => el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/** A quote to paste into notes: the words as a Markdown blockquote, then where they are from. */
function quoteOf(text: string, article: ArticleDetail): string {
  const lines = text.split('\n').map((line) => (line === '' ? '>' : `> ${line}`));
  return `${lines.join('\n')}\n\n— ${article.title}${article.site ? `, ${article.site}` : ''}`;
}

export function useHighlighting({ article, layout, store, actions, body, container, viewport, element, onQuote }: Options) {
  const colors = useColors();
  const popover = usePopover(body, container, element);
  const { openSelection, openHighlight, close, setEditor } = popover;
  const state = popover.popover;
  const active = state?.kind === 'highlight' ? (store.highlights?.find((h) => h.id === state.id) ?? null) : null;
  /** Where to put the caret once the new highlight has been drawn. */
  const caretAfterDraw = useRef<number | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  /** Where the caret last was in the body, so keyboard selection resumes there after an editor. */
  const lastCaret = useRef<number | null>(null);

  useEffect(() => {
    const track = () => {
      const el = body.current;
      const selection = document.getSelection();
      if (!el || !selection?.focusNode || !selectionInside(el)) return;
      lastCaret.current = pointToOffset(el, layout, selection.focusNode, selection.focusOffset);
    };
    document.addEventListener('selectionchange', track);
    return () => document.removeEventListener('selectionchange', track);
  }, [body, layout]);

  // Plain functions below, not useCallback: they read refs handed in by the caller.
  function focusBody() {
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back?.isConnected) back.focus({ preventScroll: true });
    else body.current?.focus({ preventScroll: true });
  }

  useLayoutEffect(() => {
    const offset = caretAfterDraw.current;
    const el = body.current;
    if (offset === null || !el || !store.highlights?.some((h) => h.end === offset)) return;
    caretAfterDraw.current = null;
    const point = offsetToPoint(el, layout, offset);
    if (point && el.contains(document.activeElement)) document.getSelection()?.collapse(point.node, point.offset);
    else document.getSelection()?.removeAllRanges();
  }, [store.highlights, body, layout]);

  /**
   * What the popover is about. A key pressed straight after a mouse selection may arrive before
   * the popover has opened for it, so a live selection in the body counts too.
   */
  function current(): PopoverState | null {
    const range = body.current ? selectionRange(body.current, layout) : null;
    if (!range) return state;
    // The words the user sees selected win over a popover still open from before.
    if (state?.kind === 'selection' && state.range.start === range.start && state.range.end === range.end) return state;
    return { kind: 'selection', range, anchor: popover.selectionAnchor() };
  }

  async function create(from: Extract<PopoverState, { kind: 'selection' }>, color: HighlightColor): Promise<Highlight | null> {
    const created = await actions.create({ documentId: article.id, start: from.range.start, end: from.range.end, color });
    if (!created) return null;
    caretAfterDraw.current = created.end;
    // The selection would hide the new colour; the caret moves to the highlight's end.
    const selection = document.getSelection();
    if (selection && selection.rangeCount > 0) selection.collapseToEnd();
    store.applyLocally(created);
    openHighlight(created.id, from.anchor);
    return created;
  }

  /** The highlight the popover is about, creating it from the selection if need be. */
  async function target(): Promise<Highlight | null> {
    const now = current();
    return now?.kind === 'selection' ? create(now, colors[0]?.color ?? DEFAULT_HIGHLIGHT_COLOR) : active;
  }

  /**
   * Key H (and N, then the comment editor): the selection highlighted in the default colour.
   * False when nothing in the article is selected (an open highlight stays as it is).
   */
  async function highlightSelection(): Promise<boolean> {
    const now = current();
    if (now?.kind === 'selection') return (await create(now, colors[0]?.color ?? DEFAULT_HIGHLIGHT_COLOR)) !== null;
    return now?.kind === 'highlight';
  }

  async function chooseColor(color: HighlightColor) {
    const now = current();
    if (now?.kind === 'selection') {
      await create(now, color);
    } else if (active && active.color !== color) {
      const updated = await actions.setColor(active, color, colorLabel(color, colors.find((c) => c.color === color)?.meaning));
      if (updated) store.applyLocally(updated);
    }
  }

  /** False when there is nothing to edit (no selection, no open highlight). */
  async function openEditor(which: 'comment' | 'tags'): Promise<boolean> {
    const focused = document.activeElement;
    const h = await target();
    if (!h) return false;
    returnFocus.current = focused instanceof HTMLElement && !element.current?.contains(focused) ? focused : null;
    setEditor(which);
    return true;
  }

  function closeEditor() {
    setEditor(null);
    focusBody();
  }

  async function remove() {
    if (!active) return;
    if (await actions.remove(active)) {
      store.removeLocally(active.id);
      close();
      focusBody();
    }
  }

  const copy = useCallback(async () => {
    const text = active ? active.exact : state?.kind === 'selection' ? layout.text.slice(state.range.start, state.range.end) : '';
    if (!text) return;
    try {
      await navigator.clipboard.writeText(quoteOf(text, article));
      actions.notify('Quote copied');
    } catch {
      actions.notify('Couldn’t copy: the system clipboard refused. Select the words and copy them instead.');
    }
  }, [active, state, layout, article, actions]);

  /** Opens the popover for a highlight from the side panel: scrolls to it and focuses it. */
  const show = useCallback(
    (id: number) => {
      const mark = document.getElementById(markId(id));
      if (!mark) return;
      mark.scrollIntoView({ block: 'center' });
      // An older selection elsewhere must not take the keys meant for this highlight.
      document.getSelection()?.collapse(mark, 0);
      mark.focus({ preventScroll: true });
      openHighlight(id);
    },
    [openHighlight],
  );

  // A selection made with the mouse is read once the browser has finished with the click. Only
  // a press that began in the text counts: a click elsewhere (a button in another pane) leaves
  // any selection where it was, such as a search match the reader selected, and is not a
  // request to highlight it.
  useEffect(() => {
    let pressedInText = false;
    const onMouseDown = (event: MouseEvent) => {
      pressedInText = event.target instanceof Node && (body.current?.contains(event.target) ?? false);
    };
    const onMouseUp = (event: MouseEvent) => {
      const el = body.current;
      const targetNode = event.target instanceof Node ? event.target : null;
      if (!el || !pressedInText || element.current?.contains(targetNode) || popover.editor !== null) return;
      setTimeout(() => {
        const range = selectionRange(el, layout);
        if (range) openSelection(range);
        else if (targetNode && el.contains(targetNode)) {
          const mark = targetNode instanceof Element ? targetNode.closest<HTMLElement>('mark[data-hl]') : null;
          if (mark) openHighlight(Number(mark.dataset.hl));
          else close();
        }
      }, 0);
    };
    document.addEventListener('mousedown', onMouseDown, true);
    document.addEventListener('mouseup', onMouseUp);
    return () => {
      document.removeEventListener('mousedown', onMouseDown, true);
      document.removeEventListener('mouseup', onMouseUp);
    };
  }, [body, layout, openSelection, openHighlight, close, element, popover.editor]);

  const onFocus = useCallback(
    (event: { target: EventTarget }) => {
      const mark = event.target instanceof HTMLElement && event.target.matches('mark[data-hl]') ? event.target : null;
      if (mark) openHighlight(Number(mark.dataset.hl));
    },
    [openHighlight],
  );

  /** The popover's keys (while it is open), then caret browsing in the body. */
  function popoverKey(event: KeyboardEvent<HTMLElement>, inBody: boolean): (() => Promise<unknown> | void) | null {
    if (popover.editor !== null || event.ctrlKey || event.metaKey || event.altKey) return null;
    if (!/^([1-5]|c|t|q|delete|backspace|escape)$/i.test(event.key)) return null;
    const now = current();
    if (!now) return null;
    const color = colors.find((c) => String(c.key) === event.key);
    if (color) return () => chooseColor(color.color);
    switch (event.key.toLowerCase()) {
      case 'c':
        return () => openEditor('comment');
      case 't':
        return () => openEditor('tags');
      case 'q':
        return now.kind === 'highlight' && active && onQuote ? () => onQuote(active.id) : null;
      case 'delete':
      case 'backspace':
        return now.kind === 'highlight' && active ? remove : null;
      case 'escape':
        if (state === null) return null;
        return () => {
          close();
          // Out of the popover, or off a highlight (whose only focus indicator was being open).
          if (!inBody || (event.target instanceof Element && event.target.matches('mark'))) body.current?.focus();
        };
      default:
        return null;
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const el = body.current;
    if (!el || isTextField(event.target) || !(event.target instanceof Node)) return;
    const inBody = el.contains(event.target);
    if (!inBody && !element.current?.contains(event.target)) return;
    const run = popoverKey(event, inBody);
    if (run) {
      event.preventDefault();
      void run();
      return;
    }
    const move = inBody ? caretMove(event) : null;
    const resume = lastCaret.current === null ? null : offsetToPoint(el, layout, lastCaret.current);
    if (move && applyCaretMove(el, viewport.current, move, resume)) {
      event.preventDefault();
      const range = move.alter === 'extend' ? selectionRange(el, layout) : null;
      if (range) openSelection(range);
      else if (state?.kind === 'selection') close();
    }
  }

  return { popover, active, target, highlightSelection, chooseColor, openEditor, closeEditor, remove, copy, show, onFocus, onKeyDown };
}
