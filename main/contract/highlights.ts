/**
 * The schemas of highlights, colours and tags, used by the calls in `index.ts` (which lists
 * every call and re-exports these types). The rules users meet are here, with messages written
 * for them: every input is parsed with these on the Node side.
 */
import { z } from 'zod';
import { TagNameSchema } from './tag-schema';
import { ANCHOR_STATUSES, COLOR_MEANING_MAX, COMMENT_MAX, DEFAULT_HIGHLIGHT_COLOR, HIGHLIGHT_COLORS, HIGHLIGHT_COLORS_IN_WORDS } from './constants';

const id = z.number().int().positive();

export { ANCHOR_STATUSES, HIGHLIGHT_COLORS } from './constants';

export const ColorSchema = z.enum(HIGHLIGHT_COLORS, {
  error: `Unknown highlight colour: choose ${HIGHLIGHT_COLORS_IN_WORDS}.`,
});

const CONTROL = /[\p{Cc}\u2028\u2029]/u;

export { TagNameSchema };

const CommentSchema = z.string().max(COMMENT_MAX, { error: `Comments can be at most ${COMMENT_MAX.toLocaleString('en')} characters long.` });
const offset = z.number().int().nonnegative();

export const HighlightSchema = z.object({
  id,
  documentId: id,
  documentTitle: z.string(),
  color: ColorSchema,
  /** The colour's meaning as text: colour is never the only signal. */
  colorMeaning: z.string(),
  comment: z.string().nullable(),
  /** Offsets into the document's plain text (blocks joined by a blank line), end exclusive; null while pending. */
  start: offset.nullable(),
  end: offset.nullable(),
  /** W3C TextQuoteSelector: the highlighted words and ~32 characters either side. */
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  status: z.enum(ANCHOR_STATUSES),
  /** 0..1, how sure the last (re-)anchoring was; null when not placed by the matcher. */
  score: z.number().nullable(),
  /** The words before the last fuzzy re-anchor (or the card's wording), for "was: …"; else null. */
  previousExact: z.string().nullable(),
  /** The highlight card this passage came from, if any. */
  sourceDocumentId: id.nullable(),
  tags: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Where in the book, for a highlight imported from another tool ("p. 5 · loc. 100–105"); else null. */
  locator: z.string().max(200).nullable().default(null),
  /** The other tool cut the passage short (Kindle's clipping limit): the book has more words. */
  partial: z.boolean().default(false),
});

/** What `highlights.restore` takes back: a highlight as the UI received it (titles are ignored). */
export const HighlightSnapshotSchema = HighlightSchema.extend({
  documentTitle: z.string().optional(),
  colorMeaning: z.string().optional(),
  comment: CommentSchema.nullable(),
  exact: z.string().min(1),
  tags: z.array(TagNameSchema).max(1000),
});

const startBeforeEnd = (v: { start: number; end: number }) => v.start < v.end;
const notEmpty = { error: 'A highlight must cover at least one character: start must be before end.', path: ['end'] };

export const CreateHighlightInput = z
  .object({
    documentId: id,
    start: offset,
    end: offset,
    color: ColorSchema.default(DEFAULT_HIGHLIGHT_COLOR),
    comment: CommentSchema.optional(),
    tags: z.array(TagNameSchema).max(100).default([]),
  })
  .strict()
  .refine(startBeforeEnd, notEmpty);

export const UpdateHighlightInput = z
  .object({ id, color: ColorSchema.optional(), comment: CommentSchema.nullable().optional() })
  .strict();

/** Places a highlight by hand (fuzzy, orphaned or pending ones); `documentId` moves it to another article. */
export const ReattachHighlightInput = z
  .object({ id, documentId: id.optional(), start: offset, end: offset })
  .strict()
  .refine(startBeforeEnd, notEmpty);

export const ListHighlightsInput = z
  .object({
    /** One article's highlights in reading order; without it, the whole library's (by article). */
    documentId: id.optional(),
    /** Only highlights with this tag or one below it. */
    tag: TagNameSchema.optional(),
    /** Cap for library-wide lists; an article's own list is never cut. */
    limit: z.number().int().min(1).max(10_000).default(1000),
  })
  .strict();

export const ColorMeaningSchema = z.object({
  color: ColorSchema,
  meaning: z.string(),
  /** 1–5: toolbar position and keyboard key. */
  key: z.number().int().min(1).max(5),
});

export const UpdateColorInput = z
  .object({
    color: ColorSchema,
    meaning: z
      .string()
      .trim()
      .min(1, { error: 'Give the colour a meaning, such as “Evidence”.' })
      .max(COLOR_MEANING_MAX, { error: `A colour’s meaning can be at most ${COLOR_MEANING_MAX} characters long.` })
      .refine((m) => !CONTROL.test(m), { error: 'A colour’s meaning cannot contain control characters.' }),
  })
  .strict();

export const TagCountSchema = z.object({
  name: z.string(),
  /** Articles and highlights carrying this exact tag (not counting tags below it). */
  documents: z.number().int().nonnegative(),
  highlights: z.number().int().nonnegative(),
  /** Live notes carrying it (from their text: tag nodes and typed `#tags`). */
  notes: z.number().int().nonnegative(),
  count: z.number().int().nonnegative(),
});

export const DocumentTagInput = z.object({ documentId: id, name: TagNameSchema }).strict();
export const HighlightTagInput = z.object({ highlightId: id, name: TagNameSchema }).strict();

export type { HighlightColor } from './constants';
export type AnchorState = (typeof ANCHOR_STATUSES)[number];
export type Highlight = z.output<typeof HighlightSchema>;
export type HighlightSnapshot = z.output<typeof HighlightSnapshotSchema>;
export type ColorMeaning = z.output<typeof ColorMeaningSchema>;
export type TagCount = z.output<typeof TagCountSchema>;
