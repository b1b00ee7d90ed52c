/**
 * Dates as articles write them ("Published October 17, 2025", "Sat 25 Oct 2025 10.00 BST",
 * "2025-10-17") → ISO "YYYY-MM-DD". Numeric day/month orders (10/11/2025) are ambiguous across
 * locales and are not guessed.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
// Whatever may follow a date on its line: a time, a zone, "| 5 min read".
const TAIL = '(?:[\\s,|·•—–-]+.{0,40})?';

const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}${TAIL}$`, 'i');
const DAY_FIRST = new RegExp(`^${WEEKDAY}${DAY}\\s+${MONTH},?\\s+${YEAR}${TAIL}$`, 'i');
const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?(?:[\s,|·•—–-]+.{0,40})?$/i;

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days || year < 1800 || year > 2200) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace('.', '')] ?? 0;
}

/** Parses a line that is a date (optionally with a weekday and a time after it), else null. */
export function parseDateLine(line: string): string | null {
  const text = line.trim();
  if (text.length < 8 || text.length > 80) return null;
  let m = ISO.exec(text);
  if (m) {
    const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    // A full timestamp is kept as the source states it.
    return date && m[4] && text.slice(0, 10) === date ? `${date}${m[4]}` : date;
  }
  m = MONTH_FIRST.exec(text);
  if (m) return iso(Number(m[3]), monthNumber(m[1] as string), Number(m[2]));
  m = DAY_FIRST.exec(text);
  if (m) return iso(Number(m[3]), monthNumber(m[2] as string), Number(m[1]));
  return null;
}

const STATED = /^(?:originally\s+|first\s+)?(published|posted|updated|last\s+updated|date|dated)\s*(?:on|at)?\s*[:\-–—]?\s*(.+)$/i;

export interface StatedDate {
  date: string;
  /** "Updated …" dates are only used when no publication date is stated. */
  kind: 'published' | 'updated';
}

/** "Published October 17, 2025", "Updated: 2025-10-18 09:00" → the date and which kind it is. */
export function parseStatedDate(line: string): StatedDate | null {
  if (line.length > 100) return null;
  const m = STATED.exec(line.trim());
  if (!m) return null;
  const date = parseDateLine(m[2] as string);
  if (!date) return null;
  return { date, kind: /updated/i.test(m[1] as string) ? 'updated' : 'published' };
}
