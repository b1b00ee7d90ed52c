/**
 * The extraction corpus's measures (see ../shared/fixtures/extraction/README.md), written once
 * so that the HTML import and the text import are scored the same way.
 *
 * Strings are compared after `normalise`: NFC, soft hyphens and zero-width characters removed,
 * whitespace runs collapsed to one space. Without it a page fails for an invisible difference
 * (a soft hyphen in the page, a line break where the expectation has a space).
 */

/** Soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM used as a zero-width no-break space. */
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;

export function normalise(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Share of `strings` found in `text` (1 when there are none to find). */
export function bodyKept(text: string, strings: readonly string[]): number {
  if (strings.length === 0) return 1;
  const haystack = normalise(text);
  return strings.filter((s) => haystack.includes(normalise(s))).length / strings.length;
}

/** Share of `strings` absent from `text` (1 when there are none to remove). */
export function clutterRemoved(text: string, strings: readonly string[]): number {
  if (strings.length === 0) return 1;
  const haystack = normalise(text);
  return strings.filter((s) => !haystack.includes(normalise(s))).length / strings.length;
}

/** Letters and digits only, lower-cased, single spaces between words: case and punctuation ignored. */
function titleKey(text: string): string {
  return normalise(text)
    .toLocaleLowerCase('und')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}

/**
 * Whether `got` is one of the candidate titles, ignoring case and punctuation, and allowing a
 * site name added before or after it ("Headline | Site", "Site: Headline") on either side:
 * the import may keep a site name the candidate lacks, or drop one the candidate has. The
 * shorter side must then be whole words at the start or end of the longer one, and at least
 * half of it, so that a bare site name ("Spiegel") never matches "Spiegel: Headline".
 */
export function titleMatches(got: string, candidates: readonly string[]): boolean {
  const mine = titleKey(got);
  if (mine === '') return false;
  return candidates.some((candidate) => {
    const theirs = titleKey(candidate);
    if (theirs === '') return false;
    if (mine === theirs) return true;
    const [short, long] = mine.length <= theirs.length ? [mine, theirs] : [theirs, mine];
    if (short.length * 2 < long.length) return false;
    return long.startsWith(`${short} `) || long.endsWith(` ${short}`);
  });
}

export interface PageScores {
  /** The page's `lang` as written; grouped by its lower-cased primary subtag. */
  lang: string;
  title: number;
  bodyKept: number;
  clutterRemoved: number;
}

/**
 * The lower-cased primary subtag: `de-DE`, `de_CH`, `DE` → `de`; `""` stays `""` (its own
 * group), and a broken value (`lang=`) stays as written.
 */
export function languageGroup(lang: string): string {
  return lang.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

export interface ScoreRow {
  group: string;
  pages: number;
  title: number;
  bodyKept: number;
  clutterRemoved: number;
}

const mean = (values: readonly number[]): number => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);

function row(group: string, pages: readonly PageScores[]): ScoreRow {
  return {
    group,
    pages: pages.length,
    title: mean(pages.map((p) => p.title)),
    bodyKept: mean(pages.map((p) => p.bodyKept)),
    clutterRemoved: mean(pages.map((p) => p.clutterRemoved)),
  };
}

/** Pages grouped by language group. */
export function byLanguage(pages: readonly PageScores[]): Map<string, PageScores[]> {
  const groups = new Map<string, PageScores[]>();
  for (const page of pages) {
    const group = languageGroup(page.lang);
    groups.set(group, [...(groups.get(group) ?? []), page]);
  }
  return groups;
}

/**
 * Prints the means per language (largest groups first, `""` shown as `(none)`) and overall,
 * and returns the rows, overall last.
 */
export function printTable(rowsByLanguage: ReadonlyMap<string, readonly PageScores[]>, heading = ''): ScoreRow[] {
  const rows = [...rowsByLanguage.entries()].map(([group, pages]) => row(group, pages)).sort((a, b) => b.pages - a.pages || a.group.localeCompare(b.group));
  const overall = row('overall', [...rowsByLanguage.values()].flat());
  const all = [...rows, overall];
  const fmt = (n: number) => n.toFixed(3);
  const lines = [
    heading,
    `${'lang'.padEnd(8)}${'pages'.padStart(6)}${'title'.padStart(8)}${'body'.padStart(8)}${'clutter'.padStart(9)}`,
    ...all.map(
      (r) =>
        `${(r.group === '' ? '(none)' : r.group).padEnd(8)}${String(r.pages).padStart(6)}${fmt(r.title).padStart(8)}${fmt(r.bodyKept).padStart(8)}${fmt(r.clutterRemoved).padStart(9)}`,
    ),
  ].filter((l) => l !== '');
  console.log(lines.join('\n'));
  return all;
}

/** Lower-cased words, letters and digits only. */
function wordsForShingles(text: string): string[] {
  return normalise(text).toLocaleLowerCase('und').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Precision, recall and F1 of `got` against `expected` over word 4-shingles (each run of four
 * words counted as often as it occurs): how much of what was kept belongs, and how much of
 * what belongs was kept, insensitive to line breaks and block boundaries.
 */
export function shingleScores(got: string, expected: string, size = 4): { precision: number; recall: number; f1: number } {
  const bag = (text: string) => {
    const words = wordsForShingles(text);
    const counts = new Map<string, number>();
    for (let i = 0; i + size <= words.length; i++) {
      const key = words.slice(i, i + size).join(' ');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };
  const a = bag(got);
  const b = bag(expected);
  let common = 0;
  let na = 0;
  let nb = 0;
  for (const [k, n] of a) {
    na += n;
    common += Math.min(n, b.get(k) ?? 0);
  }
  for (const n of b.values()) nb += n;
  const precision = na ? common / na : 0;
  const recall = nb ? common / nb : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
