/**
 * Highlight exports from other tools, told apart from articles by their content: Kindle's
 * My Clippings.txt, Readwise's CSV, Hypothesis's and Zotero's annotation JSON and Omnivore's
 * metadata JSON (its zip is read by omnivore-export.ts). Each gives source items
 * (to-articles.ts) and a summary of what was read and left out, for the import's report.
 */
import Papa from 'papaparse';
import type { Article, ArticleFormat } from '../../article';
import { ImportRefusal } from '../../errors';
import { bookKey } from './book-key';
import { looksLikeKindleClippings, parseKindleClippings, splitTitleLine } from './kindle';
import { looksLikeReadwiseCsv, parseReadwiseCsv } from './readwise';
import { looksLikeHypothesis, parseHypothesis } from './hypothesis';
import { readJson } from './json';
import { looksLikeOmnivoreMetadata } from './omnivore';
import { parseOmnivoreMetadataFile } from './omnivore-export';
import { looksLikeOmnivoreLogseq, parseOmnivoreLogseq } from './omnivore-logseq';
import { looksLikeZotero, parseZotero, titleFromFileName } from './zotero';
import type { HighlightExport, HighlightTool } from './types';
import { sourceItemOf, summariseExport, type HighlightFileSummary } from './to-articles';

export type { HighlightFileSummary } from './to-articles';

const SEPARATOR_LINES = /^\s*={10}\s*$/gm;

/**
 * A file named as Kindle names it, or laid out as one even if no entry reads: separator lines
 * between short entries, and one closing the file (as Kindle writes it; a heading underlined
 * with "=" in an ordinary text never ends a file).
 */
function laidOutAsClippings(text: string, name: string): boolean {
  if (/(^|[\\/])my clippings\.txt$/i.test(name)) return true;
  const end = text.trimEnd();
  if (!/^\s*={10}$/.test(end.slice(end.lastIndexOf('\n') + 1))) return false;
  const head = text.slice(0, 16_384);
  const separators = head.match(SEPARATOR_LINES)?.length ?? 0;
  const lines = head.split('\n').filter((l) => l.trim() !== '').length;
  return separators >= 2 && separators * 6 >= lines;
}

/** A JSON file's tool, by its shape; null for text that is not JSON or JSON of another shape. */
function jsonExportKind(text: string): 'hypothesis' | 'zotero' | 'omnivore' | null {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('{') && !head.startsWith('[')) return null;
  let json: unknown;
  try {
    json = JSON.parse(head);
  } catch {
    return null;
  }
  if (looksLikeHypothesis(json)) return 'hypothesis';
  if (looksLikeZotero(json)) return 'zotero';
  if (looksLikeOmnivoreMetadata(json)) return 'omnivore';
  return null;
}

/** A tool's export, and which of a tool's exports when it has more than one. */
export type ExportKind = HighlightTool | 'omnivore-logseq';

export function highlightExportKind(text: string, name: string): ExportKind | null {
  if (looksLikeReadwiseCsv(text)) return 'readwise';
  if (looksLikeKindleClippings(text) || laidOutAsClippings(text, name)) return 'kindle';
  if (looksLikeOmnivoreLogseq(text)) return 'omnivore-logseq';
  return jsonExportKind(text);
}

/** A JSON file that is none of the exports Commonplace reads: why, in words (its syntax, or its shape). */
export function unknownJsonReason(text: string): string {
  readJson(text, 'JSON file');
  return 'This JSON file is not an export Commonplace reads: it reads Hypothesis annotations (an API search result with "rows"), Zotero annotation lists and Omnivore’s metadata_….json. Nothing was imported.';
}

const TOOL_WORDS: Readonly<Record<HighlightTool, string>> = {
  kindle: 'Kindle clippings file',
  readwise: 'Readwise CSV file',
  hypothesis: 'Hypothesis export',
  zotero: 'Zotero annotation file',
  omnivore: 'Omnivore export',
};

