/**
 * Readwise's CSV export ("readwise-data.csv"), read with papaparse by column name, so all three
 * header generations read the same way: 9 columns (Highlight, Book Title, Book Author, Amazon
 * Book ID, Note, Color, Tags, Location Type, Location), 10 (+ Highlighted at), 11 (+ Document
 * tags). Quoted fields may run over several lines and hold doubled quotes. A file papaparse
 * cannot read whole is refused, saying which row is wrong.
 */
import Papa from 'papaparse';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../contract/constants';
import { tidyTagName } from '../../../contract/tags';
import { ImportRefusal } from '../../errors';
import { bookKey } from './book-key';
import { comparable } from './clipping-dedupe';
import { parseExportDate } from './dates';
import { noneSkipped, type ClippedHighlight, type HighlightExport, type SourceBook } from './types';

const REQUIRED = ['Highlight', 'Book Title'] as const;

/** The first line names Readwise's columns. */
export function looksLikeReadwiseCsv(text: string): boolean {
  const first = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  return REQUIRED.every((name) => first.includes(name));
}

type Row = Record<string, string | undefined>;

/** A field's text, its line ends made "\n" whatever the file used (a multi-line field keeps the file's). */
const field = (row: Row, name: string): string => (row[name] ?? '').replace(/\r\n?/g, '\n').trim();

function dateOf(text: string): string | undefined {
  if (!text) return undefined;
  // "2026-06-22 10:34:42.964038+00:00": ISO but for the space and the microseconds.
  const iso = text.replace(' ', 'T').replace(/(\.\d{3})\d+/, '$1');
  const time = Date.parse(iso);
  return Number.isNaN(time) ? parseExportDate(text) : new Date(time).toISOString();
}

function colorOf(text: string): HighlightColor | undefined {
  const name = text.toLowerCase();
  return (HIGHLIGHT_COLORS as readonly string[]).includes(name) ? (name as HighlightColor) : undefined;
}

export function tagsOf(text: string): string[] {
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = tidyTagName(raw);
    if (tag && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/** Kindle locations and pages are places a reader can cite; Readwise's "order" and "offset" only order. */
function locatorOf(type: string, value: string): string | undefined {
  if (!/^\d+$/.test(value)) return undefined;
  if (type === 'location') return `loc. ${value}`;
  if (type === 'page') return `p. ${value}`;
  return undefined;
}

function describeError(error: Papa.ParseError): string {
  const row = error.row === undefined ? '' : ` (row ${error.row + 2}, counting the header as row 1)`;
  if (error.type === 'Quotes') return `a quoted field is never closed or has a stray quote${row}`;
  if (error.type === 'FieldMismatch') return `a row has a different number of fields than the header${row}`;
  return `${error.message}${row}`;
}

export function parseReadwiseCsv(input: string): HighlightExport {
  const text = input.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  const fatal = parsed.errors.find((e) => e.type === 'Quotes' || e.type === 'FieldMismatch');
  if (fatal) throw new ImportRefusal(`This Readwise CSV file is damaged: ${describeError(fatal)}. Nothing was imported; export it from Readwise again.`);
  const columns = parsed.meta.fields ?? [];
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length) throw new ImportRefusal(`This CSV file is not a Readwise export: it has no ${missing.join(' or ')} column. Nothing was imported.`);
  const skipped = noneSkipped();
  const books = new Map<string, SourceBook & { seen: Set<string>; order: number[] }>();
  for (const row of parsed.data) {
    const quote = field(row, 'Highlight');
    const title = field(row, 'Book Title') || 'Untitled';
    const author = field(row, 'Book Author');
    if (!quote) {
      skipped.empty++;
      continue;
    }
    const key = bookKey(title, author);
    let book = books.get(key);
    if (!book) {
      book = { title, highlights: [], looseNotes: [], seen: new Set(), order: [] };
      if (author) book.author = author;
      const asin = field(row, 'Amazon Book ID');
      if (/^[A-Z0-9]{10}$/.test(asin)) book.url = `https://www.amazon.com/dp/${asin}`;
      const documentTags = tagsOf(field(row, 'Document tags'));
      if (documentTags.length) book.tags = documentTags;
      books.set(key, book);
    }
    const location = field(row, 'Location');
    const identity = `${comparable(quote)}\u0000${location}`;
    if (book.seen.has(identity)) {
      skipped.duplicates++;
      continue;
    }
    book.seen.add(identity);
    const h: ClippedHighlight = { quote };
    const note = field(row, 'Note');
    if (note) h.comment = note;
    const color = colorOf(field(row, 'Color'));
    if (color) h.color = color;
    const tags = tagsOf(field(row, 'Tags'));
    if (tags.length) h.tags = tags;
    const createdAt = dateOf(field(row, 'Highlighted at'));
    if (createdAt) h.createdAt = createdAt;
    const locator = locatorOf(field(row, 'Location Type').toLowerCase(), location);
    if (locator) h.locator = locator;
    book.highlights.push(h);
    book.order.push(/^\d+$/.test(location) ? Number(location) : Number.MAX_SAFE_INTEGER);
  }
  return {
    tool: 'readwise',
    books: [...books.values()].map(({ seen: _seen, order, ...book }) => ({
      ...book,
      // Reading order where the export gives a number for it; file order otherwise.
      highlights: book.highlights.map((h, i) => ({ h, at: order[i]!, i })).sort((a, b) => a.at - b.at || a.i - b.i).map((x) => x.h),
    })),
    skipped,
  };
}
