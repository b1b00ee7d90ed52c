/**
 * The search box's language, from user text to a structured query (see docs in the issue:
 * words, "phrases", -exclusions, OR, and `tag: type: site: color: before: after: has:`).
 * Pure and total: it never throws. Whatever it cannot read (unbalanced quotes, unknown
 * operators, FTS syntax typed by a user) is searched as plain words or dropped, and `notices`
 * says so, so the UI can explain instead of showing an error.
 */
import type { SearchFilters, SearchKind } from '../../../db/repos/search-all';
import { ftsMatch, hasWords, type Clause, type Term } from './fts-match';
import { HIGHLIGHT_COLORS, SEARCH_KINDS } from '../../contract/constants';

export interface ParsedQuery {
  /** The FTS5 MATCH expression, or null when only filters were given (or nothing). */
  match: string | null;
  filters: SearchFilters;
  /** What was ignored or read differently from how it was typed; null when everything was understood. */
  notice: string | null;
  /** The words `match` was written from, for callers that widen them (spelling variants). */
  clauses: Clause[];
  negatives: Term[];
}

const OPERATORS = new Set(['tag', 'type', 'site', 'color', 'before', 'after', 'has']);
// Quote characters: straight and the typographic ones a phone or word processor puts in.
const QUOTES = /["“”„]/;
// Characters FTS5 would read as syntax; inside our quoted strings they are plain separators.
const FTS_SYNTAX = /[*^()+{}]/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const WORD_CHARS = /[\p{L}\p{N}\p{M}\p{Co}]/gu;

interface Token {
  text: string;
  phrase: boolean;
  negated: boolean;
}

/** Splits into words and quoted phrases; an unclosed quote's text is read as words. */
function tokenize(input: string, notes: string[]): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    while (i < input.length && /\s/.test(input[i]!)) i++;
    if (i >= input.length) break;
    let negated = false;
    if (input[i] === '-' && i + 1 < input.length && !/\s/.test(input[i + 1]!)) {
      negated = true;
      i++;
    }
    if (QUOTES.test(input[i]!)) {
      const rest = input.slice(i + 1);
      const close = rest.search(QUOTES);
      if (close === -1) {
        notes.push('An unclosed quote was ignored: the words after it are searched one by one.');
        i++;
        continue;
      }
      tokens.push({ text: rest.slice(0, close), phrase: true, negated });
      i += close + 2;
      continue;
    }
    let end = i;
    while (end < input.length && !/\s/.test(input[end]!) && !QUOTES.test(input[end]!)) end++;
    tokens.push({ text: input.slice(i, end), phrase: false, negated });
    i = end;
  }
  return tokens;
}

/** Applies `name:value`; false when the value is not one the operator accepts. */
function applyOperator(name: string, value: string, filters: SearchFilters): boolean {
  const v = value.trim();
  if (v === '') return false;
  switch (name) {
    case 'tag':
      filters.tags.push(v);
      return true;
    case 'type': {
      const kind = v.toLowerCase().replace(/s$/, '');
      if (!(SEARCH_KINDS as readonly string[]).includes(kind)) return false;
      filters.types.push(kind as SearchKind);
      return true;
    }
    case 'site':
      filters.sites.push(v.toLowerCase());
      return true;
    case 'color': {
      const color = v.toLowerCase();
      if (!(HIGHLIGHT_COLORS as readonly string[]).includes(color)) return false;
      filters.colors.push(color as (typeof HIGHLIGHT_COLORS)[number]);
      return true;
    }
    case 'before':
    case 'after': {
      if (!ISO_DATE.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) return false;
      filters[name] = v;
      return true;
    }
    case 'has': {
      const what = v.toLowerCase();
      if (what === 'highlights' || what === 'highlight') filters.hasHighlights = true;
      else if (what === 'comment' || what === 'comments') filters.hasComment = true;
      else return false;
      return true;
    }
    default:
      return false;
  }
}

export function emptyFilters(): SearchFilters {
  return { types: [], tags: [], sites: [], colors: [], before: null, after: null, hasHighlights: false, hasComment: false };
}

export function parseQuery(input: string): ParsedQuery {
  const notes: string[] = [];
  const filters = emptyFilters();
  const text = input.normalize('NFC');
  const syntax = [...new Set(text.match(FTS_SYNTAX) ?? [])];
  if (syntax.length > 0) notes.push(`${syntax.join(' ')} ${syntax.length === 1 ? 'is' : 'are'} not search syntax here and ${syntax.length === 1 ? 'was' : 'were'} ignored.`);

  const clauses: Clause[] = [];
  const negatives: Term[] = [];
  let pendingOr = false;
  const tokens = tokenize(text, notes);
  tokens.forEach((token, index) => {
    if (!token.phrase && !token.negated && token.text === 'OR') {
      if (clauses.length === 0 || pendingOr) notes.push('OR needs a word on each side; it was ignored.');
      else pendingOr = true;
      return;
    }
    if (!token.phrase && !token.negated && token.text === 'AND') {
      notes.push('AND is implied between words; it was ignored.');
      return;
    }
    if (!token.phrase) {
      const colon = token.text.indexOf(':');
      if (colon > 0) {
        const name = token.text.slice(0, colon).toLowerCase();
        const value = token.text.slice(colon + 1);
        if (OPERATORS.has(name)) {
          if (token.negated) notes.push(`Excluding with -${name}: is not supported; it was ignored.`);
          else if (!applyOperator(name, value, filters)) notes.push(`${name}: does not understand “${value}”; “${token.text}” was ignored.`);
          if (pendingOr) notes.push('OR works between words only; it was ignored.');
          pendingOr = false;
          return;
        }
        notes.push(`“${name}:” is not a search operator; “${token.text}” was searched as words.`);
      }
      if (token.text === 'NEAR' || token.text === 'NOT') notes.push(`${token.text} was searched as a word.`);
    }
    if (!hasWords(token.text)) {
      // FTS syntax characters already have their notice; other punctuation gets its own.
      if (token.text.replace(FTS_SYNTAX, '') !== '') notes.push(`“${token.text}” has no words to search for; it was ignored.`);
      if (pendingOr) notes.push('OR needs a word on each side; it was ignored.');
      pendingOr = false;
      return;
    }
    // Prefix matching on the last word while typing: only a bare word with nothing typed after it,
    // and of two letters or more (a one-letter prefix matches nearly everything and finds nothing useful).
    const last = index === tokens.length - 1 && !/\s$/.test(text) && (token.text.match(WORD_CHARS) ?? []).length >= 2;
    const term: Term = { text: token.text, prefix: last && !token.phrase && !token.negated };
    if (token.negated) {
      if (pendingOr) notes.push('OR cannot join an exclusion; it was ignored.');
      pendingOr = false;
      negatives.push(term);
      return;
    }
    if (pendingOr) clauses[clauses.length - 1]!.push(term);
    else clauses.push([term]);
    pendingOr = false;
  });
  if (pendingOr) notes.push('OR needs a word on each side; it was ignored.');
  if (clauses.length === 0 && negatives.length > 0) {
    notes.push('Exclusions need at least one word to search for; they were ignored.');
    negatives.length = 0;
  }
  const unique = [...new Set(notes)];
  return { match: ftsMatch(clauses, negatives), filters, notice: unique.length > 0 ? unique.join(' ') : null, clauses, negatives };
}
