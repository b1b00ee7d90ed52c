/**
 * A note as Markdown: CommonMark plus the GFM and Obsidian conventions a notes folder expects
 * (`- [ ]` tasks, `~~strike~~`, `[[wikilinks]]`, `#tags`). Used by the CLI
 * (`commonplace note <id> --markdown`) and by export, which decide what links point at through
 * `resolvers`: a link whose target is gone is written with the words it was made with, as
 * Obsidian writes a link to a note that does not exist (yet).
 */
import { attr, childrenOf, type NoteNodeJSON } from '../../../contract/note-schema/json';
import { HIGHLIGHT_REF } from '../../../contract/note-schema/nodes';
import { escapeLineStart, escapeText, inlineMarkdown, titleTarget, wikilink } from './markdown-inline';

export interface MarkdownTarget {
  title: string;
  /** What goes in `[[target|title]]` (a file name or path); the title when absent. */
  target?: string;
}

export interface MarkdownHighlight {
  quote: string;
  documentTitle: string;
  /** E.g. `Articles/Some article#^hl-12`; the article's title when absent. */
  target?: string;
}

/** How references are written. Each returns null or undefined for a target that no longer exists. */
export interface MarkdownResolvers {
  note?(id: number): MarkdownTarget | null | undefined;
  document?(id: number): MarkdownTarget | null | undefined;
  highlight?(id: number): MarkdownHighlight | null | undefined;
}

interface Context {
  resolvers: MarkdownResolvers;
  /** The marker to use for the next bullet list: alternated so two adjacent lists stay two lists. */
  bullet: '-' | '*';
  ordinal: '.' | ')';
}

const indentLines = (text: string, first: string, rest: string) =>
  text
    .split('\n')
    .map((line, i) => (i === 0 ? first + line : line === '' ? '' : rest + line))
    .join('\n');

function paragraph(node: NoteNodeJSON, ctx: Context): string {
  return inlineMarkdown(childrenOf(node), ctx.resolvers)
    .replace(/(\\\n)+$/, '')
    .split('\n')
    .map(escapeLineStart)
    .join('\n')
    .trimEnd();
}

function codeBlock(node: NoteNodeJSON): string {
  const text = childrenOf(node)
    .map((c) => c.text ?? '')
    .join('');
  const longest = Math.max(0, ...[...text.matchAll(/^ {0,3}(`{3,})/gm)].map((m) => m[1]!.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  const language = attr(node, 'language');
  return `${fence}${typeof language === 'string' ? language : ''}\n${text}${text.endsWith('\n') || text === '' ? '' : '\n'}${fence}`;
}

function highlightRef(node: NoteNodeJSON, ctx: Context): string {
  const id = Number(attr(node, 'highlightId'));
  const found = ctx.resolvers.highlight?.(id);
  const quote = found?.quote ?? (typeof attr(node, 'quote') === 'string' ? (attr(node, 'quote') as string) : '');
  const lines = quote
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => `> ${escapeLineStart(escapeText(l))}`.trimEnd());
  if (found) lines.push(`> — ${wikilink(found.target ?? titleTarget(found.documentTitle), found.documentTitle)}`);
  else lines.push(quote === '' ? `> *(quoted highlight #${id} is no longer in the library)*` : '> — *(highlight no longer in the library)*');
  return lines.join('\n');
}

function listItems(node: NoteNodeJSON, ctx: Context): string {
  const bullet = ctx.bullet;
  const ordinal = ctx.ordinal;
  const start = Number(attr(node, 'start') ?? 1) || 0;
  const items = childrenOf(node).map((item, i) => {
    let marker = `${bullet} `;
    if (node.type === 'orderedList') marker = `${start + i}${ordinal} `;
    if (node.type === 'taskList') marker = `${bullet} [${attr(item, 'checked') === true ? 'x' : ' '}] `;
    const body = itemBody(item, ctx);
    const indent = ' '.repeat(node.type === 'orderedList' ? marker.length : 2);
    return indentLines(body, marker, indent).trimEnd();
  });
  return items.join('\n');
}

/** A list item's blocks: a nested list follows its paragraph directly, other blocks after a blank line. */
function itemBody(item: NoteNodeJSON, ctx: Context): string {
  const inner: Context = { resolvers: ctx.resolvers, bullet: '-', ordinal: '.' };
  let out = '';
  for (const child of childrenOf(item)) {
    const text = block(child, inner);
    if (out === '') out = text;
    else if (text !== '') out += (isList(child) ? '\n' : '\n\n') + text;
  }
  return out;
}

const isList = (node: NoteNodeJSON) => node.type === 'bulletList' || node.type === 'orderedList' || node.type === 'taskList';

function block(node: NoteNodeJSON, ctx: Context): string {
  switch (node.type) {
    case 'paragraph':
      return paragraph(node, ctx);
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(attr(node, 'level')) || 1));
      const text = inlineMarkdown(childrenOf(node), ctx.resolvers, 'space').trim().replace(/(\s)(#+)$/, '$1\\$2');
      return text === '' ? '' : `${'#'.repeat(level)} ${text}`;
    }
    case 'blockquote': {
      const body = blocks(childrenOf(node), ctx);
      return body === '' ? '' : body.split('\n').map((l) => (l === '' ? '>' : `> ${l}`)).join('\n');
    }
    case 'bulletList':
    case 'orderedList':
    case 'taskList':
      return listItems(node, ctx);
    case 'codeBlock':
      return codeBlock(node);
    case 'horizontalRule':
      return '---';
    case HIGHLIGHT_REF:
      return highlightRef(node, ctx);
    default:
      return '';
  }
}

function blocks(nodes: readonly NoteNodeJSON[], ctx: Context): string {
  const out: string[] = [];
  let previous: NoteNodeJSON | undefined;
  for (const node of nodes) {
    // Two lists in a row would merge into one in Markdown unless their markers differ.
    if (previous && isList(previous) && isList(node)) {
      if (node.type === 'orderedList' && previous.type === 'orderedList') ctx.ordinal = ctx.ordinal === '.' ? ')' : '.';
      else if (node.type !== 'orderedList' && previous.type !== 'orderedList') ctx.bullet = ctx.bullet === '-' ? '*' : '-';
    }
    const text = block(node, ctx);
    if (text !== '') {
      out.push(text);
      previous = node;
    }
  }
  return out.join('\n\n');
}

/** The note's body as Markdown, ending with a newline (empty string for an empty note). */
export function noteToMarkdown(doc: NoteNodeJSON, resolvers: MarkdownResolvers = {}): string {
  const body = blocks(childrenOf(doc), { resolvers, bullet: '-', ordinal: '.' });
  return body === '' ? '' : `${body}\n`;
}
