/**
 * The reading workspace's layout (issue 11): the library sidebar on the left, the side panel on
 * the right with its tabs, their widths, and focus mode. Pure: read leniently from storage (a
 * damaged or older value falls back field by field), changed by the functions below.
 */

export const SIDE_TABS = ['highlights', 'notes', 'backlinks', 'info'] as const;
export type SideTab = (typeof SIDE_TABS)[number];

export interface Layout {
  leftOpen: boolean;
  rightOpen: boolean;
  /** Pixels. */
  leftWidth: number;
  rightWidth: number;
  tab: SideTab;
  /** Both sidebars hidden, whatever leftOpen and rightOpen say (they come back as they were). */
  focus: boolean;
  /** The note open in the Notes tab beside the article (it stays as articles change), or none. */
  besideNote: number | null;
}

export type Side = 'left' | 'right';

export const WIDTHS: Record<Side, { min: number; max: number; initial: number }> = {
  left: { min: 240, max: 720, initial: 420 },
  right: { min: 240, max: 600, initial: 300 },
};

export const DEFAULT_LAYOUT: Layout = {
  leftOpen: true,
  rightOpen: true,
  leftWidth: WIDTHS.left.initial,
  rightWidth: WIDTHS.right.initial,
  tab: 'highlights',
  focus: false,
  besideNote: null,
};

export function clampWidth(side: Side, width: number): number {
  const { min, max } = WIDTHS[side];
  return Math.round(Math.min(max, Math.max(min, width)));
}

/** A stored layout, field by field: anything missing or of the wrong kind is the default's. */
export function parseLayout(text: string | null): Layout {
  let raw: unknown = null;
  try {
    raw = text === null ? null : JSON.parse(text);
  } catch {
    raw = null;
  }
  if (typeof raw !== 'object' || raw === null) return DEFAULT_LAYOUT;
  const r = raw as Record<string, unknown>;
  const bool = (v: unknown, d: boolean) => (typeof v === 'boolean' ? v : d);
  const width = (side: Side, v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? clampWidth(side, v) : d);
  return {
    leftOpen: bool(r.leftOpen, DEFAULT_LAYOUT.leftOpen),
    rightOpen: bool(r.rightOpen, DEFAULT_LAYOUT.rightOpen),
    leftWidth: width('left', r.leftWidth, DEFAULT_LAYOUT.leftWidth),
    rightWidth: width('right', r.rightWidth, DEFAULT_LAYOUT.rightWidth),
    tab: SIDE_TABS.find((t) => t === r.tab) ?? DEFAULT_LAYOUT.tab,
    focus: bool(r.focus, DEFAULT_LAYOUT.focus),
    besideNote: typeof r.besideNote === 'number' && Number.isSafeInteger(r.besideNote) && r.besideNote > 0 ? r.besideNote : null,
  };
}

/** Whether a sidebar is on screen. */
export function shown(layout: Layout, side: Side): boolean {
  return !layout.focus && (side === 'left' ? layout.leftOpen : layout.rightOpen);
}

/** `[` or `]`: hides a shown sidebar, shows a hidden one; in focus mode, leaves it with that sidebar shown. */
export function toggleSide(layout: Layout, side: Side): Layout {
  const open = !shown(layout, side);
  if (layout.focus) return { ...layout, focus: false, leftOpen: side === 'left', rightOpen: side === 'right' };
  return side === 'left' ? { ...layout, leftOpen: open } : { ...layout, rightOpen: open };
}

/** Shows a sidebar (a view that lives in it was asked for, or a tab chosen), leaving focus mode. */
export function showSide(layout: Layout, side: Side): Layout {
  if (shown(layout, side)) return layout;
  return toggleSide(layout, side);
}

export function toggleFocus(layout: Layout): Layout {
  return { ...layout, focus: !layout.focus };
}

export function setWidth(layout: Layout, side: Side, width: number): Layout {
  const w = clampWidth(side, width);
  return side === 'left' ? { ...layout, leftWidth: w } : { ...layout, rightWidth: w };
}

export function chooseTab(layout: Layout, tab: SideTab): Layout {
  return showSide({ ...layout, tab }, 'right');
}

/** A note opened beside the article (the Notes tab, shown); null goes back to the tab's list. */
export function openBeside(layout: Layout, noteId: number | null): Layout {
  return noteId === null ? { ...layout, besideNote: null } : chooseTab({ ...layout, besideNote: noteId }, 'notes');
}
