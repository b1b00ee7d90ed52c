/**
 * The scroll of each view's list (the library's, the search results, the tags, the notes) for
 * back and forward (renderer/history.ts): the list reports it as it changes, and takes the one a
 * Back or Forward brings. App holds the channel and hands it to each view.
 */
import { useCallback, useLayoutEffect, type RefObject, type UIEvent } from 'react';
import type { View } from './history';

/** The views whose place has a list to scroll (the review has none). */
export type ListView = Exclude<View, 'review'>;

export interface ListScrollChannel {
  /** Bumped by each Back or Forward (a new object then), so a list already showing takes what it brings. */
  token: number;
  /** The scroll brought for this view's list, handed over once (null: none, or it is another view's). */
  take(view: ListView): number | null;
  /** The list's scroll now, for the place being left. */
  report(view: ListView, top: number): void;
}

/**
 * Keeps `scroller`'s scroll in step with the place: once the list is `ready` (its rows drawn, so
 * the offset fits in it), it takes a scroll brought by Back or Forward, and reports its scroll
 * then and whenever it scrolls (attach the returned handler as `onScroll`). Until it is ready a
 * brought scroll waits: a search run again or a list loading afresh would clamp it to the top.
 *
 * A layout effect, so the list never paints at the wrong place; a component whose own layout
 * effects scroll the same element (the selection into view) calls this after them, so it has the
 * last word.
 */
export function useListScroll(channel: ListScrollChannel | undefined, view: ListView, scroller: RefObject<HTMLElement | null>, ready: boolean): (event: UIEvent<HTMLElement>) => void {
  useLayoutEffect(() => {
    if (!channel || !ready) return;
    const el = scroller.current;
    const top = channel.take(view);
    if (el && top !== null) el.scrollTo({ top, behavior: 'instant' });
    channel.report(view, el?.scrollTop ?? 0);
  }, [channel, view, scroller, ready]);
  return useCallback((event: UIEvent<HTMLElement>) => channel?.report(view, event.currentTarget.scrollTop), [channel, view]);
}
