/**
 * The layout as React state, remembered across reloads in localStorage (the page's own storage:
 * the browser host's origin, or Electron's app:// origin), and shared through LayoutContext with
 * the panes that draw a sidebar (the reader draws the right one beside its article).
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import * as layouts from './layout-state';
import type { Layout, Side, SideTab } from './layout-state';

const STORAGE_KEY = 'commonplace.layout';

function load(): Layout {
  try {
    return layouts.parseLayout(localStorage.getItem(STORAGE_KEY));
  } catch {
    return layouts.DEFAULT_LAYOUT;
  }
}

/**
 * Focus inside a sidebar about to be hidden would fall to the page's body; it goes to the
 * reader instead (its pane, a focus stop), so keys keep working where the user is reading.
 */
function keepFocusOutOf(next: Layout, now: Layout): void {
  const active = document.activeElement;
  if (!(active instanceof HTMLElement)) return;
  const leaving = (side: Side, selector: string) => layouts.shown(now, side) && !layouts.shown(next, side) && active.closest(selector) !== null;
  if (leaving('left', '.left-sidebar') || leaving('right', '.side-panel')) document.querySelector<HTMLElement>('main.reader')?.focus();
}

export interface LayoutControls {
  layout: Layout;
  toggle(side: Side): void;
  show(side: Side): void;
  toggleFocus(): void;
  setWidth(side: Side, width: number): void;
  chooseTab(tab: SideTab): void;
  /** Opens a note in the Notes tab beside the article; null closes it. */
  openBeside(noteId: number | null): void;
}

export function useLayoutState(): LayoutControls {
  const [layout, setLayoutState] = useState(load);
  // The layout as last set: changes arrive from user events, one after another, and each builds
  // on the one before even before React has drawn it.
  const latest = useRef(layout);
  const setLayout = useCallback((change: (now: Layout) => Layout) => {
    const now = latest.current;
    const next = change(now);
    if (next === now) return;
    keepFocusOutOf(next, now);
    latest.current = next;
    setLayoutState(next);
    // Kept at once, not after React draws it: a page about to reload (another library opened
    // in Settings, which closes the note beside first) must find the layout as last set.
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Storage full or refused: the layout still works for this session.
    }
  }, []);
  const toggle = useCallback((side: Side) => setLayout((l) => layouts.toggleSide(l, side)), [setLayout]);
  const show = useCallback((side: Side) => setLayout((l) => layouts.showSide(l, side)), [setLayout]);
  const toggleFocus = useCallback(() => setLayout(layouts.toggleFocus), [setLayout]);
  const setWidth = useCallback((side: Side, width: number) => setLayout((l) => layouts.setWidth(l, side, width)), [setLayout]);
  const chooseTab = useCallback((tab: SideTab) => setLayout((l) => layouts.chooseTab(l, tab)), [setLayout]);
  const openBeside = useCallback((noteId: number | null) => setLayout((l) => layouts.openBeside(l, noteId)), [setLayout]);
  return useMemo(() => ({ layout, toggle, show, toggleFocus, setWidth, chooseTab, openBeside }), [layout, toggle, show, toggleFocus, setWidth, chooseTab, openBeside]);
}

const noop = () => {};
export const LayoutContext = createContext<LayoutControls>({
  layout: layouts.DEFAULT_LAYOUT,
  toggle: noop,
  show: noop,
  toggleFocus: noop,
  setWidth: noop,
  chooseTab: noop,
  openBeside: noop,
});

export function useLayout(): LayoutControls {
  return useContext(LayoutContext);
}
