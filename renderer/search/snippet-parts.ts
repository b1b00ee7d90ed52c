/**
 * A search hit's snippet as parts: the Node side wraps matched words in U+0002 … U+0003. Pure,
 * so it is unit-tested without a DOM; Snippet.tsx turns the parts into React elements.
 */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

export interface SnippetPart {
  text: string;
  marked: boolean;
}

export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  let current = '';
  for (const ch of snippet) {
    if (ch === MARK_START || ch === MARK_END) {
      if (current) parts.push({ text: current, marked });
      current = '';
      marked = ch === MARK_START;
    } else {
      current += ch;
    }
  }
  if (current) parts.push({ text: current, marked });
  return parts;
}

/** The first marked words (for finding them again in an opened note), or null. */
export function firstMarked(snippet: string): string | null {
  return snippetParts(snippet).find((p) => p.marked)?.text ?? null;
}
