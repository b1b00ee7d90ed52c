/**
 * Markdown (CommonMark + GFM, YAML front matter) → Article. Raw HTML inside the Markdown never
 * survives as markup: only the text between its tags is kept (scripts and styles dropped), since
 * the reader renders blocks, never imported HTML.
 *
 * Parsed by markdown-it (tables, strikethrough, autolinked URLs, footnotes via
 * markdown-it-footnote; task-list markers removed here): its token stream is walked once into
 * blocks. It replaced micromark/mdast, whose tokenizer and garbage made Markdown import ~7× slower
 * than plain text; the blocks are the same.
 */
import markdownIt, { type MarkdownIt, type StateBlock, type Token } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import type { Article, Block, BlockKind, Mark } from '../article';
import { textOfHtml } from './text/html-text';
import { asDate, asTags, asText, field, readFrontMatter, splitFrontMatter } from './frontmatter';
import { parseTextArticle } from './text/index';
import { titleFromText } from './text/title';
import { MAX_LINKS, MAX_MARKDOWN_NESTING, refuse } from './limits';

export interface MarkdownImportOptions {
  fileName?: string;
}

/** Inline text with marks; whitespace collapsed as a browser would, offsets kept in step. */
class InlineBuilder {
  text = '';
  marks: Mark[] = [];

  append(value: string): void {
    let piece = value.replace(/\s+/g, ' ');
    if (this.text === '' || this.text.endsWith(' ') || this.text.endsWith('\n')) piece = piece.replace(/^ /, '');
    this.text += piece;
  }

  lineBreak(): void {
    this.text = this.text.replace(/ +$/, '');
    if (this.text !== '' && !this.text.endsWith('\n')) this.text += '\n';
  }

  mark(kind: Mark['kind'], start: number, href?: string): void {
    if (this.text.length > start) this.marks.push(href ? { kind, start, end: this.text.length, href } : { kind, start, end: this.text.length });
  }

  finish(): { text: string; marks: Mark[] } {
    const text = this.text.trimEnd();
    const marks = this.marks
      .map((m) => ({ ...m, end: Math.min(m.end, text.length) }))
      .filter((m) => m.start < m.end);
    return { text, marks };
  }
}

/** Only links a reader can safely open: absolute http(s) and mailto. */
export function safeHref(url: string): string | undefined {
  const trimmed = url.trim();
  if (!/^(?:https?:\/\/|mailto:)/i.test(trimmed)) return undefined;
  try {
    new URL(trimmed);
    return trimmed;
  } catch {
    return undefined;
  }
}

/** The parts of an inline token read here (a table's cell separator is made up, not parsed). */
interface InlineToken {
  type: string;
  content: string;
  meta?: { label?: string } | null;
  attrGet?: (name: string) => string | number | null;
}

interface Context {
  /** The H1 used as the title; it is not repeated as a block. */
  titleToken: Token | null;
  blocks: Block[];
}

function inline(tokens: readonly InlineToken[], b: InlineBuilder): void {
  // Open marks and links: where they started (and a link's target), closed in order.
  const open: { start: number; href?: string }[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
      case 'text_special':
        b.append(token.content);
        break;
      case 'softbreak':
        b.append('\n');
        break;
      case 'hardbreak':
        b.lineBreak();
        break;
      case 'code_inline': {
        const start = b.text.length;
        b.append(token.content);
        b.mark('code', start);
        break;
      }
      case 'em_open':
      case 'strong_open':
      case 's_open':
        open.push({ start: b.text.length });
        break;
      case 'link_open':
        open.push({ start: b.text.length, href: String(token.attrGet?.('href') ?? '') });
        break;
      case 'em_close':
        b.mark('emphasis', open.pop()?.start ?? 0);
        break;
      case 'strong_close':
        b.mark('strong', open.pop()?.start ?? 0);
        break;
      case 's_close':
        // Struck-out text stays, unmarked.
        open.pop();
        break;
      case 'link_close': {
        const link = open.pop();
        const href = safeHref(link?.href ?? '');
        if (link && href) b.mark('link', link.start, href);
        break;
      }
      case 'html_inline':
        b.append(textOfHtml(token.content, ''));
        break;
      case 'footnote_ref':
        b.append(`[${token.meta?.label ?? ''}]`);
        break;
      default:
        // Images carry no text of their own; their alt text alone would read as a stray line.
        break;
    }
  }
}

