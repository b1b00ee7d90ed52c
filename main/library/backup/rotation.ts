/**
 * Which backups to keep: grandfather-father-son over the dates in the backups' names. Pure, so it
 * is tested on dates alone (tests/unit/backup-rotation.test.ts).
 *
 * - every backup of the last 24 hours (the ones made before a purge, a merge or a migration
 *   must outlive the next such operation that day);
 * - the newest backup of each of the newest `daily` days that have one;
 * - the newest of each of the newest `weekly` ISO weeks (Monday to Sunday) that have one;
 * - the newest of each of the newest `monthly` calendar months that have one.
 *
 * Days, weeks and months are UTC, like the names. Counting periods *that have a backup* (as
 * restic's `--keep-daily` does) rather than calendar periods means a library left alone for a
 * month still keeps its last seven daily backups. Plain UTC date math: date-fns is not a
 * dependency, and three keys (day, Monday of the week, month) do not need one.
 */
export interface RotationPolicy {
  daily: number;
  weekly: number;
  monthly: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 6 };

const DAY_MS = 86_400_000;

export function dayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The Monday (UTC) starting the ISO week of `date`. */
export function weekKey(date: Date): string {
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return dayKey(new Date(midnight - sinceMonday * DAY_MS));
}

export function monthKey(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/**
 * The indexes (into `dates`) of the backups to keep; the rest may be removed. `now` bounds the
 * last-24-hours rule; a date in the future (a clock set back) is kept, never judged. Of equal
 * dates, the earlier in `dates` counts as the newer (callers list newest first).
 */
export function backupsToKeep(dates: readonly Date[], policy: RotationPolicy, now: Date): Set<number> {
  const order = dates.map((d, i) => ({ t: d.getTime(), i })).sort((a, b) => b.t - a.t || a.i - b.i);
  const keep = new Set<number>();
  for (const { t, i } of order) if (t > now.getTime() - DAY_MS) keep.add(i);
  const buckets: [(d: Date) => string, number][] = [
    [dayKey, policy.daily],
    [weekKey, policy.weekly],
    [monthKey, policy.monthly],
  ];
  for (const [key, count] of buckets) {
    const seen = new Set<string>();
    for (const { t, i } of order) {
      if (seen.size >= count) break;
      const k = key(new Date(t));
      if (seen.has(k)) continue;
      seen.add(k);
      keep.add(i);
    }
  }
  return keep;
}
