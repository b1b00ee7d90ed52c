/**
 * The note-specific nodes: links to notes, references to highlights and articles, and tags.
 * Every reference stores the target's id (the truth) plus, where it helps, the words seen when
 * the reference was made: shown only if the target cannot be resolved any more (deleted), so a
 * broken link still says what it pointed at.
 *
 * Attribute `validate` functions make ProseMirror itself refuse bad values, in the editor and in
 * `validateNoteDoc` alike. `parseHTML` (paste) is written to produce only valid values or to
 * skip the element, because a validate error while pasting would throw inside the editor.
 * Nothing here touches the DOM at import time: `renderHTML` returns plain arrays.
 */
import { Node, mergeAttributes } from '@tiptap/core';
import { NOTE_TITLE_MAX } from './json';
import { TAG_NAME_MAX } from '../constants';
import { tidyTagName } from '../tags';

/** The names of the nodes this module adds to StarterKit's. */
export const NOTE_LINK = 'noteLink';
export const HIGHLIGHT_REF = 'highlightRef';
export const ARTICLE_REF = 'articleRef';
export const TAG = 'tag';

const isId = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

function requireId(what: string, nullable = false) {
  return (value: unknown): void => {
    if (isId(value) || (nullable && value === null)) return;
    throw new RangeError(`${what} must be a positive whole number${nullable ? ' or null' : ''}, not ${JSON.stringify(value)}.`);
  };
}

function requireText(what: string, max: number, nullable = false) {
  return (value: unknown): void => {
    if (nullable && value === null) return;
    if (typeof value !== 'string') throw new RangeError(`${what} must be text${nullable ? ' or null' : ''}, not ${JSON.stringify(value)}.`);
    if (value.length > max) throw new RangeError(`${what} can be at most ${max} characters long.`);
  };
}

function requireTagName(value: unknown): void {
  if (typeof value !== 'string' || tidyTagName(value) !== value) {
    throw new RangeError(`A tag name must be 1–${TAG_NAME_MAX} characters, without control characters or stray slashes, not ${JSON.stringify(value)}.`);
  }
}

/** Reads a positive id from a data attribute (paste); anything else is null. */
function parseId(element: HTMLElement, name: string): number | null {
  const value = Number(element.getAttribute(name));
  return isId(value) ? value : null;
}

const data = (name: string) => (attrs: Record<string, unknown>) => (attrs[name] === null ? {} : { [`data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`]: attrs[name] });

/** `[[Title]]`: a link to another note. `noteId` null: typed but not yet pointing at a note. */
export const NoteLink = Node.create({
  name: NOTE_LINK,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      noteId: { default: null, validate: requireId('A note link’s noteId', true), parseHTML: (el) => parseId(el, 'data-note-id'), renderHTML: data('noteId') },
      title: {
        default: '',
        validate: requireText('A note link’s title', NOTE_TITLE_MAX),
        parseHTML: (el) => (el.getAttribute('data-title') ?? el.textContent ?? '').replace(/^\[\[|\]\]$/g, '').slice(0, NOTE_TITLE_MAX),
        renderHTML: data('title'),
      },
    };
  },
  parseHTML: () => [{ tag: 'span[data-note-link]' }],
  renderHTML: ({ node, HTMLAttributes }) => ['span', mergeAttributes(HTMLAttributes, { 'data-note-link': '' }), `[[${String(node.attrs.title)}]]`],
  renderText: ({ node }) => `[[${String(node.attrs.title)}]]`,
});

/** A quoted highlight, shown with its current words, article and colour. A block of its own. */
export const HighlightRef = Node.create({
  name: HIGHLIGHT_REF,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return {
      highlightId: { isRequired: true, validate: requireId('A highlight reference’s highlightId'), parseHTML: (el) => parseId(el, 'data-highlight-id'), renderHTML: data('highlightId') },
      /** The article it was on when quoted: a hint only, the highlight may move (split, re-attach). */
      documentId: { isRequired: true, validate: requireId('A highlight reference’s documentId'), parseHTML: (el) => parseId(el, 'data-document-id'), renderHTML: data('documentId') },
      /** The highlight's words when quoted: shown only if the highlight has since been deleted. */
      quote: { default: null, validate: requireText('A highlight reference’s quote', 100_000, true), parseHTML: (el) => el.textContent || null, renderHTML: () => ({}) },
    };
  },
  parseHTML: () => [
    {
      tag: 'blockquote[data-highlight-ref]',
      getAttrs: (el) => (parseId(el, 'data-highlight-id') !== null && parseId(el, 'data-document-id') !== null ? null : false),
    },
  ],
  renderHTML: ({ node, HTMLAttributes }) => ['blockquote', mergeAttributes(HTMLAttributes, { 'data-highlight-ref': '' }), String(node.attrs.quote ?? '')],
  renderText: ({ node }) => (node.attrs.quote ? `“${String(node.attrs.quote)}”` : ''),
});

/** A mention of an article, inline. */
export const ArticleRef = Node.create({
  name: ARTICLE_REF,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      documentId: { isRequired: true, validate: requireId('An article reference’s documentId'), parseHTML: (el) => parseId(el, 'data-document-id'), renderHTML: data('documentId') },
      /** The article's title when referenced: shown only if the article has since been deleted. */
      title: { default: '', validate: requireText('An article reference’s title', 10_000), parseHTML: (el) => el.textContent ?? '', renderHTML: () => ({}) },
    };
  },
  parseHTML: () => [{ tag: 'span[data-article-ref]', getAttrs: (el) => (parseId(el, 'data-document-id') !== null ? null : false) }],
  renderHTML: ({ node, HTMLAttributes }) => ['span', mergeAttributes(HTMLAttributes, { 'data-article-ref': '' }), String(node.attrs.title)],
  renderText: ({ node }) => String(node.attrs.title),
});

/** An inline `#tag`: the note is tagged with `name` (the same tags as articles and highlights). */
export const Tag = Node.create({
  name: TAG,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return {
      name: {
        isRequired: true,
        validate: requireTagName,
        parseHTML: (el) => tidyTagName(el.getAttribute('data-name') ?? ''),
        renderHTML: data('name'),
      },
    };
  },
  parseHTML: () => [{ tag: 'span[data-tag]', getAttrs: (el) => (tidyTagName(el.getAttribute('data-name') ?? '') !== null ? null : false) }],
  renderHTML: ({ node, HTMLAttributes }) => ['span', mergeAttributes(HTMLAttributes, { 'data-tag': '' }), `#${String(node.attrs.name)}`],
  renderText: ({ node }) => `#${String(node.attrs.name)}`,
});

export const noteNodes = [NoteLink, HighlightRef, ArticleRef, Tag] as const;
