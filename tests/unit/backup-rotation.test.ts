import { describe, expect, it } from 'vitest';
import { backupFileName, libraryName, parseBackupFileName } from '../../main/library/backup/names';
import { backupsToKeep, dayKey, monthKey, weekKey } from '../../main/library/backup/rotation';

const d = (iso: string) => new Date(iso);

/** The kept dates (as ISO strings, newest first) for these dates. */
function kept(dates: string[], policy = { daily: 7, weekly: 4, monthly: 6 }, now = dates.reduce((a, b) => (a > b ? a : b))): string[] {
  const parsed = dates.map(d);
  const keep = backupsToKeep(parsed, policy, d(now));
  return [...keep].map((i) => dates[i]!).sort().reverse();
}

/** One backup a day at noon from `from` for `n` days. */
function daily(from: string, n: number): string[] {
  const start = d(`${from}T12:00:00Z`).getTime();
  return Array.from({ length: n }, (_, i) => new Date(start + i * 86_400_000).toISOString());
}

describe('period keys (UTC)', () => {
  it('weeks start on Monday, across a year boundary', () => {
    expect(weekKey(d('2026-01-01T10:00:00Z'))).toBe('2025-12-29'); // a Thursday
    expect(weekKey(d('2025-12-29T00:00:00Z'))).toBe('2025-12-29'); // the Monday itself
    expect(weekKey(d('2026-01-04T23:59:59Z'))).toBe('2025-12-29'); // the Sunday
    expect(weekKey(d('2026-01-05T00:00:00Z'))).toBe('2026-01-05');
  });
  it('months and days across boundaries, leap day included', () => {
    expect(monthKey(d('2025-12-31T23:59:59Z'))).toBe('2025-12');
    expect(monthKey(d('2026-01-01T00:00:00Z'))).toBe('2026-01');
    expect(dayKey(d('2028-02-29T12:00:00Z'))).toBe('2028-02-29');
    expect(weekKey(d('2028-03-01T12:00:00Z'))).toBe('2028-02-28');
  });
});

describe('backupsToKeep', () => {
  it('keeps everything while there are fewer backups than the counts', () => {
    const dates = daily('2026-03-01', 5);
    expect(kept(dates)).toEqual([...dates].reverse());
  });

  it('a year of daily backups: 7 days, 4 weeks, 6 months', () => {
    const dates = daily('2025-01-01', 365); // 2025-01-01 … 2025-12-31
    const k = kept(dates);
    const days = ['2025-12-31', '2025-12-30', '2025-12-29', '2025-12-28', '2025-12-27', '2025-12-26', '2025-12-25'];
    // Newest of each ISO week: the Sundays before the last (partial) week's newest, Dec 31.
    const weeks = ['2025-12-31', '2025-12-28', '2025-12-21', '2025-12-14'];
    // Newest of each month.
    const months = ['2025-12-31', '2025-11-30', '2025-10-31', '2025-09-30', '2025-08-31', '2025-07-31'];
    const expected = [...new Set([...days, ...weeks, ...months])].sort().reverse();
    expect(k.map((x) => x.slice(0, 10))).toEqual(expected);
    expect(k).toHaveLength(14); // 7 days, 2 more weeks (Dec 14, 21), 5 more months
  });

  it('across a year boundary the months and weeks are counted right', () => {
    const dates = daily('2025-11-20', 50); // to 2026-01-08
    const k = kept(dates, { daily: 2, weekly: 3, monthly: 3 }).map((x) => x.slice(0, 10));
    // days: Jan 8, Jan 7; weeks: Jan 8 (week of Jan 5), Jan 4 (week of Dec 29, spans the new year), Dec 28;
    // months: Jan 8, Dec 31, Nov 30.
    expect(k).toEqual(['2026-01-08', '2026-01-07', '2026-01-04', '2025-12-31', '2025-12-28', '2025-11-30']);
  });

  it('counts days that have backups, not calendar days: a gap keeps the older ones', () => {
    const dates = ['2026-01-01T09:00:00Z', '2026-01-02T09:00:00Z', '2026-03-01T09:00:00Z'];
    expect(kept(dates, { daily: 3, weekly: 0, monthly: 0 })).toEqual([...dates].reverse());
  });

  it('several a day: only the newest of an older day is kept, but every one of the last 24 hours', () => {
    const dates = ['2026-05-01T08:00:00Z', '2026-05-01T09:00:00Z', '2026-05-01T17:00:00Z', '2026-05-03T08:00:00Z', '2026-05-03T10:00:00Z', '2026-05-03T11:00:00Z'];
    expect(kept(dates, { daily: 7, weekly: 0, monthly: 0 }, '2026-05-03T12:00:00Z')).toEqual([
      '2026-05-03T11:00:00Z',
      '2026-05-03T10:00:00Z',
      '2026-05-03T08:00:00Z',
      '2026-05-01T17:00:00Z',
    ]);
  });

  it('counts of zero keep only the last 24 hours', () => {
    const dates = daily('2026-01-01', 10);
    expect(kept(dates, { daily: 0, weekly: 0, monthly: 0 })).toEqual([dates[9]]);
  });

  it('a backup dated in the future (clock set back) is kept', () => {
    const dates = ['2030-01-01T00:00:00Z', ...daily('2026-01-01', 3)];
    expect(kept(dates, { daily: 1, weekly: 0, monthly: 0 }, '2026-01-03T13:00:00Z')).toContain('2030-01-01T00:00:00Z');
  });

  it('ties (the same second) keep one per period, deterministically', () => {
    const dates = ['2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z'];
    expect(backupsToKeep(dates.map(d), { daily: 1, weekly: 0, monthly: 0 }, d('2026-02-01T00:00:00Z')).size).toBe(1);
  });
});

describe('backup file names', () => {
  it('round-trip, with a sequence for the same second', () => {
    const date = d('2026-12-03T04:05:06Z');
    expect(backupFileName('library', date)).toBe('library-2026-12-03-040506.sqlite');
    expect(backupFileName('library', date, 2)).toBe('library-2026-12-03-040506-2.sqlite');
    expect(parseBackupFileName('library', 'library-2026-12-03-040506.sqlite')).toEqual(date);
    expect(parseBackupFileName('library', 'library-2026-12-03-040506-2.sqlite')).toEqual(date);
  });
  it('refuses other files and impossible dates', () => {
    expect(parseBackupFileName('library', 'library-2026-02-31-000000.sqlite')).toBeNull();
    expect(parseBackupFileName('library', 'other-2026-01-01-000000.sqlite')).toBeNull();
    expect(parseBackupFileName('lib', 'lib.x-2026-01-01-000000.sqlite')).toBeNull();
    expect(parseBackupFileName('library', 'library-2026-01-01-000000.sqlite.commonplace-backup-tmp')).toBeNull();
    expect(parseBackupFileName('a.b', 'a.b-2026-01-01-000000.sqlite')).toEqual(d('2026-01-01T00:00:00Z'));
  });
  it('the library name is the file name without its extension', () => {
    expect(libraryName('/x/y/library.commonplace')).toBe('library');
    expect(libraryName('/x/my.notes.db')).toBe('my.notes');
    expect(libraryName('/x/.hidden')).toBe('.hidden');
  });
});
