/**
 * `search.query`: one search over articles, highlights and notes in the search box's language
 * (main/library/search/parse-query.ts), and saved searches (`search.saved.*`). Spread into the
 * contract map by `index.ts`.
 */
import { z } from 'zod';
import { SAVED_SEARCH_NAME_MAX, SEARCH_KINDS } from './constants';

export const SearchKindSchema = z.enum(SEARCH_KINDS);

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

const id = z.number().int().positive();

const SavedNameSchema = z
  .string()
  .trim()
  .min(1, { error: 'A saved search needs a name: type at least one letter.' })
  .max(SAVED_SEARCH_NAME_MAX, { error: `Saved search names can be at most ${SAVED_SEARCH_NAME_MAX} characters long.` })
  .refine((name) => !/\p{Cc}/u.test(name), { error: 'Saved search names cannot contain control characters such as tabs or line breaks.' });

const SavedQuerySchema = z
  .string()
  .max(2000, { error: 'This search is too long to save (at most 2,000 characters).' })
  .refine((query) => query.trim() !== '', { error: 'There is nothing to save: type a search first.' });

const CountsSchema = z.object({ article: z.number().int(), highlight: z.number().int(), note: z.number().int() });

export const SavedSearchSchema = z.object({
  id,
  name: z.string(),
  query: z.string(),
  createdAt: z.string(),
  /** How many of each kind the query matches now. */
  counts: CountsSchema,
});

export const searchCalls = {
  /**
   * Up to `limit` hits of each kind in `types` (all if omitted), best first; `counts` covers every
   * kind either way; `notice` says what of the query was ignored, read differently or widened.
   */
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
      counts: CountsSchema,
    }),
  },
  /** Saved searches by name, each with its current hit counts. */
  'search.saved.list': { input: z.object({}).strict(), output: z.object({ searches: z.array(SavedSearchSchema) }) },
  /** Refused (invalid_input) when the name is taken, ignoring case. */
  'search.saved.create': { input: z.object({ name: SavedNameSchema, query: SavedQuerySchema }).strict(), output: SavedSearchSchema },
  'search.saved.rename': { input: z.object({ id, name: SavedNameSchema }).strict(), output: SavedSearchSchema },
  /** Returns what was deleted (null if it was already gone), so the UI can undo by saving it again. */
  'search.saved.delete': {
    input: z.object({ id }).strict(),
    output: z.object({ deleted: z.object({ id, name: z.string(), query: z.string(), createdAt: z.string() }).nullable() }),
  },
} as const;

export type SearchResultHit = z.output<typeof SearchHitSchema>;
export type SearchResultKind = z.output<typeof SearchKindSchema>;
export type SavedSearch = z.output<typeof SavedSearchSchema>;
