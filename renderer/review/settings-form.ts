/**
 * The review settings as a form: what the inputs hold (text, as typed) and the settings read
 * back from them, or a message per field saying what is wrong. Pure, unit-tested
 * (tests/unit/review-settings-form.test.ts); the limits are the contract's own schema's, so the
 * form refuses exactly what `review.configure` would.
 */
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../main/contract/constants';
import { TagNameSchema } from '../../main/contract/highlights';
import { REVIEW_LIMITS, ReviewSettingsSchema, type ReviewSettings } from '../../main/contract/review';

export interface TagWeightRow {
  /** Stable across edits (React's key), not shown. */
  key: number;
  name: string;
  weight: string;
}

export interface SettingsForm {
  size: string;
  newPerRound: string;
  recency: string;
  colors: Record<HighlightColor, string>;
  tags: TagWeightRow[];
}

/** A field of the form: `size`, `newPerRound`, `recency`, `color:yellow`, `tag:<key>:name`, `tag:<key>:weight`, or `tags` (the list). */
export type FieldKey = string;

export type FormResult = { ok: true; settings: ReviewSettings } | { ok: false; errors: Map<FieldKey, string> };

let nextKey = 1;
export const newTagRow = (name = '', weight = '2'): TagWeightRow => ({ key: nextKey++, name, weight });

export function formOf(settings: ReviewSettings): SettingsForm {
  return {
    size: String(settings.size),
    newPerRound: String(settings.newPerRound),
    recency: String(settings.recency),
    colors: Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, String(settings.colorWeights[c] ?? 1)])) as Record<HighlightColor, string>,
    tags: Object.entries(settings.tagWeights).map(([name, weight]) => newTagRow(name, String(weight))),
  };
}

const { sizeMax, weightMax, tagWeightsMax, recencyMax } = REVIEW_LIMITS;

/** A number as typed: `2`, ` 1.5 `, `0,5` (a decimal comma); undefined when it is not one. */
function numberOf(text: string): number | undefined {
  const t = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(t)) return undefined;
  return Number(t);
}

function whole(text: string, min: number, max: number): number | undefined {
  const n = numberOf(text);
  return n !== undefined && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

function decimal(text: string, max: number): number | undefined {
  const n = numberOf(text);
  return n !== undefined && n <= max ? n : undefined;
}

export function readForm(form: SettingsForm, colorName: (color: HighlightColor) => string): FormResult {
  const errors = new Map<FieldKey, string>();
  const size = whole(form.size, 1, sizeMax);
  if (size === undefined) errors.set('size', `Round size: give a whole number from 1 to ${sizeMax}.`);
  const newPerRound = whole(form.newPerRound, 0, sizeMax);
  if (newPerRound === undefined) errors.set('newPerRound', `New highlights per round: give a whole number from 0 to ${sizeMax}.`);
  const recency = decimal(form.recency, recencyMax);
  if (recency === undefined) errors.set('recency', `Recency: give a number from 0 (no preference) to ${recencyMax}.`);

  const colorWeights: ReviewSettings['colorWeights'] = {};
  for (const color of HIGHLIGHT_COLORS) {
    const w = decimal(form.colors[color], weightMax);
    if (w === undefined) errors.set(`color:${color}`, `${colorName(color)}: give a weight from 0 (never drawn) to ${weightMax}.`);
    else colorWeights[color] = w;
  }

  const tagWeights: Record<string, number> = {};
  const seen = new Set<string>();
  if (form.tags.length > tagWeightsMax) errors.set('tags', `Weigh at most ${tagWeightsMax} tags.`);
  for (const row of form.tags) {
    const name = TagNameSchema.safeParse(row.name);
    if (!name.success) errors.set(`tag:${row.key}:name`, name.error.issues[0]?.message ?? 'This is not a tag name.');
    else if (seen.has(name.data.toLowerCase())) errors.set(`tag:${row.key}:name`, `“${name.data}” is weighed twice: keep one row for it.`);
    const w = decimal(row.weight, weightMax);
    const label = name.success ? `“${name.data}”` : 'This tag';
    if (w === undefined) errors.set(`tag:${row.key}:weight`, `${label}: give a weight from 0 (never drawn) to ${weightMax}.`);
    if (name.success && w !== undefined) {
      seen.add(name.data.toLowerCase());
      tagWeights[name.data] = w;
    }
  }
  if (errors.size > 0 || size === undefined || newPerRound === undefined || recency === undefined) return { ok: false, errors };
  // The contract's schema has the last word (what `review.configure` would refuse, the form refuses).
  const parsed = ReviewSettingsSchema.safeParse({ size, newPerRound, recency, colorWeights, tagWeights });
  if (!parsed.success) return { ok: false, errors: new Map([['form', parsed.error.issues[0]?.message ?? 'These settings cannot be kept.']]) };
  return { ok: true, settings: parsed.data };
}
