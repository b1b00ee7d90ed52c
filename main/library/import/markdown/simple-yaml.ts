/**
 * The front matter most notes carry, read without the YAML library: `key: value` lines whose
 * values are plain words, dates, quoted strings without escapes, or short lists of plain words.
 * The library answers the same for these, but its code runs cold in every parse worker (about
 * 2 ms per file over the first few hundred notes); anything outside this small grammar (block
 * scalars, nesting, comments, escapes, numbers, booleans, repeated keys…) returns null and goes
 * to the library. tests/unit/markdown-front-matter.test.ts holds both readings to the same answers.
 */

/** `key: value` or `key:`; keys of letters, digits, `_` and `-`. */
const LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*?))? *$/;
/** A plain value that YAML's core schema reads as a string: it starts with a letter and holds no ": ", " #" or tab. */
const PLAIN = /^\p{L}[^\t\p{Cc}\u0085\u2028\u2029\ufeff]*$/u;
const NOT_PLAIN = /: | #|:$/;
/** Plain words that the core schema reads as booleans or null. */
const KEYWORDS = /^(?:true|True|TRUE|false|False|FALSE|null|Null|NULL)$/;
/** A date as written in front matter: a string to the core schema (it resolves no timestamps). */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const QUOTED = /^"([^"\\\p{Cc}\u0085\u2028\u2029\ufeff]*)"$|^'([^'\p{Cc}\u0085\u2028\u2029\ufeff]*)'$/u;
const LIST = /^\[(.*)\]$/;
const LIST_ITEM = /^\p{L}[\p{L}\p{N}_./-]*(?: [\p{L}\p{N}_./-]+)*$/u;

function scalar(value: string): string | undefined {
  const quoted = QUOTED.exec(value);
  if (quoted) return quoted[1] ?? quoted[2];
  if (DATE.test(value)) return value;
  if (PLAIN.test(value) && !NOT_PLAIN.test(value) && !KEYWORDS.test(value)) return value;
  return undefined;
}

/** The front matter's fields (keys lower-cased, as readFrontMatter gives them), or null when the library must read it. */
export function simpleFrontMatter(yaml: string): Record<string, unknown> | null {
  const entries: [string, unknown][] = [];
  const seen = new Set<string>();
  for (const line of yaml.split('\n')) {
    if (line.trim() === '') continue;
    const match = LINE.exec(line);
    if (!match) return null;
    const key = match[1]!;
    if (KEYWORDS.test(key)) return null;
    // A repeated key is an error to the library (and the whole front matter is dropped).
    if (seen.has(key)) return null;
    seen.add(key);
    const value = match[2] ?? '';
    if (value === '') {
      entries.push([key.toLowerCase(), null]);
      continue;
    }
    const list = LIST.exec(value);
    if (list) {
      const inner = list[1]!.trim();
      const items = inner === '' ? [] : inner.split(',').map((item) => item.trim());
      if (!items.every((item) => LIST_ITEM.test(item) && !KEYWORDS.test(item))) return null;
      entries.push([key.toLowerCase(), items]);
      continue;
    }
    const text = scalar(value);
    if (text === undefined) return null;
    entries.push([key.toLowerCase(), text]);
  }
  return Object.fromEntries(entries);
}
