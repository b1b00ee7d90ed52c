/**
 * A note as text: what full-text search indexes, what the notes list shows as the first line,
 * and the sentence shown around a link in a backlinks panel. Every function here reads raw JSON
 * tolerantly (they run on validated notes on the Node side, and on whatever the editor holds in
 * the UI) and never throws.
 *
 * The plain text is one line per text block (paragraph, heading, code block), empty blocks left
 * out. Inline references read as words: a note link as the title it was made with, an article
 * reference as its title, a tag as `#name`, a line break as a new line. A quoted highlight adds
 * nothing: its words are the highlight's, searched in the highlights index, and a note quoting a
 * passage should not be found (or "mention" a title) by words its author did not write.
 */
import { noteSchema } from '../../../contract/note-schema/extensions';
import { attr, childrenOf, type NoteNodeJSON } from '../../../contract/note-schema/json';
import { ARTICLE_REF, NOTE_LINK, TAG } from '../../../contract/note-schema/nodes';

/** A piece of a text block: a text node, an inline atom or a line break, at [from, to) of the block's text. */
export interface InlineRun {
  node: NoteNodeJSON;
  from: number;
  to: number;
}

export type FlatBlock =
  | { kind: 'text'; node: NoteNodeJSON; text: string; runs: InlineRun[]; code: boolean }
  | { kind: 'block-atom'; node: NoteNodeJSON };

/** How an inline node reads in the plain text. */
export function inlineText(node: NoteNodeJSON): string {
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' ? node.text : '';
    case 'hardBreak':
      return '\n';
    case NOTE_LINK:
    case ARTICLE_REF: {
      const title = attr(node, 'title');
      return typeof title === 'string' ? title : '';
    }
    case TAG: {
      const name = attr(node, 'name');
      return typeof name === 'string' ? `#${name}` : '';
    }
    default:
      return '';
  }
}

/** The note's text blocks and block-level atoms (quoted highlights, rules), in reading order. */
export function flattenBlocks(doc: NoteNodeJSON): FlatBlock[] {
  const blocks: FlatBlock[] = [];
  const visit = (node: NoteNodeJSON, depth: number): void => {
    const type = noteSchema().nodes[node.type];
    if (!type || depth > 200) return;
    if (type.isTextblock) {
      let text = '';
      const runs: InlineRun[] = [];
      for (const child of childrenOf(node)) {
        const piece = inlineText(child);
        runs.push({ node: child, from: text.length, to: text.length + piece.length });
        text += piece;
      }
      blocks.push({ kind: 'text', node, text, runs, code: type.spec.code === true });
    } else if (type.isAtom && type.isBlock) blocks.push({ kind: 'block-atom', node });
    else for (const child of childrenOf(node)) visit(child, depth + 1);
  };
  visit(doc, 0);
  return blocks;
}

export function noteToPlainText(doc: NoteNodeJSON): string {
  return flattenBlocks(doc)
    .flatMap((b) => (b.kind === 'text' && b.text.trim() !== '' ? [b.text] : []))
    .join('\n');
}

let segmenter: Intl.Segmenter | undefined;
function sentences(text: string): { start: number; end: number }[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return [...segmenter.segment(text)].map((s) => ({ start: s.index, end: s.index + s.segment.length }));
}

export const CONTEXT_MAX = 280;

/** Line breaks and runs of spaces read as one space in a one-line context. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The sentence(s) holding [from, to) of a block's text, on one line. A sentence longer than
 * `max` is cut to a window around the link, with ellipses where it was cut.
 */
export function sentenceAround(text: string, from: number, to: number, max = CONTEXT_MAX): string {
  let start = 0;
  let end = text.length;
  for (const s of sentences(text)) {
    if (s.start <= from) start = s.start;
    if (s.end >= Math.max(to, from + 1)) {
      end = s.end;
      break;
    }
  }
  if (end - start <= max) return oneLine(text.slice(start, end));
  const room = Math.max(0, max - (to - from));
  let cutStart = Math.max(start, from - Math.floor(room / 2));
  const cutEnd = Math.min(end, Math.max(to, cutStart + max));
  cutStart = Math.max(start, Math.min(cutStart, cutEnd - max));
  const head = cutStart > start ? '…' : '';
  const tail = cutEnd < end ? '…' : '';
  return `${head}${oneLine(text.slice(cutStart, cutEnd))}${tail}`;
}

/** The first or last sentence of a block, for a block-level reference's context. */
export function edgeSentence(text: string, which: 'first' | 'last', max = CONTEXT_MAX): string {
  const all = sentences(text).filter((s) => text.slice(s.start, s.end).trim() !== '');
  const s = which === 'first' ? all[0] : all[all.length - 1];
  return s ? sentenceAround(text, s.start, s.start, max) : '';
}

export const EXCERPT_MAX = 200;

/**
 * The notes list's "first line": the first non-empty line, skipping one that merely repeats the
 * title (a note often opens with its title as a heading), cut at a word near 200 characters.
 */
export function excerptOf(plainText: string, title = ''): string {
  const skip = oneLine(title).toLowerCase();
  for (const raw of plainText.split('\n')) {
    const line = oneLine(raw);
    if (line === '' || (skip !== '' && line.toLowerCase() === skip)) continue;
    if (line.length <= EXCERPT_MAX) return line;
    const cut = line.slice(0, EXCERPT_MAX);
    const space = cut.lastIndexOf(' ');
    return `${space > EXCERPT_MAX / 2 ? cut.slice(0, space) : cut}…`;
  }
  return '';
}
