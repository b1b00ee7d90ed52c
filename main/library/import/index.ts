/**
 * The one entry point from a file to an Article: size → binary sniffing → extension → decode →
 * format → parse. Every refusal is an ImportRefusal whose message tells the user what is wrong
 * and what to do; anything else thrown is a bug.
 */
import { createHash } from 'node:crypto';
import type { Article, ArticleFormat, StoredBody } from '../article';
import { ImportRefusal } from '../errors';
import { isHighlightCard, parseHighlightCard } from './card';
import { decodeText } from './decode';
import { decodeHtml } from './decode-html';
import {
  KNOWN_EXTENSIONS,
  SUPPORTED_LIST,
  checkSize,
  detectFormat,
  extensionOf,
  formatOfExtension,
  isEpub,
  refuseBinary,
  refuseUnsupportedExtension,
} from './detect';
import { parseEpub } from './epub/index';
import { parseHtmlArticle } from './html';
import { parseMarkdownArticle } from './markdown/index';
import { parseTextArticle, parseTextArticles } from './text/index';
import { fallbackTitle } from './text/title';
import { cleanArticleFields, cleanField } from './clean-field';
import { checkDecodedLength } from './limits';
import { highlightExportKind, parseHighlightExport, unknownJsonReason, type HighlightFileSummary } from './highlights/index';
import { parseOmnivoreZip } from './highlights/omnivore-export';
import type { ExportKind } from './highlights/index';
import { looksLikeOmnivoreLogseq } from './highlights/omnivore-logseq';
import { parsePdfArticle, PDF_MEDIA_TYPE } from './pdf/index';

import { MAX_FILE_BYTES } from './limits';

export { MAX_FILE_BYTES };

/** Zip archives are read only as Omnivore exports, before any text decoding (import/zip.ts). */
export const SUPPORTED_EXTENSIONS: readonly string[] = [...KNOWN_EXTENSIONS, '.zip'];

export interface ParsedFile {
  format: ArticleFormat;
  /** SHA-256 of the decoded text: the same file, imported again, is known by it. */
  fileHash: string;
  /** Usually one; a plain-text file that holds several articles gives each, in file order. */
  articles: Article[];
  /**
   * Each article's `storedBody`, when a parse worker derived it (parse-worker.ts), so the
   * importer's main thread, which writes every file, need not; computed there otherwise.
   */
  stored?: StoredBody[];
  /** A highlight export (Kindle clippings, Readwise CSV, …): what was read and left out, for the report. */
  highlights?: HighlightFileSummary;
  /**
   * The file's own bytes, kept for "Open original" where the text is not the file (a PDF: its
   * `original` is empty, and `fileHash` is the SHA-256 of these bytes).
   */
  originalFile?: { mediaType: string; bytes: Uint8Array };
  /** Each article's own format, where a file's articles differ (an Omnivore export's pages and its highlights); `format` otherwise. */
  formats?: ArticleFormat[];
}

function parseAs(format: ArticleFormat, text: string, name: string): Article[] {
  switch (format) {
    case 'html':
      return [parseHtmlArticle(text, {})];
    case 'markdown':
      return [parseMarkdownArticle(text, { fileName: name })];
    case 'text':
      return isHighlightCard(text) ? [parseHighlightCard(text, name)] : parseTextArticles(text, { fileName: name });
  }
}

/**
 * Parses a stored source again as one article, with today's cleaner: for "re-run cleanup" and
 * for joining a file's articles back into one. `text` is what `Article.original` held.
 */
export function reparseSource(format: ArticleFormat, name: string, text: string): Article {
  checkDecodedLength(format, text);
  const exportKind = format === 'text' ? highlightExportKind(text, name) : null;
  const article = exportKind
    ? (parseHighlightExport(exportKind, text, name).articles[0] as Article)
    : format === 'text' && !isHighlightCard(text) ? parseTextArticle(text, { fileName: name }) : (parseAs(format, text, name)[0] as Article);
  cleanArticleFields(article);
  if (!article.title) article.title = cleanField(fallbackTitle(name, article.blocks[0]?.text ?? '')) || 'Untitled';
  article.original = text;
  return article;
}

const hasText = (article: Article): boolean => article.blocks.some((b) => b.text.trim() !== '');

/**
 * The file's text and format. A web page is decoded by the charset it declares (decode-html.ts);
 * any other file as text (UTF-8, else Windows-1252), and then again as a page when its text
 * turns out to be a whole HTML document.
 */
function decodeFile(ext: string, bytes: Uint8Array): { text: string; format: ArticleFormat } {
  if (formatOfExtension(ext) === 'html') return { text: decodeHtml(bytes).text, format: 'html' };
  const { text } = decodeText(bytes);
  if (text.trim() === '') throw new ImportRefusal('This file contains only blank space, so there is nothing to import.');
  const format = detectFormat(ext, text);
  return format === 'html' ? { text: decodeHtml(bytes).text, format } : { text, format };
}

/** Where a PDF says it starts: "%PDF-" within its first kilobyte (some writers put bytes before it). */
export function isPdfBytes(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).includes('%PDF-', 0, 'latin1');
}

const startsWithPdf = (bytes: Uint8Array): boolean => bytes.byteLength >= 5 && Buffer.from(bytes.buffer, bytes.byteOffset, 5).toString('latin1') === '%PDF-';

