/**
 * Moving around the app from anywhere: a search result, a backlink, a highlight quoted in a
 * note, the palette. The window (App) owns where things are shown; everything else asks it
 * through this context instead of threading callbacks through every pane.
 */
import { createContext, useContext } from 'react';
import type { View } from './history';

export type { View };

/** Where to take the reader once an article is open: a highlight, or a range of its text. */
export interface ArticlePlace {
  highlightId?: number;
  /** Offsets into the article's plain text (blocks joined by a blank line). */
  start?: number;
  end?: number;
}

export interface NoteOptions {
  /** Words to bring into view (and select) once the note is open, e.g. a search match. */
  find?: string;
}

export interface Navigation {
  view: View;
  showView(view: View): void;
  openArticle(id: number, place?: ArticlePlace): void;
  openNote(id: number, options?: NoteOptions): void;
  /** Shows the library filtered to a tag (its children included). */
  filterByTag(tag: string): void;
  /** Opens the search view with this query typed in. */
  searchFor(query: string): void;
}

export const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation needs the App around it.');
  return navigation;
}
