/**
 * The calls about what articles were made from (kept originals, removed passages), spread into
 * the contract map by `index.ts`: restoring a removed passage (and its undo), re-running
 * cleanup on one article or the whole library (a job with progress and cancel, like import),
 * and joining back the articles one file held.
 */
import { z } from 'zod';

const id = z.number().int().positive();
const jobId = z.string().min(1).max(100);

export const REMOVAL_REASONS = ['boilerplate', 'navigation', 'teaser', 'widget', 'banner', 'duplicate', 'metadata'] as const;

export const RemovedPassageSchema = z.object({
  /** Index of the block it stood before (the number of blocks: after the last). */
  before: z.number().int().nonnegative(),
  text: z.string(),
  why: z.enum(REMOVAL_REASONS),
});

/** Whether cleanup can be re-run on an article, and if not, why (in words for the user). */
export const CleanupStateSchema = z.object({ available: z.boolean(), reason: z.string().nullable() });

export const RecleanReportSchema = z.object({
  checked: z.number().int().nonnegative(),
  cleaned: z.array(z.object({ id, title: z.string(), cleaned: z.boolean(), needAttention: z.number().int().nonnegative() })),
  needAttention: z.number().int().nonnegative(),
  notRecleanable: z.number().int().nonnegative(),
  failed: z.array(z.object({ id, reason: z.string() })),
  cancelled: z.boolean(),
  /** "Cleaned 12 of 340 articles; 3 highlights need attention." */
  message: z.string(),
});

export const sourceCalls = {
  /** Puts removed passage `index` (of the article's removed list) back as a paragraph at its place. */
  'library.restoreRemoved': {
    input: z.object({ id, index: z.number().int().nonnegative() }).strict(),
    output: z.object({ blockIndex: z.number().int().nonnegative(), passage: RemovedPassageSchema, needAttention: z.number().int().nonnegative() }),
  },
  /** Undo of a restore: the paragraph at `blockIndex` (still exactly `passage.text`) goes back into the removed list. */
  'library.unrestoreRemoved': {
    input: z.object({ id, blockIndex: z.number().int().nonnegative(), passage: RemovedPassageSchema.omit({ before: true }).strict() }).strict(),
    output: z.object({ needAttention: z.number().int().nonnegative() }),
  },
  /** Re-runs cleanup on article `id`, or on every article that can be re-cleaned; `reclean.progress` meanwhile. */
  'library.reclean': { input: z.object({ jobId, id: id.optional() }).strict(), output: RecleanReportSchema },
  'library.recleanCancel': { input: z.object({ jobId }).strict(), output: z.object({ cancelled: z.boolean() }) },
  /** Joins articles one file held back into one (the first id keeps its id; the others are deleted). */
  'library.rejoin': {
    input: z.object({ ids: z.array(id).min(2).max(1000) }).strict(),
    output: z.object({ id, title: z.string(), deleted: z.array(id), movedHighlights: z.number().int().nonnegative(), needAttention: z.number().int().nonnegative() }),
  },
} as const;

export const sourceEvents = {
  'reclean.progress': z.object({ jobId: z.string(), done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }),
} as const;

export type RemovedPassageView = z.output<typeof RemovedPassageSchema>;
export type RecleanReportView = z.output<typeof RecleanReportSchema>;
