/** Small helpers for building queries safely; values are still always bound, never spliced. And the statement cache every repo uses. */
import type { Statement } from 'better-sqlite3';
import type { Db } from './open';

/** Escapes LIKE's wildcards (and the escape character) so user text matches only itself. Use with ESCAPE '\'. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Bounds of the names below `name` in the tag hierarchy: every `name/…` sorts in
 * [`name/`, `name0`) because '0' is the character right after '/'. Comparing with the tag
 * column's NOCASE collation keeps it case-insensitive, and a range (unlike LIKE) uses the index.
 */
export function childRange(name: string): [string, string] {
  return [`${name}/`, `${name}0`];
}

const WORDS = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * An FTS5 query matching every word of `text` as a prefix (`cold wa` → `"cold"* "wa"*`), or null
 * when the text has no words. Each word is quoted, so nothing the user types is read as an operator.
 */
export function ftsPrefixQuery(text: string): string | null {
  const words = text.normalize('NFC').match(WORDS);
  return words ? words.map((w) => `"${w}"*`).join(' ') : null;
}

/** An FTS5 phrase (`"cold war"`): the words in this order, case and accents ignored by the tokenizer. */
export function ftsPhrase(text: string): string | null {
  const words = text.normalize('NFC').match(WORDS);
  return words ? `"${words.join(' ')}"` : null;
}

const statements = new WeakMap<Db, Map<string, Statement>>();
// Every repo's fixed statements (about 150) plus room for the shapes search filters make.
const STATEMENTS_KEPT = 400;

/**
 * A statement compiled once per connection and SQL text; every repo asks through this rather than
 * `db.prepare`. Compiling costs about as much as running most small queries (a search runs a dozen
 * per keystroke, the same shapes again and again). The least recently used go past
 * STATEMENTS_KEPT (search filters make many shapes). Statements are shared, so callers never
 * change their mode (`pluck`, `raw`, `expand`, `safeIntegers`) and never hold one across
 * another call's `iterate()`.
 */
export function prepared(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (statement) cache.delete(sql);
  else statement = db.prepare(sql);
  cache.set(sql, statement);
  if (cache.size > STATEMENTS_KEPT) cache.delete(cache.keys().next().value!);
  return statement;
}

/** The test `titleWhere` applies, set only while its query runs (better-sqlite3 is synchronous). */
let titleTest: ((title: string) => boolean) | null = null;
const withTitleTest = new WeakSet<Db>();

/**
 * Runs `run` with the SQL function `commonplace_title_test(title)` answering `test(title)` (1 or 0).
 * For filters only JavaScript can say (the export's file names): SQLite walks the titles and only
 * the rows that pass reach JavaScript. The function is registered once per connection.
 */
export function titleWhere<T>(db: Db, test: (title: string) => boolean, run: () => T): T {
  if (!withTitleTest.has(db)) {
    db.function('commonplace_title_test', { deterministic: false }, (title: unknown) => (typeof title === 'string' && titleTest?.(title) ? 1 : 0));
    withTitleTest.add(db);
  }
  const outer = titleTest;
  titleTest = test;
  try {
    return run();
  } finally {
    titleTest = outer;
  }
}
