/**
 * Writes FTS5 MATCH expressions from parsed terms. Every user term becomes an FTS string
 * ("…" with inner quotes doubled), so nothing typed is ever read as FTS syntax; the tokenizer
 * (unicode61, remove_diacritics 2) then splits it exactly as it split the indexed text. Both
 * ' and ’ are separators to unicode61, so `Taliban's` is the phrase "taliban s" and finds
 * `Taliban’s` with no extra normalisation; diacritics fold on both sides (`Zabiullah` ≈ `Zabīullāh`).
 */

export interface Term {
  text: string;
  /** Prefix match (the word being typed). */
  prefix: boolean;
}

/** Alternatives joined by OR; clauses are ANDed. */
export type Clause = Term[];

// The characters unicode61 keeps in tokens (letters, numbers, marks); anything else separates.
const WORD_CHAR = /[\p{L}\p{N}\p{M}\p{Co}]/u;

export function hasWords(text: string): boolean {
  return WORD_CHAR.test(text);
}

export function ftsString(term: Term): string {
  // Apostrophes of either kind separate tokens; folding ’ to ' keeps the indexed and typed forms identical.
  const quoted = `"${term.text.replace(/[’‘]/g, "'").replaceAll('"', '""')}"`;
  return term.prefix ? `${quoted}*` : quoted;
}

/** `(a) AND (b OR c) NOT d`; null when there is nothing to match. */
export function ftsMatch(clauses: readonly Clause[], negatives: readonly Term[]): string | null {
  if (clauses.length === 0) return null;
  const positive = clauses.map((c) => (c.length === 1 ? ftsString(c[0]!) : `(${c.map(ftsString).join(' OR ')})`)).join(' AND ');
  const excluded = negatives.map((t) => ` NOT ${ftsString(t)}`).join('');
  return negatives.length > 0 ? `(${positive})${excluded}` : positive;
}
