/**
 * What a note points at: notes, highlights, articles and tags, each link with the sentence around
 * it (what a backlinks panel shows). Derived from the JSON on every save; the stored links table
 * is only ever this function's output.
 *
 * Tags come from tag nodes and from `#words` typed in plain text (the Obsidian convention), so a
 * tag works whether or not the editor turned it into a node. A `#word` inside code, a code block
 * or a link's text is not a tag; what a typed tag is (the hashtag grammar) is main/contract/tags.ts.
 */
import { attr, type NoteNodeJSON } from '../../../contract/note-schema/json';
import { ARTICLE_REF, HIGHLIGHT_REF, NOTE_LINK, TAG } from '../../../contract/note-schema/nodes';
import { hashtagsIn, tidyTagName } from '../../../contract/tags';
import { edgeSentence, flattenBlocks, sentenceAround, type FlatBlock } from './text';

export type LinkKind = 'note' | 'highlight' | 'document';

export interface NoteLinkRef {
  kind: LinkKind;
  id: number;
  /** The sentence around the link's first occurrence (one line, at most CONTEXT_MAX characters). */
  context: string;
}

export interface ExtractedLinks {
  notes: number[];
  highlights: number[];
  documents: number[];
  /** Tag names as first written, without duplicates (case-insensitively). */
  tags: string[];
  /** One entry per distinct target, in reading order, with the context of its first occurrence. */
  links: NoteLinkRef[];
  /** Titles of note links that point at no note yet (`noteId: null`). */
  unresolvedNotes: string[];
}


const positiveId = (value: unknown): number | null => (typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null);

const markTypes = (node: NoteNodeJSON): string[] => (Array.isArray(node.marks) ? node.marks.map((m) => m.type) : []);

/** The block's text with everything that cannot hold a tag (atoms, code, link text) blanked out. */
function taggableText(block: Extract<FlatBlock, { kind: 'text' }>): string {
  let text = '';
  for (const run of block.runs) {
    const marks = markTypes(run.node);
    const plain = run.node.type === 'text' && !marks.includes('code') && !marks.includes('link');
    text += plain ? block.text.slice(run.from, run.to) : ' '.repeat(run.to - run.from);
  }
  return text;
}

/** A block-level reference has no sentence of its own: use the one leading into it, else the one after. */
function blockContext(blocks: FlatBlock[], index: number): string {
  const before = blocks[index - 1];
  if (before?.kind === 'text' && !before.code && before.text.trim() !== '') return edgeSentence(before.text, 'last');
  const after = blocks[index + 1];
  if (after?.kind === 'text' && !after.code && after.text.trim() !== '') return edgeSentence(after.text, 'first');
  return '';
}

export function extractLinks(doc: NoteNodeJSON): ExtractedLinks {
  const links = new Map<string, NoteLinkRef>();
  const tags = new Map<string, string>();
  const unresolved: string[] = [];
  const add = (kind: LinkKind, id: number, context: () => string) => {
    const key = `${kind}:${id}`;
    if (!links.has(key)) links.set(key, { kind, id, context: context() });
  };
  const addTag = (name: string) => {
    if (!tags.has(name.toLowerCase())) tags.set(name.toLowerCase(), name);
  };

  const blocks = flattenBlocks(doc);
  blocks.forEach((block, index) => {
    if (block.kind === 'block-atom') {
      const id = block.node.type === HIGHLIGHT_REF ? positiveId(attr(block.node, 'highlightId')) : null;
      if (id !== null) add('highlight', id, () => blockContext(blocks, index));
      return;
    }
    if (block.code) return;
    for (const run of block.runs) {
      const context = () => sentenceAround(block.text, run.from, run.to);
      if (run.node.type === NOTE_LINK) {
        const id = positiveId(attr(run.node, 'noteId'));
        if (id !== null) add('note', id, context);
        else if (typeof attr(run.node, 'title') === 'string') unresolved.push(attr(run.node, 'title') as string);
      } else if (run.node.type === ARTICLE_REF) {
        const id = positiveId(attr(run.node, 'documentId'));
        if (id !== null) add('document', id, context);
      } else if (run.node.type === TAG) {
        const name = attr(run.node, 'name');
        const tidy = typeof name === 'string' ? tidyTagName(name) : null;
        if (tidy !== null) addTag(tidy);
      }
    }
    for (const name of hashtagsIn(taggableText(block))) addTag(name);
  });

  const all = [...links.values()];
  const ids = (kind: LinkKind) => all.filter((l) => l.kind === kind).map((l) => l.id);
  return {
    notes: ids('note'),
    highlights: ids('highlight'),
    documents: ids('document'),
    tags: [...tags.values()],
    links: all,
    unresolvedNotes: [...new Set(unresolved)],
  };
}
