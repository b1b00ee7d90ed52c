/**
 * Finds words in a note's document, for opening a note at a search match. Looks inside each
 * paragraph or heading (a match never spans blocks), ignoring case; references count as one
 * character, so they never match but never shift the positions either.
 */
import type { Node as PmNode } from '@tiptap/pm/model';

export function findInDoc(doc: PmNode, words: string): { from: number; to: number } | null {
  const needle = words.trim().toLowerCase();
  if (!needle) return null;
  let found: { from: number; to: number } | null = null;
  doc.descendants((node, pos) => {
    if (found) return false;
    if (!node.isTextblock) return true;
    let text = '';
    const starts: number[] = [];
    node.forEach((child, offset) => {
      const piece = child.isText ? (child.text ?? '') : '\ufffc';
      for (let i = 0; i < piece.length; i++) starts.push(pos + 1 + offset + i);
      text += piece;
    });
    const at = text.toLowerCase().indexOf(needle);
    if (at >= 0) {
      const from = starts[at]!;
      found = { from, to: from + needle.length };
    }
    return false;
  });
  return found;
}
