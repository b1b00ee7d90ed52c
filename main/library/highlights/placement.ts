/**
 * From the matcher's answers to what a highlight stores. A highlight's selector always
 * describes the words it covers in its current text, so the next re-anchoring starts from
 * there; what the words were before an approximate move is kept in `previousExact`.
 */
import type { HighlightAnchor } from '../../../db/repos/highlights';
import { anchor, describe } from '../anchor';
import { AppError } from '../errors';

/** The anchor of [start, end) in `text`, with a fresh quote selector. */
export function placed(text: string, start: number, end: number, status: 'ok' | 'fuzzy' = 'ok', score = 1, previousExact: string | null = null): HighlightAnchor {
  const d = describe(text, start, end);
  return { start: d.start, end: d.end, exact: d.exact, prefix: d.prefix, suffix: d.suffix, status, score, previousExact };
}

/** Refuses offsets the UI should never send, with a message that says what is wrong. */
export function checkRange(text: string, start: number, end: number): void {
  if (start >= end) throw new AppError('invalid_input', 'A highlight must cover at least one character: start must be before end.');
  if (end > text.length) {
    throw new AppError(
      'invalid_input',
      `This selection (${start}–${end}) lies outside the article’s text, which is ${text.length} characters long. Reload the article and select again.`,
    );
  }
  if (text.slice(start, end).trim() === '') throw new AppError('invalid_input', 'Select some words to highlight: this selection is only blank space.');
}

/**
 * Finds a stored highlight again in `text` (which may have changed). Exact finds keep an
 * unconfirmed fuzzy highlight fuzzy; what cannot be found stays, orphaned, with its old offsets.
 */
export function reanchored(text: string, stored: HighlightAnchor): HighlightAnchor {
  if (stored.status === 'pending') return stored;
  const found = anchor(text, {
    exact: stored.exact,
    prefix: stored.prefix,
    suffix: stored.suffix,
    ...(stored.start !== null && stored.end !== null ? { start: stored.start, end: stored.end } : {}),
  });
  if (found.status === 'orphaned' || found.start === undefined || found.end === undefined) {
    return { ...stored, status: 'orphaned', score: null };
  }
  const approximate = found.status === 'fuzzy';
  const previousExact = approximate && text.slice(found.start, found.end) !== stored.exact ? (stored.previousExact ?? stored.exact) : stored.previousExact;
  const status = approximate || stored.status === 'fuzzy' ? 'fuzzy' : 'ok';
  // Found where it was: how sure the last placement was still holds (an unchanged text rewrites nothing).
  const score = found.status === 'exact' ? (stored.score ?? 1) : (found.score ?? 1);
  return placed(text, found.start, found.end, status, score, previousExact);
}

export function sameAnchor(a: HighlightAnchor, b: HighlightAnchor): boolean {
  return (
    a.start === b.start && a.end === b.end && a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix &&
    a.status === b.status && a.score === b.score && a.previousExact === b.previousExact
  );
}