/** Source items from an export whose parser cuts out each item's own part of the file, kept as its original. */
function fromJsonExport(parsed: HighlightExport, text: string): { articles: Article[]; summary: HighlightFileSummary } {
  if (parsed.books.length === 0) throw new ImportRefusal(nothingMessage(TOOL_WORDS[parsed.tool], 0));
  return { articles: parsed.books.map((book) => sourceItemOf(book, book.original ?? text)), summary: summariseExport(parsed) };
}

export function parseHighlightExport(kind: ExportKind, text: string, name = ''): { articles: Article[]; summary: HighlightFileSummary; formats?: ArticleFormat[] } {
  if (kind === 'omnivore-logseq') {
    const parsed = parseOmnivoreLogseq(text);
    const { articles, summary } = fromJsonExport(parsed, text);
    return { articles, summary: { ...summary, linksOnly: parsed.withoutHighlights } };
  }
  if (kind === 'hypothesis') return fromJsonExport(parseHypothesis(readJson(text, TOOL_WORDS.hypothesis), titleFromFileName(name)), text);
  if (kind === 'zotero') return fromJsonExport(parseZotero(readJson(text, TOOL_WORDS.zotero), name), text);
  if (kind === 'omnivore') return parseOmnivoreMetadataFile(readJson(text, TOOL_WORDS.omnivore));
  if (kind === 'kindle') {
    const parsed = parseKindleClippings(text);
    if (parsed.books.length === 0) throw new ImportRefusal(nothingMessage('Kindle clippings file', parsed.skipped.bookmarks));
    const entries = kindleEntriesByBook(text);
    const articles = parsed.books.map((book) => sourceItemOf(book, entries.get(bookKey(book.title, book.author)) ?? ''));
    return { articles, summary: summariseExport(parsed) };
  }
  const parsed = parseReadwiseCsv(text);
  if (parsed.books.length === 0) throw new ImportRefusal(nothingMessage('Readwise CSV file', 0));
  const rows = readwiseRowsByBook(text);
  const articles = parsed.books.map((book) => sourceItemOf(book, rows.get(bookKey(book.title, book.author)) ?? ''));
  return { articles, summary: summariseExport(parsed) };
}

function nothingMessage(what: string, bookmarks: number): string {
  const marks = bookmarks > 0 ? ` (only ${bookmarks} bookmark${bookmarks === 1 ? '' : 's'}, which mark a place but hold no text)` : '';
  return `This ${what} holds no highlights or notes with text${marks}, so there is nothing to import.`;
}

/** Each book's own entries, as Kindle wrote them: the original kept with its source item. */
function kindleEntriesByBook(text: string): Map<string, string> {
  const byBook = new Map<string, string[]>();
  for (const entry of text.replace(/\r\n?/g, '\n').split(/^\s*={10}\s*$/m)) {
    const first = entry.replace(/\uFEFF/g, '').split('\n').find((l) => l.trim() !== '');
    if (!first) continue;
    const { title, author } = splitTitleLine(first);
    const key = bookKey(title, author);
    const list = byBook.get(key) ?? [];
    list.push(entry.replace(/^\n+|\n+$/g, ''));
    byBook.set(key, list);
  }
  return new Map([...byBook].map(([key, list]) => [key, `${list.join('\n==========\n')}\n==========\n`]));
}

/** Each book's rows under the export's own header, written back as CSV. */
function readwiseRowsByBook(text: string): Map<string, string> {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
  const fields = parsed.meta.fields ?? [];
  const byBook = new Map<string, Record<string, string>[]>();
  for (const row of parsed.data) {
    const key = bookKey((row['Book Title'] ?? '').trim() || 'Untitled', (row['Book Author'] ?? '').trim());
    const list = byBook.get(key) ?? [];
    list.push(row);
    byBook.set(key, list);
  }
  return new Map([...byBook].map(([key, rows]) => [key, Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f] ?? '')) })]));
}
