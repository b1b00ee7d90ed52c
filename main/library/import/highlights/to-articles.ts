/**
 * A highlight export as the library stores it: each book or web page becomes a source item
 * (a document of kind `card`, as highlight cards are) whose text is its highlights in reading
 * order, one quote block each, then the notes that were on no highlight. The highlights ride
 * along on the Article and are stored pending, to attach to the full text by the matcher
 * (highlights/cards.ts). Each item keeps as its original only its own entries, so re-reading
 * it (re-run cleanup) gives back the same one item.
 */
import type { Article, Block, ImportedHighlight } from '../../article';
import type { ClippedHighlight, HighlightExport, SourceBook } from './types';

function toImported(h: ClippedHighlight): ImportedHighlight {
  const out: ImportedHighlight = { quote: h.quote };
  if (h.comment) out.comment = h.comment;
  if (h.color) out.color = h.color;
  if (h.tags?.length) out.tags = h.tags;
  if (h.createdAt) out.createdAt = h.createdAt;
  if (h.locator) out.locator = h.locator;
  if (h.partial) out.partial = true;
  if (h.prefix) out.prefix = h.prefix;
  if (h.suffix) out.suffix = h.suffix;
  return out;
}

/** `original` is left out where no text of the export stands for this item alone (an Omnivore item's highlights). */
export function sourceItemOf(book: SourceBook, original?: string): Article {
  const blocks: Block[] = [
    ...book.highlights.map((h): Block => ({ kind: 'quote', text: h.quote })),
    ...book.looseNotes.map((n): Block => ({ kind: 'paragraph', text: n.locator ? `Note (${n.locator}): ${n.text}` : `Note: ${n.text}` })),
  ];
  const article: Article = { title: book.title, blocks };
  if (original !== undefined) article.original = original;
  if (book.author) article.byline = book.author;
  if (book.url) article.url = book.url;
  if (book.tags?.length) article.tags = book.tags;
  if (book.highlights.length) article.highlights = book.highlights.map(toImported);
  return article;
}

/** What a highlight export's import says it did, before the library has its say (attached, already there). */
export interface HighlightFileSummary {
  tool: HighlightExport['tool'];
  books: number;
  highlights: number;
  notes: number;
  partial: number;
  skipped: HighlightExport['skipped'];
  /** Omnivore: the saved items read, and how many came with their text. */
  articles?: number;
  withText?: number;
  /** Omnivore's Logseq page: saved items it lists without highlights, left out (it holds only their links). */
  linksOnly?: number;
}

export function summariseExport(parsed: HighlightExport): HighlightFileSummary {
  return {
    tool: parsed.tool,
    books: parsed.books.length,
    highlights: parsed.books.reduce((n, b) => n + b.highlights.length, 0),
    notes: parsed.books.reduce((n, b) => n + b.highlights.filter((h) => h.comment).length + b.looseNotes.length, 0),
    partial: parsed.books.reduce((n, b) => n + b.highlights.filter((h) => h.partial).length, 0),
    skipped: { ...parsed.skipped },
  };
}
