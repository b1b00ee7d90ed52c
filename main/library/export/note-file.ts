/**
 * A note as an exported file: frontmatter and its body from the editor schema's Markdown writer,
 * with references resolved to the exported file names. A link to a note or article that is not
 * in the export (deleted, in the trash) becomes its words as plain text, never a dangling link.
 */
import type { Note } from '../../contract';
import type { NoteDocJSON, NoteNodeJSON } from '../../contract/note-schema/json';
import { ARTICLE_REF, NOTE_LINK } from '../../contract/note-schema/nodes';
import { noteToMarkdown, type MarkdownResolvers } from '../notes/doc';
import { markdownTagName } from '../../contract/tags';
import { frontmatter } from './markdown-text';

/** The note's JSON with links to targets outside the export turned into text (with the link's marks). */
export function withoutDeadLinks(doc: NoteDocJSON, resolvers: MarkdownResolvers): NoteDocJSON {
  const walk = (node: NoteNodeJSON): NoteNodeJSON => {
    const attrs = (node.attrs ?? {}) as Record<string, unknown>;
    if (node.type === NOTE_LINK || node.type === ARTICLE_REF) {
      const id = node.type === NOTE_LINK ? attrs.noteId : attrs.documentId;
      const found = typeof id === 'number' ? (node.type === NOTE_LINK ? resolvers.note?.(id) : resolvers.document?.(id)) : null;
      if (!found) {
        const words = typeof attrs.title === 'string' && attrs.title.trim() !== '' ? attrs.title : 'Untitled';
        return node.marks ? { type: 'text', text: words, marks: node.marks } : { type: 'text', text: words };
      }
    }
    return node.content ? { ...node, content: node.content.map(walk) } : node;
  };
  return walk(doc as NoteNodeJSON) as NoteDocJSON;
}

export function noteFile(note: Note, resolvers: MarkdownResolvers): string {
  const head = frontmatter({
    title: note.title,
    aliases: note.aliases,
    tags: note.tags.map(markdownTagName),
    created: note.createdAt,
    updated: note.updatedAt,
    id: note.id,
  });
  const body = noteBody(note, resolvers);
  return body === '' ? head : `${head}\n${body}`;
}

/** The note's body as its file has it (without frontmatter). */
export function noteBody(note: Note, resolvers: MarkdownResolvers): string {
  return noteToMarkdown(withoutDeadLinks(note.content, resolvers), resolvers);
}
