/**
 * What the Node side derives from a note's document (TipTap JSON, whose schema is the
 * contract's, main/contract/note-schema): validation, plain text and excerpts, links and
 * hashtags, mentions, Markdown, and tag rewrites. Pure functions over the JSON; only Node runs
 * them (save, search, backlinks, export, the CLI), so they live here rather than in the contract.
 */
export { noteByteLength, validateNoteDoc, type NoteValidation } from './validate';
export { CONTEXT_MAX, EXCERPT_MAX, excerptOf, noteToPlainText, sentenceAround } from './text';
export { extractLinks, type ExtractedLinks, type LinkKind, type NoteLinkRef } from './links';
export { findFirstMention, isMentionable, linkFirstMention, type Mention } from './mentions';
export { noteToMarkdown, type MarkdownHighlight, type MarkdownResolvers, type MarkdownTarget } from './markdown';
export { removeTagFromNote, renameTagInNote } from './retag';
export { rewriteTags, type TagRewrite } from './tag-walk';
