/**
 * `palette.items`: the command palette's articles, notes and tags whose title fuzzily matches
 * what was typed (main/library/palette). The palette's commands are matched in the renderer with
 * the same scorer (fuzzy.ts). Spread into the contract map by `index.ts`.
 */
import { z } from 'zod';

export const PaletteItemSchema = z.object({
  kind: z.enum(['article', 'note', 'tag']),
  /** The article's or note's id; null for a tag, which is named by `name`. */
  id: z.number().int().positive().nullable(),
  /** The title (or the tag's full name); what the query was matched against. */
  name: z.string(),
  /** One short line shown beside it (may be empty): the site and byline, the note's first line, the tag's counts. */
  detail: z.string(),
});

export const paletteCalls = {
  /** Best matches first (at most `limit` of all kinds together); with an empty query, the most recent articles and notes. */
  'palette.items': {
    input: z
      .object({
        query: z.string().max(500, { error: 'Type at most 500 characters in the palette.' }),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    output: z.object({ items: z.array(PaletteItemSchema) }),
  },
} as const;

export type PaletteItem = z.output<typeof PaletteItemSchema>;
