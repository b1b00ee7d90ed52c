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
