/**
 * Back and forward (history.ts) wired to the window. Every change of what is shown is a new
 * place; going back or forward restores one, which is then the current place already, so it
 * pushes nothing. App owns what is shown and hands it in (`Shown`) with the setters that move it
 * (`Movers`); what the panes show beyond App's state they report here as it changes: the
 * reader's scroll (`onScrolled`), the search box (`onQuery`), each list's scroll (the channel,
 * listScroll.ts).
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MutableRefObject } from 'react';
import * as history from './history';
import type { ListScrollChannel, ListView } from './listScroll';
import type { View } from './navigation';
import { useMouseTravel } from './TravelButtons';
import type { ReaderPlace } from './views/Reader';

/** What the window shows now, as far as a place remembers it. */
export interface Shown {
  view: View;
  readerId: number | null;
  tag: string | null;
  /** The note the notes view shows (state, so opening a note there is a move). */
  noteShown: number | null;
  /** The note open beside the article. */
  besideNote: number | null;
}

/** How a restored place is shown again: App's setters. */
export interface Movers {
  setView: (view: View) => void;
  showArticle: (articleId: number | null, place: ReaderPlace | null) => void;
  showNote: (noteId: number) => void;
  showSearch: (query: string) => void;
  setTag: (tag: string | null) => void;
  openBeside: (noteId: number | null) => void;
  /** A fresh token for a request a pane must take even when it equals the last one. */
  token: () => number;
}

export interface Travel {
  /** Whether there is anywhere to go back or forward to, for the toolbar's buttons. */
  travelable: { back: boolean; forward: boolean };
  goBack: () => void;
  goForward: () => void;
  /** The current goBack and goForward, for handlers made once (commands, the mouse's buttons). */
  travelRef: MutableRefObject<{ goBack: () => void; goForward: () => void }>;
  onScrolled: (articleId: number, top: number) => void;
  onQuery: (query: string) => void;
  listScroll: ListScrollChannel;
}

export function useHistoryTravel(shown: Shown, movers: Movers): Travel {
  const places = useRef(history.emptyHistory);
  const readerScroll = useRef<{ articleId: number; top: number } | null>(null);
  const searchQuery = useRef('');
  // The latest of what App hands in, for callbacks made once.
  const latest = useRef({ shown, movers });
  useLayoutEffect(() => {
    latest.current = { shown, movers };
  });
  // Each view's list scroll as last reported, kept per view: the list of the view arriving
  // reports before the place being left is written down. And the scroll a Back or Forward asks a
  // list to take, taken once by that view's list, which may only mount (or get its rows) later:
  // the view comes back with the move.
  const listScrollTops = useRef<Partial<Record<ListView, number>>>({});
  const pendingListScroll = useRef<{ view: View; top: number } | null>(null);
  const [listScrollToken, setListScrollToken] = useState(0);
  const listScroll = useMemo<ListScrollChannel>(
    () => ({
      token: listScrollToken,
      take: (list) => {
        const pending = pendingListScroll.current;
        if (pending?.view !== list) return null;
        pendingListScroll.current = null;
        return pending.top;
      },
      report: (list, top) => {
        listScrollTops.current[list] = top;
      },
    }),
    [listScrollToken],
  );
  const [travelable, setTravelable] = useState({ back: false, forward: false });
  const remember = useCallback((h: history.History) => {
    places.current = h;
    const back = history.canBack(h);
    const forward = history.canForward(h);
    setTravelable((was) => (was.back === back && was.forward === forward ? was : { back, forward }));
  }, []);

  /** What changed at a place while the user was there, as it is left. */
  const leaving = useCallback((now: history.Place | null): Partial<history.Place> => {
    if (!now) return {};
    const scroll = readerScroll.current;
    const reading = now.view !== 'notes' && now.view !== 'review';
    return {
      scrollTop: now.articleId !== undefined && scroll?.articleId === now.articleId ? scroll.top : now.scrollTop,
      query: now.view === 'search' ? searchQuery.current : now.query,
      ...(reading && { besideNote: latest.current.shown.besideNote }),
      ...(now.view !== 'review' && listScrollTops.current[now.view] !== undefined && { listScrollTop: listScrollTops.current[now.view] }),
    };
  }, []);

  const { view, readerId, tag, noteShown } = shown;
  useEffect(() => {
    const here: history.Place =
      view === 'notes'
        ? { view, noteId: noteShown ?? undefined }
        : view === 'review'
          ? { view }
          : {
              view,
              articleId: readerId ?? undefined,
              tag: view === 'search' ? undefined : (tag ?? undefined),
              query: view === 'search' ? searchQuery.current : undefined,
            };
    const h = places.current;
    const now = history.current(h);
    if (now && history.samePlace(now, here)) return;
    // The notes view arriving before it knows its note: the note fills the place in.
    if (now && now.view === 'notes' && here.view === 'notes' && now.noteId === undefined) {
      remember({ places: [...h.places.slice(0, h.index), here], index: h.index });
      return;
    }
    remember(history.push(history.update(h, leaving(now)), here));
  }, [view, readerId, tag, noteShown, leaving, remember]);

  const travel = useCallback(
    (step: (h: history.History) => history.History) => {
      const h = places.current;
      const moved = step(history.update(h, leaving(history.current(h))));
      const to = history.current(moved);
      if (moved.index === h.index || !to) return;
      const { shown: now, movers: move } = latest.current;
      remember(moved);
      move.setView(to.view);
      pendingListScroll.current = to.listScrollTop === undefined ? null : { view: to.view, top: to.listScrollTop };
      setListScrollToken((n) => n + 1);
      if (to.view === 'notes') {
        if (to.noteId !== undefined) move.showNote(to.noteId);
        return;
      }
      if (to.view === 'review') return;
      if (to.besideNote !== undefined && to.besideNote !== now.besideNote) move.openBeside(to.besideNote);
      const articleId = to.articleId ?? null;
      move.showArticle(articleId, articleId !== null && to.scrollTop !== undefined ? { articleId, scrollTop: to.scrollTop, token: move.token() } : null);
      if (to.view === 'search') {
        searchQuery.current = to.query ?? '';
        move.showSearch(to.query ?? '');
      } else if ((to.tag ?? null) !== now.tag) move.setTag(to.tag ?? null);
    },
    [leaving, remember],
  );
  const goBack = useCallback(() => travel(history.back), [travel]);
  const goForward = useCallback(() => travel(history.forward), [travel]);
  const travelRef = useRef({ goBack, goForward });
  useLayoutEffect(() => {
    travelRef.current = { goBack, goForward };
  });
  useMouseTravel(travelRef);

  const onScrolled = useCallback((articleId: number, top: number) => {
    readerScroll.current = { articleId, top };
  }, []);
  const onQuery = useCallback((query: string) => {
    searchQuery.current = query;
  }, []);
  return { travelable, goBack, goForward, travelRef, onScrolled, onQuery, listScroll };
}
