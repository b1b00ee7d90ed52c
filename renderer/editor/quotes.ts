/**
 * A highlight quoted into the open editor: the same `highlightRef` block as Quote in note
 * (appended on the Node side) and the `((` picker insert, here at a place in the editor (the
 * caret for Q, where it was dropped for a drag). The change goes through the editor, so the
 * note's own saver saves it like typing.
 */
import type { Editor } from '@tiptap/core';
import { HIGHLIGHT_REF } from '../../main/contract/note-schema';

export interface QuotedHighlight {
  id: number;
  documentId: number;
  exact: string;
}

/** Inserts the quote at `at` (clamped into the note); false when the editor is gone. */
export function insertQuote(editor: Editor, highlight: QuotedHighlight, at: number): boolean {
  if (editor.isDestroyed) return false;
  const pos = Math.max(0, Math.min(at, editor.state.doc.content.size));
  return editor
    .chain()
    .insertContentAt(pos, { type: HIGHLIGHT_REF, attrs: { highlightId: highlight.id, documentId: highlight.documentId, quote: highlight.exact } })
    .scrollIntoView()
    .run();
}
