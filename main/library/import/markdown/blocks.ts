/**
 * Block tokens → Blocks, in one walk: paragraphs, headings, quotes, lists (an ordered item keeps
 * its number in its text, a task item loses its "[ ]"), code, raw HTML as its text, tables (a
 * paragraph per row) and footnotes (in place, their label first).
 */
import type { Token } from 'markdown-it';
import type { Block, BlockKind } from '../../article';
import { textOfHtml } from '../text/html-text';
import { inline, InlineBuilder, type InlineToken } from './inline';

export interface BlockWalk {
  /** The H1 used as the title; it is not repeated as a block. */
  titleToken: Token | null;
  blocks: Block[];
}

function push(ctx: BlockWalk, kind: BlockKind, tokens: readonly InlineToken[], prefix = '', level?: number): void {
  const b = new InlineBuilder();
  if (prefix) b.append(prefix);
  inline(tokens, b);
  const { text, marks } = b.finish();
  if (!text || text === prefix.trim()) return;
  const block: Block = level ? { kind, level, text } : { kind, text };
  if (marks.length) block.marks = marks;
  ctx.blocks.push(block);
}

/** The index just past the token closing the one opened at `i`. */
function skip(tokens: readonly Token[], i: number): number {
  let depth = 0;
  for (let k = i; k < tokens.length; k++) {
    depth += tokens[k]!.nesting;
    if (depth <= 0) return k + 1;
  }
  return tokens.length;
}

/** A GFM task-list item's "[ ]" / "[x]": a checkbox, not text. */
const TASK_MARKER = /^\[[ xX]\][ \t]+(?=\S)/;

/**
 * Blocks from `tokens[i]` up to the close of the container they are in (or the end); returns
 * the index past that close. `prefix` (a list item's number, a footnote's label) goes before the
 * first paragraph's text.
 */
export function blocks(tokens: readonly Token[], i: number, ctx: BlockWalk, kind: BlockKind, prefix: string, gfm: boolean): number {
  let pendingPrefix = prefix;
  while (i < tokens.length) {
    const token = tokens[i]!;
    if (token.nesting === -1) return i + 1;
    switch (token.type) {
      case 'paragraph_open':
        push(ctx, kind, tokens[i + 1]?.children ?? [], pendingPrefix);
        pendingPrefix = '';
        i = skip(tokens, i);
        break;
      case 'heading_open':
        if (token !== ctx.titleToken) push(ctx, 'heading', tokens[i + 1]?.children ?? [], '', Number(token.tag.slice(1)));
        i = skip(tokens, i);
        break;
      case 'blockquote_open':
        i = blocks(tokens, i + 1, ctx, 'quote', '', gfm);
        break;
      case 'bullet_list_open':
      case 'ordered_list_open': {
        const ordered = token.type === 'ordered_list_open';
        const first = ordered ? Number(token.attrGet('start') ?? 1) : 0;
        let index = 0;
        i++;
        while (tokens[i]?.type === 'list_item_open') {
          if (gfm) dropTaskMarker(tokens, i + 1);
          // Block has no numbering field, so an ordered item keeps its number in its text.
          const number = ordered ? `${first + index}. ` : '';
          i = blocks(tokens, i + 1, ctx, kind === 'quote' ? 'quote' : 'list-item', number, gfm);
          index++;
        }
        i++; // the list's close
        break;
      }
      case 'fence':
      case 'code_block': {
        // markdown-it ends the code with its last line's newline; the block does not.
        const text = token.content.endsWith('\n') ? token.content.slice(0, -1) : token.content;
        if (text.trim()) ctx.blocks.push({ kind: 'preformatted', text });
        i++;
        break;
      }
      case 'html_block': {
        const text = textOfHtml(token.content, ' ').replace(/\s+/g, ' ').trim();
        if (text) ctx.blocks.push({ kind, text });
        i++;
        break;
      }
      case 'table_open':
        i = table(tokens, i, ctx);
        break;
      case 'footnote_reference_open':
        i = blocks(tokens, i + 1, ctx, kind, `[${(token.meta as { label: string }).label}] `, gfm);
        break;
      default:
        // Thematic breaks, reference definitions (already resolved): no text of their own.
        i = token.nesting === 1 ? skip(tokens, i) : i + 1;
        break;
    }
  }
  return i;
}

function dropTaskMarker(tokens: readonly Token[], i: number): void {
  if (tokens[i]?.type !== 'paragraph_open') return;
  const first = tokens[i + 1]?.children?.[0];
  if (first?.type === 'text') first.content = first.content.replace(TASK_MARKER, '');
}

/** One paragraph per table row, its cells joined with " | ". */
function table(tokens: readonly Token[], i: number, ctx: BlockWalk): number {
  const end = skip(tokens, i);
  let cells: InlineToken[] = [];
  let cellCount = 0;
  for (let k = i + 1; k < end; k++) {
    const token = tokens[k]!;
    if (token.type === 'tr_open') {
      cells = [];
      cellCount = 0;
    } else if (token.type === 'inline') {
      if (cellCount++ > 0) cells.push({ type: 'text', content: ' | ' });
      cells.push(...(token.children ?? []));
    } else if (token.type === 'tr_close') {
      push(ctx, 'paragraph', cells);
    }
  }
  return end;
}
