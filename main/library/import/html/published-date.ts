/**
 * Normalises a page's stated publication time to ISO 8601, keeping the precision and the
 * time zone the page gives: "2021-11-01T10:52:50+0100" → "2021-11-01T10:52:50+01:00",
 * "September 12, 2017" → "2017-09-12". Converting to UTC would lose the author's local date;
 * a value that cannot be read as a date is kept as stated rather than dropped.
 */
const ISO_LIKE =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
// A year, or a year and month: ISO 8601 at the precision the page chose.
const ISO_YEAR_OR_MONTH = /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/;
const HAS_TIME = /\d{1,2}:\d{2}/;
// A zone written out in free-form dates: "GMT", "UTC", "+0200", "-05:00", US zone abbreviations.
const HAS_ZONE = /(?:\b(?:GMT|UTC|Z|[ECMP][SD]T)\b|[+-]\d{2}:?\d{2}\b)/i;

export function normalisePublishedAt(raw: string | null | undefined): string | undefined {
  const value = raw?.replace(/\s+/g, ' ').trim();
  if (!value) return undefined;
  if (ISO_YEAR_OR_MONTH.test(value)) return value;
  const iso = ISO_LIKE.exec(value);
  if (iso) return isoFromParts(iso[1] ?? '', iso[2], iso[3], value);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  if (!HAS_TIME.test(value)) return localDate(date);
  // With a zone the instant is known exactly; without one the page gave a wall-clock time,
  // which Date read as local time; its local fields give that wall-clock time back.
  return HAS_ZONE.test(value) ? date.toISOString() : `${localDate(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

function isoFromParts(day: string, time: string | undefined, zone: string | undefined, original: string): string {
  if (Number.isNaN(Date.parse(`${day}T00:00:00Z`))) return original;
  if (time === undefined) return day;
  if (zone === undefined) return `${day}T${time}`;
  if (/^z$/i.test(zone)) return `${day}T${time}Z`;
  const m = /^([+-]\d{2}):?(\d{2})?$/.exec(zone);
  return `${day}T${time}${m?.[1] ?? ''}:${m?.[2] ?? '00'}`;
}

function localDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
