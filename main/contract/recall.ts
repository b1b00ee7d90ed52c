/**
 * Cards for active recall (issue 13): a highlight turned into a cloze (some of its words hidden)
 * or a question with its answer. Pure: the checks and the rendering both sides use (the round's
 * cards, the Make-cloze dialog, the Anki export). Ranges are [start, end) UTF-16 offsets into the
 * cloze's text, as JavaScript strings count.
 */
import { z } from 'zod';

export const RECALL_LIMITS = { textMax: 20000, questionMax: 1000, answerMax: 4000, rangesMax: 100 } as const;

/** What a hidden range shows on the card's front. */
export const CLOZE_BLANK = '[…]';

export type ClozeRange = readonly [number, number];

/** Why these ranges cannot hide words of `text`, or null when they can: inside it, in order, not overlapping, not blank, at least one. */
export function clozeRangesProblem(text: string, ranges: readonly ClozeRange[]): string | null {
  if (ranges.length === 0) return 'Choose at least one word to hide.';
  if (ranges.length > RECALL_LIMITS.rangesMax) return `Hide at most ${RECALL_LIMITS.rangesMax} parts of the text.`;
  let last = 0;
  for (const [start, end] of ranges) {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) return 'A hidden part lies outside the highlight’s text.';
    if (start < last) return 'Hidden parts must be in order and must not overlap.';
    if (text.slice(start, end).trim() === '') return 'A hidden part must hide some words, not only spaces.';
    last = end;
  }
  return null;
}

/** The front of a cloze: each hidden range replaced by the blank. Assumes ranges that passed `clozeRangesProblem`. */
export function clozeFront(text: string, ranges: readonly ClozeRange[]): string {
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    out += text.slice(at, start) + CLOZE_BLANK;
    at = end;
  }
  return out + text.slice(at);
}

/** The text cut at the ranges, each part marked hidden or not (the back shows the hidden ones emphasised). */
export function clozeParts(text: string, ranges: readonly ClozeRange[]): { text: string; hidden: boolean }[] {
  const parts: { text: string; hidden: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), hidden: false });
    parts.push({ text: text.slice(start, end), hidden: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hidden: false });
  return parts;
}

/** The words of a text with their ranges (letters, digits and the marks inside a word), for choosing what to hide. */
export function clozeWords(text: string): { word: string; start: number; end: number }[] {
  const words: { word: string; start: number; end: number }[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+(?:['’\-.][\p{L}\p{N}\p{M}]+)*/gu)) {
    words.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** Chosen words as ranges: neighbours with only spaces between them join into one blank. */
export function rangesOfWords(text: string, chosen: readonly { start: number; end: number }[]): [number, number][] {
  const sorted = [...chosen].sort((a, b) => a.start - b.start);
  const ranges: [number, number][] = [];
  for (const word of sorted) {
    const previous = ranges.at(-1);
    if (previous && text.slice(previous[1], word.start).trim() === '') previous[1] = word.end;
    else ranges.push([word.start, word.end]);
  }
  return ranges;
}

const id = z.number().int().positive();
const RangeSchema = z.tuple([z.number().int().nonnegative(), z.number().int().positive()]);

export const RecallPromptSchema = z.object({
  id,
  highlightId: id,
  kind: z.enum(['cloze', 'question']),
  /** The card's front: the cloze with its blanks, or the question. */
  front: z.string(),
  /** The card's back: the whole text, or the answer. */
  back: z.string(),
  /** A cloze's text and hidden ranges (null for a question). */
  text: z.string().nullable(),
  ranges: z.array(RangeSchema).nullable(),
  createdAt: z.string(),
  /** When it is due next (ISO); null before its first answer (due at once) or once retired. */
  due: z.string().nullable(),
  reps: z.number().int().nonnegative(),
  retired: z.boolean(),
});

export const recallCalls = {
  /** A cloze from a highlight: `ranges` hide words of its quote (its text as it is now). */
  'recall.createCloze': {
    input: z
      .object({ highlightId: id, ranges: z.array(RangeSchema).min(1, { error: 'Choose at least one word to hide.' }).max(RECALL_LIMITS.rangesMax) })
      .strict(),
    output: RecallPromptSchema,
  },
  'recall.createQuestion': {
    input: z
      .object({
        highlightId: id,
        question: z.string().trim().min(1, { error: 'Write the question.' }).max(RECALL_LIMITS.questionMax),
        answer: z.string().trim().min(1, { error: 'Write the answer.' }).max(RECALL_LIMITS.answerMax),
      })
      .strict(),
    output: RecallPromptSchema,
  },
  /** A highlight's cards, oldest first. */
  'recall.list': { input: z.object({ highlightId: id }).strict(), output: z.object({ prompts: z.array(RecallPromptSchema) }) },
  /** Deletes a card with its schedule and its answers. */
  'recall.delete': { input: z.object({ id }).strict(), output: z.object({ deleted: z.boolean() }) },
} as const;

export type RecallPrompt = z.output<typeof RecallPromptSchema>;
