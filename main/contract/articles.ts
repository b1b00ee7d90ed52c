/**
 * The shapes of articles and of an import's report, as the library and import calls carry them.
 */
import { z } from 'zod';
import { SORT_KEYS } from './sort-keys';
import { CleanupStateSchema, RemovedPassageSchema } from './sources';
import { DOCUMENT_KINDS } from './constants';

export { SORT_KEYS };
const id = z.number().int().positive();
const isoString = z.string();

export const MarkSchema = z.object({
  kind: z.enum(['emphasis', 'strong', 'link', 'code']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  href: z.string().optional(),
});

export const BlockSchema = z.object({
  kind: z.enum(['heading', 'paragraph', 'quote', 'list-item', 'preformatted']),
  level: z.number().int().min(1).max(6).optional(),
  text: z.string(),
  marks: z.array(MarkSchema).optional(),
  /** The page it starts on (PDF). */
  page: z.number().int().positive().optional(),
});


export const ArticleSummarySchema = z.object({
  id,
  title: z.string(),
  site: z.string().nullable(),
  byline: z.string().nullable(),
  publishedAt: z.string().nullable(),
  importedAt: isoString,
  wordCount: z.number().int().nonnegative(),
  format: z.enum(['text', 'markdown', 'html']),
  /** 'card': a highlight card (its text is the tool's summary; its passages attach to the article). */
  kind: z.enum(DOCUMENT_KINDS).optional(),
});

export const ArticleDetailSchema = ArticleSummarySchema.extend({
  summary: z.string().nullable(),
  url: z.string().nullable(),
  originalName: z.string(),
  blocks: z.array(BlockSchema),
  tags: z.array(z.string()),
  /** What the cleaner removed, in reading order (absent: nothing kept for this article). */
  removed: z.array(RemovedPassageSchema).optional(),
  cleanup: CleanupStateSchema.optional(),
  /** The file itself is kept (a PDF): the reader offers "Open original". */
  originalFile: z.object({ mediaType: z.string(), size: z.number().int().nonnegative() }).optional(),
});

/** A kept original file ("Open original"): its bytes as base64, with the name it was imported under. */
export const OriginalFileSchema = z.object({ name: z.string(), mediaType: z.string(), base64: z.string() });

const BASE64_OUTSIDE_ALPHABET = /[^A-Za-z0-9+/=]/;

/**
 * Standard padded base64 (RFC 4648 §4), nothing else: no whitespace, no URL-safe letters, `=`
 * only as the last one or two characters, a length that is a multiple of 4. Node's decoder skips
 * whatever it does not understand, so without this a damaged upload imports as garbage. Written
 * as a scan rather than one regular expression so a 130 MB string is checked in linear time
 * without the regex engine's backtracking stack.
 */
export function isStrictBase64(text: string): boolean {
  if (text.length % 4 !== 0 || BASE64_OUTSIDE_ALPHABET.test(text)) return false;
  const pad = text.indexOf('=');
  return pad === -1 || pad === text.length - 1 || (pad === text.length - 2 && text.endsWith('=='));
}

/** Where an import reads a file from: a path on this machine, or bytes sent by the UI. */
export const ImportSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(4096) }),
  z.object({
    kind: z.literal('upload'),
    name: z.string().min(1).max(1024),
    // base64; the size limit itself is enforced (with a readable message) by the importer.
    base64: z.string().refine(isStrictBase64, {
      error: 'An uploaded file arrived damaged (its contents are not valid base64), so nothing was imported. Choose the file again.',
    }),
  }),
]);

export const ImportReportSchema = z.object({
  imported: z.array(z.object({ file: z.string(), id, title: z.string() })),
  duplicates: z.array(z.object({ file: z.string(), existingId: id, title: z.string() })),
  refused: z.array(z.object({ file: z.string(), reason: z.string() })),
  cancelled: z.boolean(),
  /**
   * Highlight-card passages that found their article during this import: `file` is the file
   * whose import made it happen (the card, or the article imported after its card). Always
   * filled by the importer; optional only so reports built by older code stay valid.
   */
  attached: z
    .array(
      z.object({
        file: z.string(),
        cardId: id,
        cardTitle: z.string(),
        articleId: id,
        articleTitle: z.string(),
        highlights: z.number().int().positive(),
      }),
    )
    .optional(),
  /**
   * Files that held several articles, each imported as its own (`ids` in file order). Always
   * filled by the importer; optional only so reports built by older code stay valid.
   */
  split: z.array(z.object({ file: z.string(), ids: z.array(id).min(2) })).optional(),
  /**
   * Highlight exports (Kindle clippings, Readwise CSV): what each file's import did, in words
   * ("42 highlights from 3 books; 2 duplicates skipped; 1 bookmark skipped"). Always filled by
   * the importer; optional only so reports built by older code stay valid.
   */
  highlightFiles: z.array(z.object({ file: z.string(), message: z.string() })).optional(),
});

export type ArticleSummary = z.output<typeof ArticleSummarySchema>;
export type ArticleDetail = z.output<typeof ArticleDetailSchema>;
export type ImportSource = z.output<typeof ImportSourceSchema>;
export type ImportReport = z.output<typeof ImportReportSchema>;
export type SortKey = (typeof SORT_KEYS)[number];
