/**
 * What a highlight export (Kindle's My Clippings.txt, a Readwise CSV, Hypothesis or Zotero JSON,
 * an Omnivore export) holds once read: books or web pages, each with its highlights, plus what
 * was left out and why, for the report.
 */
import type { HighlightColor } from '../../../contract/constants';

export type HighlightTool = 'kindle' | 'readwise' | 'hypothesis' | 'zotero' | 'omnivore';

export interface ClippedHighlight {
  quote: string;
  /** The user's note on it (Kindle notes at its location, Readwise's Note column). */
  comment?: string;
  color?: HighlightColor;
  tags?: string[];
  /** ISO date-time it was made, when the export says. */
  createdAt?: string;
  /** Where in the book, as shown to the user: "p. 5 · loc. 100–105". */
  locator?: string;
  /** Cut short by the tool (Kindle's clipping limit): the passage is longer in the book. */
  partial?: boolean;
  /** The words just before and after the passage (W3C TextQuoteSelector), to tell repeated passages apart when attaching. */
  prefix?: string;
  suffix?: string;
}

export interface SourceBook {
  title: string;
  author?: string;
  url?: string;
  tags?: string[];
  highlights: ClippedHighlight[];
  /** Notes found at no highlight's location: kept as the book's own text. */
  looseNotes: { text: string; locator?: string }[];
  /** This book's own part of the export, kept as its source item's original (when the parser cuts it out itself). */
  original?: string;
}

export interface SkippedCounts {
  /** Kindle bookmarks: a place, no text. */
  bookmarks: number;
  /** Earlier versions of a resized highlight, and rows repeated word for word. */
  duplicates: number;
  /** Highlights with no text (Kindle's image highlights). */
  empty: number;
  /** Entries that could not be read at all. */
  unreadable: number;
  /** Annotation kinds that hold no text to import (Zotero's ink drawings and image areas), by the kind's name in the report. */
  noText?: Record<string, number>;
}

export interface HighlightExport {
  tool: HighlightTool;
  books: SourceBook[];
  skipped: SkippedCounts;
}

export function noneSkipped(): SkippedCounts {
  return { bookmarks: 0, duplicates: 0, empty: 0, unreadable: 0 };
}
