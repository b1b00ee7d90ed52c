/**
 * The review settings (round size, new per round, weights), kept in the library's
 * `review_settings` row: they travel with the library and its review history. Read leniently: a
 * missing row or an unreadable field gives the default for that field, never an error.
 *
 * The same JSON also keeps today's "More" (`more: {day, extra}`: slots past the size on that
 * local day), so going past the round lasts the day, not only while the view is open. It is not a
 * setting (`review.configure` cannot set it, and writing settings keeps it); another day reads 0.
 */
import { readReviewSettingsJson, writeReviewSettingsJson } from '../../../db/repos/review';
import type { Db } from '../../../db/open';
import { DEFAULT_REVIEW_SETTINGS, ReviewSettingsSchema, type ReviewSettings } from '../../contract/review';

interface More {
  day: string;
  extra: number;
}

function readStored(db: Db): Record<string, unknown> | undefined {
  const json = readReviewSettingsJson(db);
  if (json === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(json);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // An unreadable row reads as the defaults.
  }
  return {};
}

function storedMore(stored: Record<string, unknown> | undefined): More | undefined {
  const more = stored?.more;
  if (!more || typeof more !== 'object') return undefined;
  const { day, extra } = more as Record<string, unknown>;
  return typeof day === 'string' && typeof extra === 'number' && Number.isInteger(extra) && extra >= 0 ? { day, extra } : undefined;
}

function settingsOf(stored: Record<string, unknown> | undefined): ReviewSettings {
  const settings = structuredClone(DEFAULT_REVIEW_SETTINGS);
  if (!stored) return settings;
  const shape = ReviewSettingsSchema.shape;
  for (const key of Object.keys(shape) as (keyof ReviewSettings)[]) {
    const parsed = shape[key].safeParse(stored[key]);
    if (parsed.success) (settings as Record<string, unknown>)[key] = parsed.data;
  }
  return settings;
}

function write(db: Db, settings: ReviewSettings, more: More | undefined): void {
  writeReviewSettingsJson(db, JSON.stringify(more ? { ...settings, more } : settings));
}

export function readReviewSettings(db: Db): ReviewSettings {
  return settingsOf(readStored(db));
}

/** Applies a (validated) change and returns the whole settings as now stored (today's "More" kept). */
export function updateReviewSettings(db: Db, change: Partial<ReviewSettings>): ReviewSettings {
  return db
    .transaction(() => {
      const stored = readStored(db);
      const settings = { ...settingsOf(stored), ...change };
      write(db, settings, storedMore(stored));
      return settings;
    })
    .immediate();
}

/** Slots past the round's size on `day` ("More"), 0 when none were asked for that day. */
export function extraOn(db: Db, day: string): number {
  const more = storedMore(readStored(db));
  return more?.day === day ? more.extra : 0;
}

/** Keeps `extra` slots past the size for `day` (replacing another day's). */
export function keepExtra(db: Db, day: string, extra: number): void {
  db.transaction(() => {
    const stored = readStored(db);
    write(db, settingsOf(stored), { day, extra });
  }).immediate();
}
