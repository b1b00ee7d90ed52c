/**
 * An Omnivore export made into library items. Each saved item with its content becomes an
 * article, through the HTML (or Markdown) pipeline, with Omnivore's title, author, URL, date and
 * labels (as tags); one with no content becomes a short article of its description and link.
 * Its highlights become a source item after it, whose passages the matcher then attaches to the
 * article's text, as any highlight export's do. A bare `metadata_*.json` gives the same items
 * without content or highlights.
 */
import type { Article, ArticleFormat, Block } from '../../article';
import { ImportRefusal } from '../../errors';
import { parseHtmlArticle } from '../html/index';
import { parseMarkdownArticle } from '../markdown/index';
import { checkDecodedLength } from '../limits';
import { partParsed } from '../progress';
import { entryText, readZip } from '../zip';
import { readJson } from './json';
import { labelsOf, parseOmnivoreHighlights, readOmnivoreMetadata, type OmnivoreItem } from './omnivore';
import { sourceItemOf, type HighlightFileSummary } from './to-articles';
import { noneSkipped } from './types';

export interface OmnivoreParsed {
  articles: Article[];
  /** Each article's format: its content's, or text for an item known only by its metadata. */
  formats: ArticleFormat[];
  summary: HighlightFileSummary;
}

const METADATA_ENTRY = /(^|\/)metadata_[^/]*\.json$/i;
const CONTENT_ENTRY = /(^|\/)content\/([^/]+)\.(html?|md)$/i;
const HIGHLIGHTS_ENTRY = /(^|\/)highlights\/([^/]+)\.md$/i;

const wanted = (name: string): boolean => METADATA_ENTRY.test(name) || CONTENT_ENTRY.test(name) || HIGHLIGHTS_ENTRY.test(name);

/** The item's own fields onto an article, over what the page said of itself. */
function withMetadata(article: Article, item: OmnivoreItem): Article {
  if (item.title?.trim()) article.title = item.title.trim();
  if (item.author?.trim()) article.byline = item.author.trim();
  if (item.url?.trim()) article.url = item.url.trim();
  if (item.publishedAt?.trim()) article.publishedAt = item.publishedAt.trim();
  if (item.description?.trim() && !article.summary) article.summary = item.description.trim();
  const tags = labelsOf(item);
  if (tags.length) article.tags = tags;
  return article;
}

/** An item known only by its metadata: its description and link, kept as its original so it can be read again. */
function linkOnly(item: OmnivoreItem): Article {
  const blocks: Block[] = [];
  if (item.description?.trim()) blocks.push({ kind: 'paragraph', text: item.description.trim() });
  if (item.url?.trim()) blocks.push({ kind: 'paragraph', text: item.url.trim() });
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', text: item.title?.trim() || item.slug });
  const article: Article = { title: item.title?.trim() || item.slug, blocks, original: `${JSON.stringify([item], null, 2)}\n` };
  return withMetadata(article, item);
}

/**
 * The item's article from its content, or undefined when the content holds no text or is past a
 * parse limit (then the item comes in as its link, and the report counts the page as unreadable).
 */
function contentArticle(item: OmnivoreItem, entry: { name: string; text: string }): { article: Article; format: ArticleFormat } | 'unreadable' | undefined {
  const markdown = /\.md$/i.test(entry.name);
  let article: Article;
  try {
    checkDecodedLength(markdown ? 'markdown' : 'html', entry.text);
    article = markdown ? parseMarkdownArticle(entry.text, { fileName: entry.name }) : parseHtmlArticle(entry.text, item.url ? { url: item.url } : {});
  } catch (error) {
    if (error instanceof ImportRefusal) return 'unreadable';
    throw error;
  }
  if (!article.blocks.some((b) => b.text.trim() !== '')) return undefined;
  article.original = entry.text;
  return { article: withMetadata(article, item), format: markdown ? 'markdown' : 'html' };
}

function assemble(items: readonly OmnivoreItem[], content: Map<string, { name: string; text: string }>, highlights: Map<string, string>): OmnivoreParsed {
  const articles: Article[] = [];
  const formats: ArticleFormat[] = [];
  const skipped = noneSkipped();
  const seen = new Set<string>();
  let withText = 0;
  let highlightCount = 0;
  let itemCount = 0;
  let highlighted = 0;
  for (const item of items) {
    const key = item.id ?? item.slug;
    if (seen.has(key)) {
      skipped.duplicates++;
      continue;
    }
    seen.add(key);
    itemCount++;
    const entry = content.get(item.slug);
    const read = entry ? contentArticle(item, entry) : undefined;
    if (read === 'unreadable') skipped.unreadable++;
    const made = read === 'unreadable' ? undefined : read;
    if (made) withText++;
    articles.push(made?.article ?? linkOnly(item));
    formats.push(made?.format ?? 'text');
    partParsed();
    const passages = parseOmnivoreHighlights(highlights.get(item.slug) ?? '');
    if (passages.length === 0) continue;
    highlighted++;
    highlightCount += passages.length;
    const title = item.title?.trim() || item.slug;
    const card = sourceItemOf({ title, highlights: passages, looseNotes: [], tags: labelsOf(item), ...(item.url ? { url: item.url } : {}) });
    if (item.author?.trim()) card.byline = item.author.trim();
    articles.push(card);
    formats.push('text');
  }
  return {
    articles,
    formats,
    summary: {
      tool: 'omnivore',
      books: highlighted,
      highlights: highlightCount,
      notes: articles.reduce((n, a) => n + (a.highlights ?? []).filter((h) => h.comment).length, 0),
      partial: 0,
      skipped,
      articles: itemCount,
      withText,
    },
  };
}

function nothing(): never {
  throw new ImportRefusal('This Omnivore export lists no saved items, so there is nothing to import.');
}

/** A bare `metadata_*.json`: the items, each as a short article of its description and link. */
export function parseOmnivoreMetadataFile(json: unknown): OmnivoreParsed {
  const items = readOmnivoreMetadata(json);
  if (items.length === 0) nothing();
  return assemble(items, new Map(), new Map());
}

/** The export's zip: every metadata file's items, with the content and highlights the archive holds for them. */
export function parseOmnivoreZip(bytes: Uint8Array): OmnivoreParsed {
  const zip = readZip(bytes, wanted, 'Omnivore export');
  const metadataNames = [...zip.files.keys()].filter((n) => METADATA_ENTRY.test(n)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (metadataNames.length === 0) {
    throw new ImportRefusal('This zip archive is not an Omnivore export: it holds no metadata_….json file. Commonplace reads zip archives only as Omnivore exports; export your library from Omnivore again, or import the files inside it.');
  }
  const items = metadataNames.flatMap((name) => readOmnivoreMetadata(readJson(entryText(zip.files.get(name)!), `Omnivore export’s ${name}`), `Omnivore export’s ${name}`));
  if (items.length === 0) nothing();
  const content = new Map<string, { name: string; text: string }>();
  const highlights = new Map<string, string>();
  for (const [name, data] of zip.files) {
    const c = CONTENT_ENTRY.exec(name);
    // HTML wins over Markdown when an export holds both for one item.
    if (c && (!content.has(c[2]!) || !/\.md$/i.test(name))) content.set(c[2]!, { name, text: entryText(data) });
    const h = HIGHLIGHTS_ENTRY.exec(name);
    if (h) highlights.set(h[2]!, entryText(data));
  }
  return assemble(items, content, highlights);
}
