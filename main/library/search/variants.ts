/**
 * Spelling variants of transliterated names: `Zabiullah` finds `Zabīḥullāh` (indexed, after
 * accent folding, as `zabihullah`), `Mujaahid` finds `Mujahid`, `Kalid` finds `Khalid`. Each
 * word has a skeleton that keeps what transliterations agree on: accents folded, ʿ ʾ dropped,
 * an `h` after the first letter dropped unless it makes an English digraph (sh ch th wh ph gh,
 * so `where` never meets `were`), doubled letters single (ll → l). Words with the same skeleton
 * are variants.
 *
 * Each typed word of six letters or more is looked up: the indexed words sharing its first two
 * letters (or its first letter and an h) are read from the indexes' vocabularies (a range
 * each, cheap), and the few with the same skeleton are ORed in beside it; the notice says which.
 * Shorter words are too ambiguous to widen, and a skeleton is strict enough that ordinary words
 * rarely meet (no vowel changes, no dropped consonants).
 */
import type { Db } from '../../../db/open';
import { termsBetween } from '../../../db/repos/search-vocab';
import type { Clause, Term } from './fts-match';

/** Shorter words are too ambiguous to widen. */
const MIN_LENGTH = 6;
const MAX_VARIANTS = 8;

/** As unicode61 with remove_diacritics 2 folds a token: lower case, combining marks gone. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFC');
}

export function skeleton(word: string): string {
  const folded = foldWord(word).replace(/[ʿʾʻʼ]/g, '');
  return folded.replace(/(?<=.)(?<![sctwpg])h/gu, '').replace(/(.)\1+/gu, '$1');
}

// A single token of letters (no spaces or apostrophes, which make it a phrase).
const ONE_WORD = /^[\p{L}\p{N}\p{M}]+$/u;

function variantsOf(db: Db, term: Term): string[] {
  if (!ONE_WORD.test(term.text)) return [];
  const folded = foldWord(term.text);
  if ([...folded].length < MIN_LENGTH) return [];
  const wanted = skeleton(folded);
  // The first letter is kept by every skeleton; the second may be an h the typed word lacks (Kalid → Khalid).
  const first = [...folded][0]!;
  const second = [...folded][1]!;
  const ranges = new Set([first + second, ...(second === 'h' ? [] : [`${first}h`])]);
  const candidates = termsBetween(db, ...[...ranges].map((low) => [low, `${low}\uffff`] as const));
  return [...candidates]
    .filter(([t]) => {
      if (term.prefix ? t.startsWith(folded) : t === folded) return false;
      const s = skeleton(t);
      return term.prefix ? s.startsWith(wanted) : s === wanted;
    })
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_VARIANTS)
    .map(([t]) => t);
}

export interface Widened {
  clauses: Clause[];
  /** Typed word → the indexed spellings searched for it instead. */
  variants: { typed: string; found: string[] }[];
}

/** Adds indexed spelling variants beside each typed word no index holds. */
export function widenWithVariants(db: Db, clauses: readonly Clause[]): Widened {
  const variants: Widened['variants'] = [];
  const widened = clauses.map((clause) =>
    clause.flatMap((term) => {
      const found = variantsOf(db, term);
      if (found.length === 0) return [term];
      variants.push({ typed: term.text, found });
      return [term, ...found.map((text): Term => ({ text, prefix: false }))];
    }),
  );
  return { clauses: widened, variants };
}

export function variantsNotice(variants: Widened['variants']): string | null {
  if (variants.length === 0) return null;
  return variants.map((v) => `Also searched for ${v.found.map((f) => `“${f}”`).join(', ')}, ${v.found.length === 1 ? 'a spelling' : 'spellings'} of “${v.typed}”.`).join(' ');
}
