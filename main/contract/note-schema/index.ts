/**
 * The note document's schema: part of the contract, since a note's content crosses it as TipTap
 * JSON. One pure module shared by the renderer (which adds React node views) and the Node side
 * (validation, plain text, links, Markdown in main/library/notes/doc/). No React, no DOM at
 * import time.
 *
 * A note is TipTap JSON built from StarterKit (headings, bold, italic, strike, code, lists, quote,
 * code block, rule, link, hard break), task lists, and four nodes of its own:
 * - `noteLink`     inline atom `{ noteId: number | null, title: string }`
 * - `highlightRef` block atom  `{ highlightId: number, documentId: number, quote: string | null }`
 * - `articleRef`   inline atom `{ documentId: number, title: string }`
 * - `tag`          inline atom `{ name: string }`
 */
export { ARTICLE_REF, HIGHLIGHT_REF, NOTE_LINK, TAG, ArticleRef, HighlightRef, NoteLink, Tag, noteNodes } from './nodes';
export { HREF_MAX, createNoteExtensions, isSafeHref, noteExtensions, noteSchema, type NoteExtensionOptions, type NoteNodeName } from './extensions';
export {
  NOTE_MAX_BYTES,
  NOTE_MAX_DEPTH,
  NOTE_TITLE_MAX,
  emptyNoteDoc,
  type NoteDocJSON,
  type NoteMarkJSON,
  type NoteNodeJSON,
} from './json';
