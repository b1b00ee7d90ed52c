/**
 * The one list of TipTap extensions a note is made of, and the ProseMirror schema built from it.
 * The renderer's editor and the Node side (validation, plain text, links, Markdown) use this same
 * list, so a note the editor can write is exactly a note the Node side accepts. The editor may add
 * behaviour (node views, suggestions, placeholders) but never nodes or marks of its own.
 */
import { getSchema, type AnyExtension, type NodeViewRenderer } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { TaskItem, TaskList } from '@tiptap/extension-list';
import StarterKit from '@tiptap/starter-kit';
import { ArticleRef, HighlightRef, NoteLink, Tag } from './nodes';

export const HREF_MAX = 8192;

/**
 * Web and mail links only: a note never holds `javascript:`, `file:` or other schemes that could
 * run or reach anything on the machine. The editor uses the same test (Link's `isAllowedUri`),
 * so it never makes a link the Node side would refuse.
 */
export function isSafeHref(href: unknown): href is string {
  return typeof href === 'string' && href.length <= HREF_MAX && /^(https?:\/\/|mailto:)[^\s\p{Cc}]+$/iu.test(href);
}

function starterKit() {
  return StarterKit.configure({
    heading: { levels: [1, 2, 3, 4, 5, 6] },
    // Underline has no Markdown form (notes export to Markdown); strike does (`~~x~~`).
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: 'https',
      isAllowedUri: (url) => isSafeHref(url),
    },
  });
}

export type NoteNodeName = 'noteLink' | 'highlightRef' | 'articleRef' | 'tag';

export interface NoteExtensionOptions {
  /** The renderer's views for the note nodes (e.g. `ReactNodeViewRenderer(NoteLinkView)`). */
  nodeViews?: Partial<Record<NoteNodeName, NodeViewRenderer>>;
}

/** The extensions for an editor; with no options, exactly `noteExtensions`. Same schema either way. */
export function createNoteExtensions(options: NoteExtensionOptions = {}): AnyExtension[] {
  const withView = <T extends typeof NoteLink | typeof HighlightRef | typeof ArticleRef | typeof Tag>(node: T): AnyExtension => {
    const view = options.nodeViews?.[node.name as NoteNodeName];
    return view ? node.extend({ addNodeView: () => view }) : node;
  };
  return [
    starterKit(),
    TaskList,
    TaskItem.configure({ nested: true }),
    withView(NoteLink),
    withView(HighlightRef),
    withView(ArticleRef),
    withView(Tag),
  ];
}

export const noteExtensions: readonly AnyExtension[] = createNoteExtensions();

let schema: Schema | null = null;

/**
 * The ProseMirror schema of a note (built without a DOM: safe in Node), built on first use:
 * building it takes tens of milliseconds, which the preview's start (and so the window's first
 * page) need not wait for.
 */
export function noteSchema(): Schema {
  return (schema ??= getSchema([...noteExtensions]));
}