function push(ctx: Context, kind: BlockKind, tokens: readonly InlineToken[], prefix = '', level?: number): void {
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
function blocks(tokens: readonly Token[], i: number, ctx: Context, kind: BlockKind, prefix: string, gfm: boolean): number {
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
function table(tokens: readonly Token[], i: number, ctx: Context): number {
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

/** Safe and literal: every link is kept as written (safeHref decides), never percent-encoded. */
function configure(md: MarkdownIt): MarkdownIt {
  md.validateLink = () => true;
  md.normalizeLink = (url: string) => url;
  md.normalizeLinkText = (url: string) => url;
  return md;
}

let gfmParser: MarkdownIt | null = null;
let commonmarkParser: MarkdownIt | null = null;

/** GFM: tables, strikethrough, URLs and e-mail addresses linked, footnotes (in place, not moved to the end). */
function gfmMarkdown(): MarkdownIt {
  if (gfmParser) return gfmParser;
  const md = configure(markdownIt('default', { html: true, linkify: true, maxNesting: MAX_MARKDOWN_NESTING }).use(footnote));
  md.core.ruler.disable('footnote_tail');
  keepTableCellsAsWritten(md);
  md.inline.ruler.disable('footnote_inline');
  md.linkify.set({ fuzzyLink: false, fuzzyIP: false, fuzzyEmail: true });
  // GFM links "www." addresses as http; linkify-it only with fuzzy links (which would also link "example.com").
  md.linkify.add('www.', {
    validate: (text: string, pos: number) => wwwTail(text.slice(pos)).length,
    normalize: (match: { url: string }) => {
      match.url = `http://${match.url}`;
    },
  });
  gfmParser = md;
  return md;
}

/**
 * markdown-it fits every row to the header's column count (padding or cutting cells); GFM keeps
 * the cells each row has, and so do we: each row's inline tokens are remade from its line.
 */
function keepTableCellsAsWritten(md: MarkdownIt): void {
  const entry = md.block.ruler.__rules__.find((r) => r.name === 'table');
  if (!entry) return;
  const rule = entry.fn;
  md.block.ruler.at('table', (state: StateBlock, startLine: number, endLine: number, silent: boolean) => {
    const from = state.tokens.length;
    if (!rule(state, startLine, endLine, silent)) return false;
    if (silent) return true;
    const made = state.tokens.splice(from);
    for (let k = 0; k < made.length; k++) {
      const token = made[k]!;
      state.tokens.push(token);
      if (token.type !== 'tr_open' || !token.map) continue;
      const line = token.map[0];
      for (const cell of rowCells(state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]))) {
        const cellToken = new state.Token('inline', '', 0);
        cellToken.content = cell.trim();
        cellToken.children = [];
        state.tokens.push(cellToken);
      }
      while (k + 1 < made.length && made[k + 1]!.type !== 'tr_close') k++;
    }
    return true;
  }, { alt: [...entry.alt] });
}

/** A table row's cells: split at pipes not escaped by a backslash (the backslash dropped), outer pipes trimmed. */
function rowCells(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '|' && line[i - 1] !== '\\') {
      cells.push(current);
      current = '';
    } else if (c === '|') {
      current = current.slice(0, -1) + c;
    } else {
      current += c;
    }
  }
  cells.push(current);
  if (cells[0]?.trim() === '') cells.shift();
  if (cells.length && cells.at(-1)!.trim() === '') cells.pop();
  return cells;
}

/**
 * What follows "www." in a GFM autolink: a domain, then anything up to whitespace or "<", less
 * trailing punctuation and unmatched closing parentheses.
 */
