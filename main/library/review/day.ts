/**
 * The review day in the user's time zone, with Intl only (no date library is a dependency). A
 * day runs from its local midnight to the next one, as UTC instants: 23 hours on the day clocks
 * go forward (Europe/Berlin, 2026-03-29), 25 on the day they go back. Pure: the instant is passed in.
 */

export interface ReviewDay {
  /** The local date, `YYYY-MM-DD`. */
  day: string;
  /** The UTC instant of the day's first moment (local midnight, or the first moment after it if midnight is skipped). */
  start: Date;
  /** The UTC instant of the next day's first moment (exclusive end). */
  end: Date;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether Intl knows this IANA zone name (`Europe/Berlin`, `UTC`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The local wall-clock fields at an instant. */
function wallClock(instant: number, timeZone: string): { y: number; m: number; d: number; h: number; min: number; s: number } {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(instant))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { y: parts.year!, m: parts.month!, d: parts.day!, h: parts.hour!, min: parts.minute!, s: parts.second! };
}

/** The zone's offset from UTC at an instant, in milliseconds (whole seconds). */
function offsetAt(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

const HOUR = 3600_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local date of an instant, `YYYY-MM-DD`. */
export function localDay(instant: Date, timeZone: string): string {
  const w = wallClock(instant.getTime(), timeZone);
  return `${pad(w.y, 4)}-${pad(w.m)}-${pad(w.d)}`;
}

/** The first instant whose local date is `day` (`YYYY-MM-DD`). */
export function startOfLocalDay(day: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const midnightAsUtc = Date.UTC(y, m - 1, d);
  // Local midnight is midnight-as-UTC less the offset in force then: the offset before or after
  // any change that day. Of the two candidates, the earliest that falls on `day` is its start
  // (where a change skips midnight, the instant of the change; where midnight comes twice, the first).
  const candidates = [offsetAt(midnightAsUtc - 12 * HOUR, timeZone), offsetAt(midnightAsUtc + 12 * HOUR, timeZone)]
    .map((offset) => midnightAsUtc - offset)
    .filter((instant) => localDay(new Date(instant), timeZone) === day)
    .sort((a, b) => a - b);
  return new Date(candidates[0] ?? midnightAsUtc - offsetAt(midnightAsUtc, timeZone));
}

/** The day after `day` on the calendar (`YYYY-MM-DD`). */
export function nextDay(day: string, step = 1): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + step));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** The review day holding `now` in `timeZone`. */
export function reviewDay(now: Date, timeZone: string): ReviewDay {
  const day = localDay(now, timeZone);
  return { day, start: startOfLocalDay(day, timeZone), end: startOfLocalDay(nextDay(day), timeZone) };
}

/** A number from a day's date, the seed of that day's draw: the same day always draws the same round. */
export function daySeed(day: string): number {
  // FNV-1a over the date's characters, kept within 31 bits (SQLite's arithmetic stays exact).
  let h = 0x811c9dc5;
  for (let i = 0; i < day.length; i++) {
    h ^= day.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // murmur3's finaliser: neighbouring dates (which differ in one character) land far apart.
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  h = (h ^ (h >>> 16)) >>> 0;
  return h & 0x7fffffff;
}
