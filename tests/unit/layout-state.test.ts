/** The workspace layout (renderer/layout/layout-state.ts): read leniently from storage, toggled, clamped. */
import { describe, expect, it } from 'vitest';
import { chooseTab, DEFAULT_LAYOUT, openBeside, parseLayout, setWidth, shown, toggleFocus, toggleSide, WIDTHS } from '../../renderer/layout/layout-state';

describe('layout state', () => {
  it('reads what was stored, and falls back field by field on anything damaged', () => {
    expect(parseLayout(null)).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout('not json')).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout('[1,2]').tab).toBe(DEFAULT_LAYOUT.tab);
    const stored = { leftOpen: false, rightOpen: true, leftWidth: 500, rightWidth: 280, tab: 'notes', focus: false, besideNote: 7 };
    expect(parseLayout(JSON.stringify(stored))).toEqual(stored);
    const damaged = parseLayout(JSON.stringify({ leftOpen: 'no', leftWidth: 99_999, rightWidth: 'wide', tab: 'elsewhere', besideNote: -3 }));
    expect(damaged).toEqual({ ...DEFAULT_LAYOUT, leftWidth: WIDTHS.left.max });
  });

  it('toggles each sidebar; in focus mode a toggle leaves it with that sidebar shown', () => {
    const closed = toggleSide(DEFAULT_LAYOUT, 'left');
    expect(shown(closed, 'left')).toBe(false);
    expect(shown(closed, 'right')).toBe(true);
    expect(shown(toggleSide(closed, 'left'), 'left')).toBe(true);
    const focus = toggleFocus(DEFAULT_LAYOUT);
    expect(shown(focus, 'left') || shown(focus, 'right')).toBe(false);
    expect(toggleFocus(focus)).toEqual(DEFAULT_LAYOUT);
    const right = toggleSide(focus, 'right');
    expect([right.focus, shown(right, 'left'), shown(right, 'right')]).toEqual([false, false, true]);
  });

  it('keeps widths within bounds, and choosing a tab shows the side panel', () => {
    expect(setWidth(DEFAULT_LAYOUT, 'right', 10).rightWidth).toBe(WIDTHS.right.min);
    expect(setWidth(DEFAULT_LAYOUT, 'left', 450.6).leftWidth).toBe(451);
    const hidden = toggleSide(DEFAULT_LAYOUT, 'right');
    const info = chooseTab(hidden, 'info');
    expect([info.tab, shown(info, 'right')]).toEqual(['info', true]);
  });

  it('opens a note beside the article in the Notes tab, and closes it', () => {
    const beside = openBeside(toggleFocus(DEFAULT_LAYOUT), 12);
    expect([beside.besideNote, beside.tab, shown(beside, 'right')]).toEqual([12, 'notes', true]);
    expect(openBeside(beside, null).besideNote).toBeNull();
  });
});
