/**
 * Markdown (CommonMark + GFM, YAML front matter) → Article. Raw HTML inside the Markdown never
 * survives as markup: only the text between its tags is kept (scripts and styles dropped), since
 * the reader renders blocks, never imported HTML.
 *
 * Parsed by markdown-it (parser.ts: tables, strikethrough, autolinked URLs, footnotes via
 * markdown-it-footnote); its token stream is walked once into blocks (blocks.ts, inline.ts). It
 * replaced micromark/mdast, whose tokenizer and garbage made Markdown import ~7× slower than
 * plain text; the blocks are the same.
 */
import type { Article } from '../../article';
import { parseTextArticle } from '../text/index';
import { titleFromText } from '../text/title';
import { blocks, type BlockWalk } from './blocks';
import { asText, field, frontMatterFields, readFrontMatter } from './front-matter';
import { checkLimits, MAX_QUOTE_DEPTH, maxQuoteDepth } from './guards';
import { plainText } from './inline';
import { parseTokens } from './parser';

export { safeHref } from './links';
export { maxQuoteDepth } from './guards';

export interface MarkdownImportOptions {
  fileName?: string;
}

export function parseMarkdownArticle(markdown: string, options: MarkdownImportOptions = {}): Article {
  // Hostile nesting would hang the parser; as plain text the same file imports in linear time.
  if (maxQuoteDepth(markdown) > MAX_QUOTE_DEPTH) return parseTextArticle(markdown, options);
  const { tokens, yaml, gfm } = parseTokens(markdown);
  checkLimits(tokens);
  const fm = readFrontMatter(yaml);
  const fmTitle = asText(field(fm, 'title'));
  const h1 = fmTitle ? null : (tokens.find((t) => t.type === 'heading_open' && t.tag === 'h1' && t.level === 0) ?? null);
  const walk: BlockWalk = { titleToken: h1, blocks: [] };
  blocks(tokens, 0, walk, 'paragraph', '', gfm);

  const firstLine = walk.blocks[0]?.text.split('\n', 1)[0] ?? '';
  const h1Title = h1 ? plainText(tokens[tokens.indexOf(h1) + 1]?.children ?? []) : '';
  const title = fmTitle ?? (h1Title || (firstLine ? titleFromText(firstLine) : fileStem(options.fileName)));
  return { title, blocks: walk.blocks, ...frontMatterFields(fm) };
}

function fileStem(name: string | undefined): string {
  const base = (name ?? '').replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '').trim();
  return base || 'Untitled';
}
