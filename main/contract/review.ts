/**
 * Daily review (issue 13): today's round, answering an item, the figures, and the settings the
 * round is drawn by (main/library/review). Spread into the contract map by `index.ts`.
 *
 * Answers: Keep (see it again in due time: FSRS Good), Soon (Hard: a shorter interval), Later
 * (Easy: a longer one), Never (retired: it leaves review for good).
 */
import { z } from 'zod';
import { HIGHLIGHT_COLORS } from './constants';
import { ColorSchema, TagNameSchema } from './highlights';
import { RecallPromptSchema } from './recall';

const id = z.number().int().positive();

export const REVIEW_RATINGS = ['keep', 'soon', 'later', 'never'] as const;
export type ReviewRating = (typeof REVIEW_RATINGS)[number];

/** Round sizes and weights: the limits the settings are held to. */
export const REVIEW_LIMITS = { sizeMax: 200, weightMax: 10, tagWeightsMax: 100, recencyMax: 10, statsDaysMax: 366 } as const;

function validZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The user's IANA time zone (`Europe/Berlin`): the review day runs from its local midnight. Default: the host's. */
export const TimeZoneSchema = z
  .string()
  .min(1)
  .max(100)
  .refine(validZone, { error: 'Unknown time zone: give an IANA name such as “Europe/Berlin” or “UTC”.' });

const weight = z.number().min(0).max(REVIEW_LIMITS.weightMax);

export const ReviewSettingsSchema = z.object({
  /** Items in a day's round. */
  size: z.number().int().min(1).max(REVIEW_LIMITS.sizeMax),
  /** Of those, how many go to highlights never reviewed (more when fewer are due; fewer when none are left). */
  newPerRound: z.number().int().min(0).max(REVIEW_LIMITS.sizeMax),
  /** How much more often a colour is drawn (1: as usual, 0: never drawn unless due, 3: three times as likely). */
  colorWeights: z.partialRecord(ColorSchema, weight),
  /** The same for a tag and the tags below it (a highlight takes its tags' largest weight; untagged or unnamed: 1). */
  tagWeights: z
    .record(TagNameSchema, weight)
    .refine((w) => Object.keys(w).length <= REVIEW_LIMITS.tagWeightsMax, { error: `Weigh at most ${REVIEW_LIMITS.tagWeightsMax} tags.` }),
  /** How much recent highlights are favoured: a highlight made today weighs 1 + recency, one 30 days old 1 + recency/2. */
  recency: z.number().min(0).max(REVIEW_LIMITS.recencyMax),
});

export const DEFAULT_REVIEW_SETTINGS: z.output<typeof ReviewSettingsSchema> = {
  size: 10,
  newPerRound: 3,
  colorWeights: Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, 1])) as Record<(typeof HIGHLIGHT_COLORS)[number], number>,
  tagWeights: {},
  recency: 0,
};

export const ReviewItemSchema = z.object({
  highlightId: id,
  documentId: id,
  documentTitle: z.string(),
  /** The article's author as imported, if known. */
  documentByline: z.string().nullable(),
  exact: z.string(),
  /** The text just before and after the highlight (its anchor's context): the card's sentence around it. */
  prefix: z.string(),
  suffix: z.string(),
  comment: z.string().nullable(),
  color: ColorSchema,
  colorMeaning: z.string(),
  tags: z.array(z.string()),
  /** `due`: scheduled for today or earlier; `new`: never reviewed. */
  kind: z.enum(['due', 'new']),
  /** When it fell due (ISO); null for a new one. */
  due: z.string().nullable(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  /**
   * A card for active recall made from this highlight (a cloze or a question): its front is shown
   * first, the back on "Show answer", and the answer schedules the card, not the highlight.
   * `kind`, `due` and `reps` are then the card's. Null: the highlight itself is reviewed.
   */
  prompt: RecallPromptSchema.nullable(),
});

export const ReviewStatsSchema = z.object({
  /** Today's local date, `YYYY-MM-DD`. */
  day: z.string(),
  /** Reviewed highlights and recall cards due by the end of today (not retired, not already answered today). */
  dueToday: z.number().int().nonnegative(),
  /** Answers given today. */
  doneToday: z.number().int().nonnegative(),
  /** Days in a row with at least one answer, ending today (or yesterday, if none yet today). */
  streak: z.number().int().nonnegative(),
  /** Answers per day over the last `days` days, oldest first, every day listed (0 included): a heat map. */
  days: z.array(z.object({ day: z.string(), count: z.number().int().nonnegative() })),
});

const zoned = { timeZone: TimeZoneSchema.optional() };

export const ReviewRoundSchema = z.object({
  day: z.string(),
  size: z.number().int().nonnegative(),
  /** Slots past the size today: "More" (kept for the day in the library) or the call's own `extra`, whichever is larger. */
  extra: z.number().int().nonnegative(),
  done: z.number().int().nonnegative(),
  items: z.array(ReviewItemSchema),
});

export const reviewCalls = {
  /** Today's round: what is left of it (its size less today's answers), due ones first, then new ones. */
  'review.round': {
    /** `extra`: go past the round's size by this many today ("More" once the round is done). */
    input: z.object({ ...zoned, extra: z.number().int().min(0).max(REVIEW_LIMITS.sizeMax).optional() }).strict(),
    output: ReviewRoundSchema,
  },
  /**
   * "More": another round's worth past what was answered today, kept in the library for the rest
   * of the day (closing and reopening the view, or the CLI, see the same longer round). Answers the round.
   */
  'review.more': { input: z.object({ ...zoned }).strict(), output: ReviewRoundSchema },
  'review.answer': {
    /** `promptId`: the answer is to that card of the highlight (a cloze or a question), not to the highlight. */
    input: z.object({ highlightId: id, promptId: id.optional(), rating: z.enum(REVIEW_RATINGS, { error: 'Answer keep, soon, later or never.' }), ...zoned }).strict(),
    output: z.object({
      highlightId: id,
      /** The card answered; null when it was the highlight. */
      promptId: id.nullable(),
      documentId: id,
      rating: z.enum(REVIEW_RATINGS),
      retired: z.boolean(),
      /** When it is due next (ISO); null once retired. */
      due: z.string().nullable(),
      scheduledDays: z.number().int().nonnegative(),
    }),
  },
  'review.stats': {
    input: z.object({ ...zoned, days: z.number().int().min(1).max(REVIEW_LIMITS.statsDaysMax).default(90) }).strict(),
    output: ReviewStatsSchema,
  },
  'review.settings': { input: z.object({}).strict(), output: ReviewSettingsSchema },
  /** Changes some settings; the rest stay. Today's round is drawn anew with them. */
  'review.configure': { input: ReviewSettingsSchema.partial().strict(), output: ReviewSettingsSchema },
} as const;

export const reviewEvents = {
  /**
   * Review state changed: an answer (naming the highlight and its article), "More", or the
   * settings (naming neither). Today's round, the figures and the settings may be stale.
   */
  'review.changed': z.object({ highlightId: id.optional(), documentId: id.optional() }),
} as const;

export type ReviewRound = z.output<typeof ReviewRoundSchema>;
export type ReviewSettings = z.output<typeof ReviewSettingsSchema>;
export type ReviewItem = z.output<typeof ReviewItemSchema>;
export type ReviewStats = z.output<typeof ReviewStatsSchema>;
