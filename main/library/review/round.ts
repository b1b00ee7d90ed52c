/**
 * Today's round: what is due under its schedule plus a few highlights never reviewed, drawn by
 * the weights the user sets (main/contract/review.ts `ReviewSettings`), never a retired one. The
 * draw itself is SQL (db/repos/review.ts); this module decides the day, the seed and the slots.
 *
 * Deterministic: the seed is the local date, so the same library on the same day gives the same
 * round. Its size is the setting less the answers given today, and the new share less the new
 * highlights answered today, so answering an item and asking again gives the rest of the same
 * round (the items answered today are not drawn again).
 */
import { drawDuePrompts, promptsByIds } from '../../../db/repos/recall';
import { countAnswersOn, countNewAnswersOn, drawDue, drawNew, reviewItems, type DrawWeights, type ReviewItemRow } from '../../../db/repos/review';
import type { Db } from '../../../db/open';
import { HIGHLIGHT_COLORS } from '../../contract/constants';
import type { ReviewItem, ReviewSettings } from '../../contract/review';
import { daySeed, reviewDay } from './day';
import { toRecallPrompt } from './recall';
import { extraOn, keepExtra, readReviewSettings } from './settings';

export interface RoundOptions {
  now: Date;
  timeZone: string;
  /** The settings to draw by (default: the library's). */
  settings?: ReviewSettings;
  /** Another seed than the day's (tests, the bench). */
  seed?: number;
  /**
   * Slots past the size, asked for once the round is done; they go to due cards first, as any
   * slots. The day's kept "More" (`moreRound`) counts too: the larger of the two is taken.
   */
  extra?: number;
}

export interface Round {
  day: string;
  /** The round's full size today. */
  size: number;
  /** Slots past the size today ("More"). */
  extra: number;
  /** Answers given today. */
  done: number;
  items: ReviewItem[];
}

/**
 * How many due and new items to draw: new ones get `newPerRound` of the slots when there are
 * that many left; due ones take the rest; whichever side has too few leaves its slots to the other.
 */
export function splitSlots(slots: number, newPerRound: number, dueAvailable: number, newAvailable: number): { due: number; new: number } {
  const wantNew = Math.min(newPerRound, slots, newAvailable);
  const due = Math.min(dueAvailable, slots - wantNew);
  return { due, new: Math.min(newAvailable, slots - due) };
}

export function drawWeights(settings: ReviewSettings): DrawWeights {
  const colors = Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, settings.colorWeights[c] ?? 1])) as DrawWeights['colors'];
  return { colors, tags: settings.tagWeights, recency: settings.recency };
}

export function buildRound(db: Db, options: RoundOptions): Round {
  const settings = options.settings ?? readReviewSettings(db);
  const { day, start, end } = reviewDay(options.now, options.timeZone);
  const done = countAnswersOn(db, day);
  const extra = Math.max(options.extra ?? 0, extraOn(db, day));
  const slots = Math.max(0, settings.size + extra - done);
  if (slots === 0) return { day, size: settings.size, extra, done, items: [] };
  const weights = drawWeights(settings);
  // Recency from the day's start, not the clock: the same weights, so the same round, all day.
  const window = { seed: options.seed ?? daySeed(day), now: start.toISOString(), start: start.toISOString(), end: end.toISOString() };
  // Draw up to every slot on each side, then split: a side with too few leaves its slots to the other.
  const due = drawDue(db, weights, window, slots);
  const fresh = drawNew(db, weights, window, slots);
  // Recall cards due today are due items like the highlights (the same FSRS, the same day), longest overdue first.
  const prompts = drawDuePrompts(db, window, slots);
  // New highlights answered today used their share: the rest of the round keeps its due ones.
  const newShare = Math.max(0, settings.newPerRound - countNewAnswersOn(db, day));
  const split = splitSlots(slots, newShare, due.length + prompts.length, fresh.length);
  // Cards never answered come last (cut first when slots are short): one made during the round
  // joins its end, and the card on screen stays where it is.
  const answered = prompts.filter((p) => p.answered).map((p) => p.id);
  const unanswered = prompts.filter((p) => !p.answered).map((p) => ({ prompt: p.id }));
  const dueEntries = [...mixDue(due, answered), ...unanswered].slice(0, split.due);
  const newIds = fresh.slice(0, split.new);
  const promptRows = new Map(promptsByIds(db, dueEntries.flatMap((e) => (e.prompt === undefined ? [] : [e.prompt]))).map((p) => [p.id, p]));
  const dueHighlightIds = dueEntries.map((e) => (e.prompt === undefined ? e.highlight : (promptRows.get(e.prompt)?.highlightId ?? 0)));
  const rows = new Map(reviewItems(db, [...new Set([...dueHighlightIds, ...newIds])]).map((row) => [row.highlightId, row]));
  const items: ReviewItem[] = [];
  const last: ReviewItem[] = [];
  for (const entry of dueEntries) {
    if (entry.prompt === undefined) {
      const row = rows.get(entry.highlight);
      if (row) items.push({ ...row, kind: 'due', prompt: null });
      continue;
    }
    const prompt = promptRows.get(entry.prompt);
    const row = prompt && rows.get(prompt.highlightId);
    if (prompt && row) (prompt.reps === 0 ? last : items).push(promptItem(row, toRecallPrompt(prompt)));
  }
  for (const id of newIds) {
    const row = rows.get(id);
    if (row) items.push({ ...row, kind: 'new', prompt: null });
  }
  return { day, size: settings.size, extra, done, items: [...items, ...last] };
}

type DueEntry = { highlight: number; prompt?: undefined } | { highlight?: undefined; prompt: number };

/** Due highlights and due recall cards taken in turn (a card after each highlight), so a round mixes them. */
export function mixDue(highlights: readonly number[], prompts: readonly number[]): DueEntry[] {
  const mixed: DueEntry[] = [];
  for (let i = 0; i < Math.max(highlights.length, prompts.length); i++) {
    if (i < highlights.length) mixed.push({ highlight: highlights[i]! });
    if (i < prompts.length) mixed.push({ prompt: prompts[i]! });
  }
  return mixed;
}

function promptItem(row: ReviewItemRow, prompt: ReturnType<typeof toRecallPrompt>): ReviewItem {
  return { ...row, kind: prompt.reps === 0 ? 'new' : 'due', due: prompt.due, reps: prompt.reps, lapses: 0, prompt };
}

/**
 * "More": another round's worth past what was answered today (the slots become the round's size
 * again), kept for the rest of the day in the library; answers the round so extended.
 */
export function moreRound(db: Db, options: Omit<RoundOptions, 'extra'>): Round {
  return db
    .transaction((): Round => {
      const { day } = reviewDay(options.now, options.timeZone);
      const done = countAnswersOn(db, day);
      if (done > extraOn(db, day)) keepExtra(db, day, done);
      return buildRound(db, options);
    })
    .immediate();
}