/**
 * Any file the importer reads: a PDF (asynchronous: pdf.js answers in promises), or
 * `parseArticleFile` for the others. This is what the parse worker and the inline parser call.
 */
export async function parseFile(input: { name: string; bytes: Uint8Array }): Promise<ParsedFile> {
  const ext = extensionOf(input.name);
  if (ext === '.pdf' || startsWithPdf(input.bytes)) return parsePdfFile(input);
  return parseArticleFile(input);
}

async function parsePdfFile({ name, bytes }: { name: string; bytes: Uint8Array }): Promise<ParsedFile> {
  checkSize(bytes.byteLength, MAX_FILE_BYTES);
  if (!isPdfBytes(bytes)) {
    throw new ImportRefusal(`This file is named .pdf but is not a PDF (it does not start with "%PDF-"). Open it to see what it is, and save it as a PDF or with the right extension. ${SUPPORTED_LIST}`);
  }
  // pdf.js itself is loaded on the first PDF (pdf/pdf-module.ts); these modules are only its layout.
  const article = await parsePdfArticle(bytes);
  cleanArticleFields(article);
  if (!article.title) article.title = cleanField(fallbackTitle(name, article.blocks[0]?.text ?? '')) || 'Untitled';
  // The bytes are the original (kept once, by their hash); the text is what they give.
  article.original = '';
  return { format: 'text', articles: [article], fileHash: createHash('sha256').update(bytes).digest('hex'), originalFile: { mediaType: PDF_MEDIA_TYPE, bytes } };
}

export function parseArticleFile(input: { name: string; bytes: Uint8Array }): ParsedFile {
  const { name, bytes } = input;
  checkSize(bytes.byteLength, MAX_FILE_BYTES);
  const ext = extensionOf(name);
  if (isEpub(ext, bytes)) return parseEpubFile(name, bytes);
  if (ext === '.zip') return parseZipFile(bytes);
  refuseBinary(bytes, { strayNulsAllowed: formatOfExtension(ext) === 'html' });
  refuseUnsupportedExtension(ext);
  const { text, format } = decodeFile(ext, bytes);
  checkDecodedLength(format, text);
  // Omnivore's Logseq page is Markdown; every other export is read as text.
  const exportKind = format === 'text' ? highlightExportKind(text, name) : format === 'markdown' && looksLikeOmnivoreLogseq(text) ? 'omnivore-logseq' : null;
  if (ext === '.csv' && exportKind !== 'readwise') {
    throw new ImportRefusal('This CSV file is not a Readwise export: its first line should name the columns Highlight, Book Title, Book Author, … Commonplace reads CSV files only from Readwise.');
  }
  if (ext === '.json' && !exportKind) throw new ImportRefusal(unknownJsonReason(text));
  if (exportKind) return parseHighlightFile(exportKind, text, name);
  const articles = parseAs(format, text, name).filter(hasText);
  if (articles.length === 0) {
    throw new ImportRefusal(
      'No article text was found in this file: it holds only page furniture (menus, share buttons, banners). Save the article’s own text and import that.',
    );
  }
  for (const article of articles) {
    cleanArticleFields(article);
    if (!article.title) article.title = cleanField(fallbackTitle(name, article.blocks[0]?.text ?? '')) || 'Untitled';
    // Kept so cleanup can be re-run on this article when the cleaner improves.
    article.original ??= text;
  }
  return { format, articles, fileHash: fileHashOf(text) };
}

/**
 * An EPUB book as one article. Stored as 'html' (its chapters are XHTML, through the HTML block
 * converter): the documents table allows only text, markdown and html, and widening it means
 * rebuilding the table. No `original` is kept: nothing in a book is cleaned, so there is no
 * cleanup to re-run (sources/recleanable.ts says so), and the file's hash covers its bytes.
 */
function parseEpubFile(name: string, bytes: Uint8Array): ParsedFile {
  const { article } = parseEpub(bytes);
  cleanArticleFields(article);
  if (!article.title) article.title = cleanField(fallbackTitle(name, article.blocks[0]?.text ?? '')) || 'Untitled';
  return { format: 'html', articles: [article], fileHash: createHash('sha256').update(bytes).digest('hex') };
}

/** Each book or web page of a highlight export, as a source item holding its highlights. */
function parseHighlightFile(kind: ExportKind, text: string, name: string): ParsedFile {
  const { articles, summary, formats } = parseHighlightExport(kind, text, name);
  for (const article of articles) {
    cleanArticleFields(article);
    if (!article.title) article.title = 'Untitled';
  }
  return { format: 'text', articles, fileHash: fileHashOf(text), highlights: summary, ...(formats ? { formats } : {}) };
}

/** An Omnivore export's zip: its saved pages (each in its own format) and their highlights. */
function parseZipFile(bytes: Uint8Array): ParsedFile {
  const { articles, formats, summary } = parseOmnivoreZip(bytes);
  for (const article of articles) {
    cleanArticleFields(article);
    if (!article.title) article.title = 'Untitled';
  }
  return { format: 'text', formats, articles, fileHash: createHash('sha256').update(bytes).digest('hex'), highlights: summary };
}

export function fileHashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
