/**
 * The search box's query run against the library: parse, widen words no index holds with their
 * indexed spelling variants, then one search over the three kinds; article hits get the offsets
 * of their first match so the reader can open at the passage.
 */
import { articleMatchOffsets, searchAll, type SearchHit, type SearchKind } from '../../../db/repos/search-all';
import type { Db } from '../../../db/open';
import { ftsMatch } from './fts-match';
import { parseQuery } from './parse-query';
import { variantsNotice, widenWithVariants } from './variants';

export interface SearchOutcome {
  hits: SearchHit[];
  notice: string | null;
  counts: Record<SearchKind, number>;
}

export function runSearch(db: Db, input: { query: string; types?: readonly SearchKind[] | undefined; limit: number }): SearchOutcome {
  const parsed = parseQuery(input.query);
  const widened = widenWithVariants(db, parsed.clauses);
  const match = widened.variants.length > 0 ? ftsMatch(widened.clauses, parsed.negatives) : parsed.match;
  const { hits, counts, newestFirst } = searchAll(db, match, parsed.filters, { limit: input.limit, ...(input.types ? { types: input.types } : {}) });
  if (match !== null) {
    const articles = hits.filter((h) => h.kind === 'article');
    const offsets = articleMatchOffsets(db, match, articles.map((h) => h.id));
    for (const hit of articles) {
      const at = offsets.get(hit.id);
      if (at) {
        hit.start = at.start;
        hit.end = at.end;
      }
    }
  }
  const notices = [parsed.notice, variantsNotice(widened.variants), newestNotice(newestFirst)].filter((n): n is string => n !== null);
  return { hits, counts, notice: notices.length > 0 ? notices.join(' ') : null };
}

const PLURAL: Record<SearchKind, string> = { article: 'articles', highlight: 'highlights', note: 'notes' };

function newestNotice(kinds: readonly SearchKind[]): string | null {
  if (kinds.length === 0) return null;
  const names = kinds.map((k) => PLURAL[k]);
  const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]!}`;
  return `So many ${list} match that they are listed newest first, not by relevance; add words to narrow the search.`;
}

/** How many of each kind a query matches, without fetching hits (saved searches' counts). */
export function countSearch(db: Db, query: string): Record<SearchKind, number> {
  const parsed = parseQuery(query);
  const widened = widenWithVariants(db, parsed.clauses);
  const match = widened.variants.length > 0 ? ftsMatch(widened.clauses, parsed.negatives) : parsed.match;
  return searchAll(db, match, parsed.filters, { limit: 0 }).counts;
}
