/** The review day in the user's time zone: its bounds across daylight-saving changes. */
import { describe, expect, it } from 'vitest';
import { daySeed, localDay, nextDay, reviewDay, startOfLocalDay } from '../../main/library/review/day';

const HOUR = 3600_000;

describe('the review day in a time zone', () => {
  it('is 23 hours long in Berlin on 2026-03-29, when clocks go forward at 02:00', () => {
    const d = reviewDay(new Date('2026-03-29T12:00:00Z'), 'Europe/Berlin');
    expect(d.day).toBe('2026-03-29');
    expect(d.start.toISOString()).toBe('2026-03-28T23:00:00.000Z'); // 00:00 CET
    expect(d.end.toISOString()).toBe('2026-03-29T22:00:00.000Z'); // 00:00 CEST
    expect(d.end.getTime() - d.start.getTime()).toBe(23 * HOUR);
  });

  it('puts the instants either side of each Berlin midnight around that change on the right day', () => {
    expect(localDay(new Date('2026-03-28T22:59:59.999Z'), 'Europe/Berlin')).toBe('2026-03-28');
    expect(localDay(new Date('2026-03-28T23:00:00Z'), 'Europe/Berlin')).toBe('2026-03-29');
    expect(localDay(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin')).toBe('2026-03-29'); // 03:30 CEST, just after the change
    expect(localDay(new Date('2026-03-29T21:59:59.999Z'), 'Europe/Berlin')).toBe('2026-03-29');
    expect(localDay(new Date('2026-03-29T22:00:00Z'), 'Europe/Berlin')).toBe('2026-03-30');
    // In UTC the same instant is still the 29th: the zone decides.
    expect(localDay(new Date('2026-03-29T22:30:00Z'), 'UTC')).toBe('2026-03-29');
  });

  it('is 25 hours long in Berlin on 2026-10-25, when clocks go back', () => {
    const d = reviewDay(new Date('2026-10-25T12:00:00Z'), 'Europe/Berlin');
    expect(d.start.toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(d.end.toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(d.end.getTime() - d.start.getTime()).toBe(25 * HOUR);
  });

  it('starts a day whose midnight is skipped at the change (Havana, 2026-03-08: 00:00 → 01:00)', () => {
    const d = reviewDay(new Date('2026-03-08T12:00:00Z'), 'America/Havana');
    expect(d.start.toISOString()).toBe('2026-03-08T05:00:00.000Z'); // 01:00 CDT
    expect(d.end.getTime() - d.start.getTime()).toBe(23 * HOUR);
  });

  it('starts each day at its first instant in zones that change at midnight, far from UTC, or by half hours', () => {
    for (const zone of ['America/Havana', 'America/Santiago', 'Asia/Beirut', 'Pacific/Kiritimati', 'Pacific/Chatham', 'Australia/Lord_Howe', 'America/St_Johns', 'UTC']) {
      for (let day = '2026-01-01'; day < '2027-01-01'; day = nextDay(day, 3)) {
        const start = startOfLocalDay(day, zone);
        expect(localDay(start, zone), `${zone} ${day}`).toBe(day);
        expect(localDay(new Date(start.getTime() - 1), zone), `${zone} ${day}`).toBe(nextDay(day, -1));
      }
    }
  });

  it('steps the calendar across months, years and leap days', () => {
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(nextDay('2026-03-01', -1)).toBe('2026-02-28');
    expect(nextDay('2026-01-10', -30)).toBe('2025-12-11');
  });

  it('seeds each day differently and the same day alike', () => {
    expect(daySeed('2026-03-29')).toBe(daySeed('2026-03-29'));
    expect(daySeed('2026-03-29')).not.toBe(daySeed('2026-03-30'));
    expect(daySeed('2026-03-29')).toBeLessThan(2 ** 31);
    // Neighbouring days far apart on the circle of ranks the new draw rotates by the seed.
    for (let day = '2026-03-01'; day < '2026-04-01'; day = nextDay(day)) {
      const gap = Math.abs(daySeed(day) - daySeed(nextDay(day)));
      expect(Math.min(gap, 2 ** 31 - 1 - gap), day).toBeGreaterThan(2 ** 31 / 1000);
    }
  });
});
