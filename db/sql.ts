/** Small helpers for building queries safely; values are still always bound, never spliced. */

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
