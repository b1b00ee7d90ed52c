/**
 * What the note editor adds to the shared schema's own behaviour (never nodes or marks):
 * Enter on a selected reference opens it (the keyboard's way to follow a link), Escape leaves the
 * editor for the notes list, and Markdown's `[text](https://…)` turns into a link as typed.
 * StarterKit and the task list already bring the other Markdown shortcuts (`# `, `- `, `1. `,
 * `> `, `[ ] `, ``` `code` ```, `**bold**`, `*italic*`, `~~strike~~`, ```` ``` ````, `---`).
 */
import { Extension, InputRule } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { isSafeHref } from '../../main/contract/note-schema';

export interface BehaviourOptions {
  openNote(id: number): void;
  openArticle(id: number, highlightId?: number): void;
  onEscape(): void;
}

const MARKDOWN_LINK = /\[([^[\]]+)\]\(([^()\s]+)\)$/;

export function noteBehaviour(options: BehaviourOptions) {
  return Extension.create({
    name: 'noteBehaviour',
    // After the suggestion lists (200: Escape closes an open list first), before the core
    // keymap (100), whose Enter would otherwise split the paragraph at a selected link.
    priority: 150,
    addKeyboardShortcuts() {
      return {
        Enter: ({ editor }) => {
          const { selection } = editor.state;
          if (!(selection instanceof NodeSelection)) return false;
          const { node } = selection;
          const attrs = node.attrs as Record<string, unknown>;
          if (node.type.name === 'noteLink' && typeof attrs.noteId === 'number') {
            options.openNote(attrs.noteId);
            return true;
          }
          if (node.type.name === 'articleRef' && typeof attrs.documentId === 'number') {
            options.openArticle(attrs.documentId);
            return true;
          }
          if (node.type.name === 'highlightRef' && typeof attrs.documentId === 'number' && typeof attrs.highlightId === 'number') {
            options.openArticle(attrs.documentId, attrs.highlightId);
            return true;
          }
          return false;
        },
        Escape: () => {
          options.onEscape();
          return true;
        },
      };
    },
    addInputRules() {
      const link = this.editor.schema.marks.link;
      if (!link) return [];
      return [
        new InputRule({
          find: MARKDOWN_LINK,
          handler: ({ state, range, match }) => {
            const [, text, href] = match;
            if (!text || !href || !isSafeHref(href)) return null;
            state.tr.replaceWith(range.from, range.to, state.schema.text(text, [link.create({ href })]));
            state.tr.removeStoredMark(link);
            return undefined;
          },
        }),
      ];
    },
  });
}
