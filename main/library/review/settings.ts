/**
 * The review settings (round size, new per round, weights), kept in the library's
 * `review_settings` row: they travel with the library and its review history. Read leniently: a
 * missing row or an unreadable field gives the default for that field, never an error.
 */
import { readReviewSettingsJson, writeReviewSettingsJson } from '../../../db/repos/review';
import type { Db } from '../../../db/open';
import { DEFAULT_REVIEW_SETTINGS, ReviewSettingsSchema, type ReviewSettings } from '../../contract/review';

export function readReviewSettings(db: Db): ReviewSettings {
  const json = readReviewSettingsJson(db);
  if (json === undefined) return structuredClone(DEFAULT_REVIEW_SETTINGS);
  let stored: Record<string, unknown> = {};
  try {
    const value: unknown = JSON.parse(json);
    if (value && typeof value === 'object') stored = value as Record<string, unknown>;
  } catch {
    // An unreadable row reads as the defaults.
  }
  const settings = structuredClone(DEFAULT_REVIEW_SETTINGS);
  const shape = ReviewSettingsSchema.shape;
  for (const key of Object.keys(shape) as (keyof ReviewSettings)[]) {
    const parsed = shape[key].safeParse(stored[key]);
    if (parsed.success) (settings as Record<string, unknown>)[key] = parsed.data;
  }
  return settings;
}

/** Applies a (validated) change and returns the whole settings as now stored. */
export function updateReviewSettings(db: Db, change: Partial<ReviewSettings>): ReviewSettings {
  return db
    .transaction(() => {
      const settings = { ...readReviewSettings(db), ...change };
      writeReviewSettingsJson(db, JSON.stringify(settings));
      return settings;
    })
    .immediate();
}