function wwwTail(tail: string): string {
  const domain = /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*/u.exec(tail)?.[0] ?? '';
  if (!domain) return '';
  let url = domain + (/^[^\s<]*/.exec(tail.slice(domain.length))?.[0] ?? '');
  for (;;) {
    const before = url;
    url = url.replace(/[?!.,:*_~'"]+$/, '');
    if (url.endsWith(')') && (url.match(/\)/g)?.length ?? 0) > (url.match(/\(/g)?.length ?? 0)) url = url.slice(0, -1);
    if (url === before) return url;
  }
}

function commonmark(): MarkdownIt {
  commonmarkParser ??= configure(markdownIt('commonmark', { html: true, maxNesting: MAX_MARKDOWN_NESTING }));
  return commonmarkParser;
}

/** Front matter as GFM tools read it: "---" on the first line, up to the next "---" line. */
function splitYaml(markdown: string): { yaml: string | null; body: string } {
  if (!/^---[ \t]*\n/.test(markdown)) return { yaml: null, body: markdown };
  const start = markdown.indexOf('\n') + 1;
  const match = /^---[ \t]*$/m.exec(markdown.slice(start));
  if (!match) return { yaml: null, body: markdown };
  const end = start + match.index;
  const after = markdown.indexOf('\n', end);
  return { yaml: markdown.slice(start, end).replace(/\n$/, ''), body: after === -1 ? '' : markdown.slice(after + 1) };
}

/** Beyond this size a file is parsed as plain CommonMark (as before: no tables, footnotes or linked URLs). */
const EXTENSIONS_MAX_CHARS = 1_000_000;
/** Real documents never nest quotes this deep; hostile nesting is read as plain text. */
const MAX_QUOTE_DEPTH = 32;

function parseTokens(markdown: string): { tokens: Token[]; yaml: string | null; gfm: boolean } {
  if (markdown.length > EXTENSIONS_MAX_CHARS) {
    const { yaml, body } = splitFrontMatter(markdown);
    return { tokens: commonmark().parse(body, {}), yaml, gfm: false };
  }
  const { yaml, body } = splitYaml(markdown);
  return { tokens: gfmMarkdown().parse(body, {}), yaml, gfm: true };
}

/**
 * The Markdown limits (limits.ts): markdown-it stops nesting at `maxNesting` and drops what lies
 * deeper, so a token at that level means the file was cut short; refused rather than imported so.
 */
function checkLimits(tokens: readonly Token[]): void {
  let links = 0;
  for (const token of tokens) {
    if (token.level >= MAX_MARKDOWN_NESTING - 1) throw refuse.markdownNesting();
    for (const child of token.children ?? []) {
      if (child.level >= MAX_MARKDOWN_NESTING - 1) throw refuse.markdownNesting();
      if (child.type === 'link_open' && ++links > MAX_LINKS) throw refuse.links();
    }
  }
}

/** The deepest run of ">" markers opening any line, in one pass. */
export function maxQuoteDepth(markdown: string): number {
  let max = 0;
  let depth = 0;
  let atLineStart = true;
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown.charCodeAt(i);
    if (c === 10) {
      atLineStart = true;
      depth = 0;
    } else if (atLineStart && c === 62) {
      depth++;
      if (depth > max) max = depth;
    } else if (c !== 32 && c !== 9) {
      atLineStart = false;
    }
  }
  return max;
}

export function parseMarkdownArticle(markdown: string, options: MarkdownImportOptions = {}): Article {
  // Hostile nesting would hang the parser; as plain text the same file imports in linear time.
  if (maxQuoteDepth(markdown) > MAX_QUOTE_DEPTH) return parseTextArticle(markdown, options);
  const { tokens, yaml, gfm } = parseTokens(markdown);
  checkLimits(tokens);
  const fm = readFrontMatter(yaml);
  const fmTitle = asText(field(fm, 'title'));
  const h1 = fmTitle ? null : (tokens.find((t) => t.type === 'heading_open' && t.tag === 'h1' && t.level === 0) ?? null);
  const ctx: Context = { titleToken: h1, blocks: [] };
  blocks(tokens, 0, ctx, 'paragraph', '', gfm);

  const firstLine = ctx.blocks[0]?.text.split('\n', 1)[0] ?? '';
  const h1Title = h1 ? plainText(tokens[tokens.indexOf(h1) + 1]?.children ?? []) : '';
  const title = fmTitle ?? (h1Title || (firstLine ? titleFromText(firstLine) : fileStem(options.fileName)));
  const article: Article = { title, blocks: ctx.blocks };
  const byline = asText(field(fm, 'author', 'authors', 'byline', 'creator'));
  const site = asText(field(fm, 'site', 'site_name', 'sitename', 'publisher', 'publication'));
  const url = safeHref(asText(field(fm, 'url', 'source', 'source_url', 'link', 'canonical', 'original_url')) ?? '');
  const publishedAt = asDate(field(fm, 'date', 'published', 'publishedat', 'published_at', 'pubdate', 'created'));
  const summary = asText(field(fm, 'description', 'summary', 'excerpt', 'subtitle'));
  const tags = asTags(field(fm, 'tags', 'keywords', 'categories'));
  if (byline) article.byline = byline;
  if (site) article.site = site;
  if (url && !url.startsWith('mailto:')) article.url = url;
  if (publishedAt) article.publishedAt = publishedAt;
  if (summary) article.summary = summary;
  if (tags.length) article.tags = tags;
  return article;
}

function plainText(tokens: readonly InlineToken[]): string {
  const b = new InlineBuilder();
  inline(tokens, b);
  return b.finish().text;
}

function fileStem(name: string | undefined): string {
  const base = (name ?? '').replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').trim();
  return base || 'Untitled';
}
