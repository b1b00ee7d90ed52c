/**
 * Shapes shared by the anchoring matcher. Offsets are UTF-16 code units (JS string indices)
 * into an article's plain text, end exclusive — the same offsets the rest of the app uses.
 */

/** What a highlight stores: a position plus a W3C TextQuoteSelector (exact, prefix, suffix). */
export interface TextAnchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** Input to `anchor`: a quote, optional context and, when known, the old position. */
export interface QuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

/**
 * - `exact`: the stored quote is literally in the text, at the old position (or, when no
 *   position was stored, wherever it was found). Nothing to update.
 * - `moved`: the same words were found, but elsewhere and/or with different typography
 *   (quote marks, dashes, whitespace). Safe to update the stored position and quote silently.
 * - `fuzzy`: the wording differs; `score` says how confident the match is. Worth showing.
 * - `orphaned`: not found. The caller keeps the highlight and lists it as needing attention.
 */
export type AnchorStatus = 'exact' | 'moved' | 'fuzzy' | 'orphaned';

export interface AnchorResult {
  status: AnchorStatus;
  start?: number;
  end?: number;
  /** 0..1, how well quote, context and position agree. Absent when orphaned. */
  score?: number;
}
