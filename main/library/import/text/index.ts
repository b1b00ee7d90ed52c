/**
 * Plain text → Article: units (logical lines) → clutter removed → head metadata → blocks.
 */
import type { Article } from '../../article';
import { unitsToBlocks } from './blocks';
import { removeClutter } from './clutter';
import { splitHead } from './metadata';
import { toUnits } from './units';

export interface TextImportOptions {
  /** The file's name: a fallback title when the text states none. */
  fileName?: string;
}

/**
 * A file → its articles, in file order. A file holding several scraped articles gives each
 * as its own (each with `original` set to its part of the file).
 */
export function parseTextArticles(text: string, options: TextImportOptions = {}): Article[] {
  return [parseTextArticle(text, options)];
}

export function parseTextArticle(text: string, options: TextImportOptions = {}): Article {
  const units = removeClutter(toUnits(text));
  const { meta, titleFromText, body } = splitHead(units, options.fileName ?? '');
  const article: Article = { title: meta.title, blocks: unitsToBlocks(body, titleFromText ? meta.title : null) };
  if (meta.summary) article.summary = meta.summary;
  if (meta.byline) article.byline = meta.byline;
  if (meta.site) article.site = meta.site;
  if (meta.url) article.url = meta.url;
  if (meta.publishedAt) article.publishedAt = meta.publishedAt;
  return article;
}
