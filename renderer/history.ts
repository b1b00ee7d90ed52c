/**
 * Back and forward across the places the user has been (issue 11): a view with what it showed
 * (the article in the reader, the open note, the library's tag filter, the search query), how
 * far the reader and the view's list (library, search results, tags, notes) were scrolled, and
 * the note open beside the article. Pure data, no React or DOM: App decides what a place is and
 * restores it; this only keeps the list and where in it we are, as a browser's history does.
 */

/** The app's views (navigation.tsx re-exports this; kept here so the module needs no JSX). */
export type View = 'library' | 'notes' | 'tags' | 'search' | 'review';

export interface Place {
  view: View;
  /** The article in the reader (library, tags and search show it beside them). */
  articleId?: number;
  /** The note open in the notes view. */
  noteId?: number;
  /** The library's tag filter. */
  tag?: string;
  /** What the search box held. State of the place, not its identity: typing does not make a new place. */
  query?: string;
  /** How far the reader was scrolled when the place was left. */
  scrollTop?: number;
  /**
   * How far the view's list was scrolled when the place was left: the library's, the search's
   * results, the tag tree, the notes list (renderer/listScroll.ts). Absent where it never showed.
   */
  listScrollTop?: number;
  /** The note open beside the article when the place was left (null: none); absent where no article is read. */
  besideNote?: number | null;
}

/** What a place keeps of how it was left; none of it makes it another place. */
export type PlaceState = Partial<Pick<Place, 'query' | 'scrollTop' | 'listScrollTop' | 'besideNote'>>;

export interface History {
  readonly places: readonly Place[];
  /** The current place's index; -1 while empty. */
  readonly index: number;
}

/** Past this many places the oldest is dropped. */
export const HISTORY_LIMIT = 100;

export const emptyHistory: History = { places: [], index: -1 };

/** Whether two places are the same place (the query, scroll positions and note beside are its state, not its identity). */
export function samePlace(a: Place, b: Place): boolean {
  return a.view === b.view && a.articleId === b.articleId && a.noteId === b.noteId && a.tag === b.tag;
}

export function current(history: History): Place | null {
  return history.places[history.index] ?? null;
}

/**
 * The current place with what changed while the user was there (its scroll position, the query
 * typed), as it is about to be left. Nothing when the history is empty.
 */
export function update(history: History, state: PlaceState): History {
  const here = current(history);
  if (!here) return history;
  const places = history.places.slice();
  places[history.index] = { ...here, ...state };
  return { places, index: history.index };
}

/**
 * Goes to a new place: the forward part is dropped, the oldest past the limit too. Going to the
 * place already current changes nothing but its state (a query handed over, for instance).
 */
export function push(history: History, place: Place, limit = HISTORY_LIMIT): History {
  const here = current(history);
  if (here && samePlace(here, place)) return update(history, { query: place.query ?? here.query });
  const places = [...history.places.slice(0, history.index + 1), place];
  const dropped = Math.max(0, places.length - limit);
  return { places: places.slice(dropped), index: places.length - 1 - dropped };
}

export function canBack(history: History): boolean {
  return history.index > 0;
}

export function canForward(history: History): boolean {
  return history.index < history.places.length - 1;
}

/** One place back (unchanged at the start). */
export function back(history: History): History {
  return canBack(history) ? { places: history.places, index: history.index - 1 } : history;
}

/** One place forward (unchanged at the end). */
export function forward(history: History): History {
  return canForward(history) ? { places: history.places, index: history.index + 1 } : history;
}
