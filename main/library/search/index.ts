/** The search box's query run against the library: parse, then one search over the three kinds. */
import { searchAll, type SearchHit, type SearchKind } from '../../../db/repos/search-all';
import type { Db } from '../../../db/open';
import { parseQuery } from './parse-query';

export interface SearchOutcome {
  hits: SearchHit[];
  notice: string | null;
  counts: Record<SearchKind, number>;
}

export function runSearch(db: Db, input: { query: string; types?: readonly SearchKind[] | undefined; limit: number }): SearchOutcome {
  const parsed = parseQuery(input.query);
  const { hits, counts } = searchAll(db, parsed.match, parsed.filters, { limit: input.limit, ...(input.types ? { types: input.types } : {}) });
  return { hits, counts, notice: parsed.notice };
}
