/**
 * The library's sort keys, apart from the schemas: the CLI's option table reads them at every
 * start, and importing them from `articles.ts` would build every zod schema of the contract first.
 */
export const SORT_KEYS = ['title', 'site', 'publishedAt', 'wordCount', 'importedAt'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
