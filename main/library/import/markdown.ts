/**
 * Markdown (CommonMark + GFM, YAML front matter) → Article. Raw HTML inside the Markdown never
 * survives as markup: only the text between its tags is kept (scripts and styles dropped), since
 * the reader renders blocks, never imported HTML.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { Article, Block, BlockKind, Mark } from '../article';
import { textOfHtml } from './text/html-text';
import { asDate, asTags, asText, field, readFrontMatter, splitFrontMatter } from './frontmatter';
import { parseTextArticle } from './text/index';
import { titleFromText } from './text/title';

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

interface Context {
  definitions: Map<string, string>;
  /** The H1 used as the title; it is not repeated as a block. */
  titleNode: Nodes | null;
  blocks: Block[];
}

function inline(nodes: readonly Nodes[], b: InlineBuilder, ctx: Context): void {
  for (const node of nodes) {
    const start = b.text.length;
    switch (node.type) {
      case 'text':
        b.append(node.value);
        break;
      case 'inlineCode':
        b.append(node.value);
        b.mark('code', start);
        break;
      case 'emphasis':
      case 'strong':
        inline(node.children, b, ctx);
        b.mark(node.type, start);
        break;
      case 'delete':
        inline(node.children, b, ctx);
        break;
      case 'link':
      case 'linkReference': {
        inline(node.children, b, ctx);
        const href = safeHref(node.type === 'link' ? node.url : (ctx.definitions.get(node.identifier) ?? ''));
        if (href) b.mark('link', start, href);
        break;
      }
      case 'break':
        b.lineBreak();
        break;
      case 'html':
        b.append(textOfHtml(node.value, ''));
        break;
      case 'footnoteReference':
        b.append(`[${node.label ?? node.identifier}]`);
        break;
      default:
        // Images carry no text of their own; their alt text alone would read as a stray line.
        break;
    }
  }
}

function push(ctx: Context, kind: BlockKind, nodes: readonly Nodes[], prefix = '', level?: number): void {
  const b = new InlineBuilder();
  if (prefix) b.append(prefix);
  inline(nodes, b, ctx);
  const { text, marks } = b.finish();
  if (!text || text === prefix.trim()) return;
  const block: Block = level ? { kind, level, text } : { kind, text };
  if (marks.length) block.marks = marks;
  ctx.blocks.push(block);
}

function blocks(nodes: readonly RootContent[], ctx: Context, kind: BlockKind, prefix = ''): void {
  let pendingPrefix = prefix;
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        push(ctx, kind, node.children, pendingPrefix);
        pendingPrefix = '';
        break;
      case 'heading':
        if (node !== ctx.titleNode) push(ctx, 'heading', node.children, '', node.depth);
        break;
      case 'blockquote':
        blocks(node.children, ctx, 'quote');
        break;
      case 'list':
        node.children.forEach((item, index) => {
          // Block has no numbering field, so an ordered item keeps its number in its text.
          const number = node.ordered ? `${(node.start ?? 1) + index}. ` : '';
          blocks(item.children, ctx, kind === 'quote' ? 'quote' : 'list-item', number);
        });
        break;
      case 'code':
        if (node.value.trim()) ctx.blocks.push({ kind: 'preformatted', text: node.value });
        break;
      case 'html': {
        const text = textOfHtml(node.value, ' ').replace(/\s+/g, ' ').trim();
        if (text) ctx.blocks.push({ kind, text });
        break;
      }
      case 'table':
        for (const row of node.children) {
          const cells: Nodes[] = [];
          row.children.forEach((cell, i) => {
            if (i > 0) cells.push({ type: 'text', value: ' | ' });
            cells.push(...cell.children);
          });
          push(ctx, 'paragraph', cells);
        }
        break;
      case 'footnoteDefinition':
        blocks(node.children, ctx, kind, `[${node.label ?? node.identifier}] `);
        break;
      default:
        // yaml (read separately), definitions, thematic breaks: no text of their own.
        break;
    }
  }
}

function firstH1(root: Root): Nodes | null {
  return root.children.find((n) => n.type === 'heading' && n.depth === 1) ?? null;
}

function plainInline(node: Nodes, ctx: Context): string {
  const b = new InlineBuilder();
  if ('children' in node) inline(node.children as Nodes[], b, ctx);
  return b.finish().text;
}

function collectDefinitions(nodes: readonly Nodes[], into: Map<string, string>): void {
  for (const node of nodes) {
    if (node.type === 'definition') into.set(node.identifier, node.url);
    else if ('children' in node) collectDefinitions(node.children as Nodes[], into);
  }
}

/**
 * GFM (and any micromark extension) multiplies micromark's cost, and degrades badly on huge
 * inputs; a file beyond this size is parsed as CommonMark, its front matter split off by hand.
 */
const EXTENSIONS_MAX_CHARS = 1_000_000;
/** Real documents never nest quotes this deep; micromark is quadratic in the depth. */
const MAX_QUOTE_DEPTH = 32;

function parseTree(markdown: string): { root: Root; yaml: string | null } {
  if (markdown.length > EXTENSIONS_MAX_CHARS) {
    const { yaml, body } = splitFrontMatter(markdown);
    return { root: fromMarkdown(body), yaml };
  }
  const root = fromMarkdown(markdown, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
  });
  const node = root.children.find((n) => n.type === 'yaml');
  return { root, yaml: node?.type === 'yaml' ? node.value : null };
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
  const { root, yaml } = parseTree(markdown);
  const fm = readFrontMatter(yaml);
  const definitions = new Map<string, string>();
  collectDefinitions(root.children, definitions);
  const fmTitle = asText(field(fm, 'title'));
  const h1 = fmTitle ? null : firstH1(root);
  const ctx: Context = { definitions, titleNode: h1, blocks: [] };
  blocks(root.children, ctx, 'paragraph');

  const firstLine = ctx.blocks[0]?.text.split('\n', 1)[0] ?? '';
  const h1Title = h1 ? plainInline(h1, ctx) : '';
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

function fileStem(name: string | undefined): string {
  const base = (name ?? '').replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').trim();
  return base || 'Untitled';
}
