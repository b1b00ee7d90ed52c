/**
 * Inline Markdown: text with its marks, and the note-specific inline nodes as Obsidian writes
 * them (`[[target|title]]`, `#tag`). Text is escaped so what the user typed reads back as text,
 * never as Markdown syntax; `#word` is left alone because in a note it *is* a tag.
 */
import { attr, type NoteMarkJSON, type NoteNodeJSON } from '../../../contract/note-schema/json';
import { ARTICLE_REF, NOTE_LINK, TAG } from '../../../contract/note-schema/nodes';
import type { MarkdownResolvers } from './markdown';
import { HASHTAG_SOURCE, markdownTagName } from '../../../contract/tags';

/** Outermost first: a link wraps bold wraps italic…; code is innermost (it excludes every other mark). */
const MARK_ORDER = ['link', 'bold', 'italic', 'strike', 'code'] as const;
const DELIMITERS: Record<string, string> = { bold: '**', italic: '*', strike: '~~' };

/** A typed `#tag` (the contract's hashtag grammar), or one character Markdown would read as syntax. */
const TYPED_TAG_OR_SYNTAX = new RegExp(`${HASHTAG_SOURCE}|[\\\\\`*_[\\]<~]`, 'gu');

/** Escapes Markdown syntax in typed text, leaving `#tags` whole (an escaped `_` would cut a tag short). */
export function escapeText(text: string): string {
  return text
    .replace(TYPED_TAG_OR_SYNTAX, (m) => (m.length > 1 ? m : `\\${m}`))
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/==/g, '\\=\\=');
}

/** Line starts that Markdown would read as a block (heading, quote, list, rule). */
export function escapeLineStart(line: string): string {
  return line
    .replace(/^\s+/, '')
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^>/, '\\>')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^(-{2,}|=+)\s*$/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** `[[target|text]]`, or `[[text]]` when both are the same. Brackets and pipes cannot appear inside. */
export function wikilink(target: string, text: string): string {
  const clean = (s: string) => s.replace(/[[\]|]/g, ' ').replace(/\s+/g, ' ').trim();
  const t = clean(target) || 'Untitled';
  const shown = clean(text);
  return shown === '' || shown === t ? `[[${t}]]` : `[[${t}|${shown}]]`;
}

/** A title used as a link target: `#` and `^` would read as a heading or block reference. */
export const titleTarget = (title: string) => title.replace(/[#^]/g, ' ').replace(/\s+/g, ' ').trim();

function codeSpan(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (text.startsWith(' ') && text.endsWith(' ') && text.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

const linkDestination = (href: string) => href.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

function atomText(node: NoteNodeJSON, resolvers: MarkdownResolvers): string {
  const title = String(attr(node, 'title') ?? '');
  if (node.type === NOTE_LINK) {
    const id = attr(node, 'noteId');
    const found = typeof id === 'number' ? resolvers.note?.(id) : null;
    return found ? wikilink(found.target ?? titleTarget(found.title), found.title) : wikilink(titleTarget(title), title);
  }
  if (node.type === ARTICLE_REF) {
    const found = resolvers.document?.(Number(attr(node, 'documentId')));
    return found ? wikilink(found.target ?? titleTarget(found.title), found.title) : wikilink(titleTarget(title), title);
  }
  if (node.type === TAG) return `#${markdownTagName(String(attr(node, 'name') ?? ''))}`;
  return '';
}

interface Piece {
  marks: NoteMarkJSON[];
  /** Already-Markdown text of the piece (escaped, or a code span, or an atom). */
  core: string;
  lead: string;
  trail: string;
}

function pieceOf(node: NoteNodeJSON, resolvers: MarkdownResolvers, breaks: 'hard' | 'space'): Piece {
  const marks = (node.marks ?? []).filter((m) => (MARK_ORDER as readonly string[]).includes(m.type));
  marks.sort((a, b) => MARK_ORDER.indexOf(a.type as never) - MARK_ORDER.indexOf(b.type as never));
  if (node.type === 'hardBreak') return { marks: [], core: breaks === 'hard' ? '\\\n' : ' ', lead: '', trail: '' };
  if (node.type !== 'text') return { marks: marks.filter((m) => m.type !== 'link' && m.type !== 'code'), core: atomText(node, resolvers), lead: '', trail: '' };
  const text = (node.text ?? '').replace(/\n/g, ' ');
  const [, lead = '', body = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  if (body === '') return { marks: [], core: '', lead: text, trail: '' };
  const code = marks.some((m) => m.type === 'code');
  return { marks, core: code ? codeSpan(body) : escapeText(body), lead, trail };
}

const sameMark = (a: NoteMarkJSON, b: NoteMarkJSON) => a.type === b.type && (a.type !== 'link' || attr(a, 'href') === attr(b, 'href'));
const open = (m: NoteMarkJSON) => (m.type === 'link' ? '[' : m.type === 'code' ? '' : DELIMITERS[m.type]!);
const close = (m: NoteMarkJSON) => (m.type === 'link' ? `](${linkDestination(String(attr(m, 'href') ?? ''))})` : m.type === 'code' ? '' : DELIMITERS[m.type]!);

/**
 * A text block's inline content as Markdown. Marks open and close as a stack (outermost first),
 * and whitespace at a mark's edges is moved outside its delimiters (`** bold**` is not bold).
 */
export function inlineMarkdown(children: readonly NoteNodeJSON[], resolvers: MarkdownResolvers, breaks: 'hard' | 'space' = 'hard'): string {
  let out = '';
  let active: NoteMarkJSON[] = [];
  let pending = '';
  for (const child of children) {
    const piece = pieceOf(child, resolvers, breaks);
    if (piece.core === '') {
      pending += piece.lead;
      continue;
    }
    let keep = 0;
    while (keep < active.length && keep < piece.marks.length && sameMark(active[keep]!, piece.marks[keep]!)) keep++;
    for (let i = active.length - 1; i >= keep; i--) out += close(active[i]!);
    out += pending + piece.lead;
    for (let i = keep; i < piece.marks.length; i++) out += open(piece.marks[i]!);
    active = piece.marks;
    out += piece.core;
    pending = piece.trail;
  }
  for (let i = active.length - 1; i >= 0; i--) out += close(active[i]!);
  return out + pending;
}
