/**
 * `search.query`: one search over articles, highlights and notes in the search box's language
 * (main/library/search/parse-query.ts). Spread into the contract map by `contract.ts`.
 */
import { z } from 'zod';

export const SearchKindSchema = z.enum(['article', 'highlight', 'note']);

export const SearchHitSchema = z.object({
  kind: SearchKindSchema,
  id: z.number().int().positive(),
  /** The article a highlight belongs to; null for articles and notes. */
  documentId: z.number().int().positive().nullable(),
  title: z.string(),
  /** Matched words sit between U+0002 and U+0003 (render as <mark>; never HTML). */
  snippet: z.string(),
  /** bm25, lower is better; 0 when only filters were given. */
  rank: z.number(),
  /** A highlight's offsets in its article's plain text (null otherwise, or when pending). */
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  color: z.string().nullable(),
});

export const searchCalls = {
  /** Up to `limit` hits per kind, best first; `notice` says what of the query was ignored or read differently. */
  'search.query': {
    input: z
      .object({
        query: z.string().max(2000),
        types: z.array(SearchKindSchema).optional(),
        limit: z.number().int().min(1).max(1000).default(50),
      })
      .strict(),
    output: z.object({
      hits: z.array(SearchHitSchema),
      notice: z.string().nullable(),
      counts: z.object({ article: z.number().int(), highlight: z.number().int(), note: z.number().int() }),
    }),
  },
} as const;

export type SearchResultHit = z.output<typeof SearchHitSchema>;
export type SearchResultKind = z.output<typeof SearchKindSchema>;
