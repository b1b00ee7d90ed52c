/**
 * Kindle's `My Clippings.txt`: entries separated by a line of ten "=", each a title line
 * ("Title (Author)"), a header line (kinds, page, location, date: kindle-header.ts), a blank
 * line and the text. Read into one source book per title and author: bookmarks skipped, notes
 * put on the highlight at their location, earlier versions of a resized highlight dropped
 * (clipping-dedupe.ts), and text cut by Kindle's clipping limit marked as partial.
 */
import { ImportRefusal } from '../../errors';
import { bookKey } from './book-key';
import { dropResizedDuplicates, type KindleClipping } from './clipping-dedupe';
import { parseExportDate } from './dates';
import { kindleLocator, parseClippingHeader } from './kindle-header';
import { noneSkipped, type ClippedHighlight, type HighlightExport, type SourceBook } from './types';

const SEPARATOR = /^\s*={10}\s*$/m;
const SEPARATOR_LINE = /^\s*={10}\s*$/;
/** How much of a file is looked at to tell a clippings file from an article. */
const SNIFF_CHARS = 16_384;
/**
 * What Kindle puts in place of, or after, the text once a book's clipping limit is reached
 * ("<You have reached the clipping limit for this item>", in the device's language).
 */
const LIMIT_MARKER = /<[^<>\n]*(?:clipping limit|limit|límite|limite|grenze|höchst|上限|限制|制限)[^<>\n]*>\s*$/i;

/** A clippings file by its content: separator lines, and a Kindle header line as the second line of an entry. */
export function looksLikeKindleClippings(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS).replace(/\r\n?/g, '\n').replace(/\uFEFF/g, '');
  if (!SEPARATOR.test(head)) return false;
  return head.split(SEPARATOR).some((block) => {
    const lines = block.split('\n').filter((l, i, all) => l.trim() !== '' || all.slice(0, i).some((x) => x.trim() !== ''));
    return lines.length >= 2 && parseClippingHeader(lines[1]!) !== undefined;
  });
}

/** "Title (Author)": the author is the last balanced group in parentheses at the end. */
export function splitTitleLine(line: string): { title: string; author?: string } {
  const text = line.replace(/\uFEFF/g, '').trim();
  if (text.endsWith(')')) {
    let depth = 0;
    for (let i = text.length - 1; i >= 0; i--) {
      if (text[i] === ')') depth++;
      else if (text[i] === '(' && --depth === 0) {
        const title = text.slice(0, i).trim();
        const author = text.slice(i + 1, -1).trim();
        if (title && author) return { title: readableTitle(title), author };
        break;
      }
    }
  }
  return { title: readableTitle(text) };
}

/** Sideloaded files are named by their file name ("The_Power_of_Now"). */
function readableTitle(title: string): string {
  return !title.includes(' ') && title.includes('_') ? title.replace(/_+/g, ' ').trim() : title;
}

function readEntry(block: string, order: number): KindleClipping | 'unreadable' | 'blank' {
  const lines = block.replace(/\uFEFF/g, '').split('\n');
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  if (lines.length === 0) return 'blank';
  const header = lines.length >= 2 ? parseClippingHeader(lines[1]!) : undefined;
  if (!header) return 'unreadable';
  const { title, author } = splitTitleLine(lines[0]!);
  let text = lines.slice(2).join('\n').trim();
  let partial = false;
  const limit = LIMIT_MARKER.exec(text);
  if (limit) {
    partial = true;
    text = text.slice(0, limit.index).trim();
  }
  const clipping: KindleClipping = { title, kind: header.kind, text, partial, order };
  if (author) clipping.author = author;
  if (header.page) clipping.page = header.page;
  if (header.location) clipping.location = header.location;
  const createdAt = header.dateText ? parseExportDate(header.dateText, header.language) : undefined;
  if (createdAt) clipping.createdAt = createdAt;
  return clipping;
}

export function parseKindleClippings(input: string): HighlightExport {
  const text = input.replace(/\r\n?/g, '\n');
  const skipped = noneSkipped();
  const clippings: KindleClipping[] = [];
  let entries = 0;
  const blocks: string[][] = [[]];
  for (const line of text.split('\n')) {
    if (SEPARATOR_LINE.test(line)) blocks.push([]);
    else blocks[blocks.length - 1]!.push(line);
  }
  for (const block of blocks) {
    const entry = readEntry(block.join('\n'), clippings.length);
    if (entry === 'blank') continue;
    entries++;
    if (entry === 'unreadable') skipped.unreadable++;
    else if (entry.kind === 'bookmark') skipped.bookmarks++;
    else clippings.push(entry);
  }
  if (entries > 0 && skipped.unreadable === entries) {
    throw new ImportRefusal(
      `This looks like a Kindle clippings file, but none of its ${entries} entries could be read: each entry needs a title line, then a line such as “- Your Highlight on page 5 | Added on Monday, 1 January 2024 10:00:00”, then the text, with a line of ten “=” between entries. Nothing was imported.`,
    );
  }
  const byBook = new Map<string, KindleClipping[]>();
  for (const c of clippings) {
    const list = byBook.get(bookKey(c.title, c.author)) ?? [];
    list.push(c);
    byBook.set(bookKey(c.title, c.author), list);
  }
  const books: SourceBook[] = [];
  for (const group of byBook.values()) {
    const book = toBook(group, skipped);
    if (book.highlights.length > 0 || book.looseNotes.length > 0) books.push(book);
  }
  return { tool: 'kindle', books, skipped };
}

function toBook(group: readonly KindleClipping[], skipped: HighlightExport['skipped']): SourceBook {
  const first = group[0]!;
  const nonEmpty = group.filter((c) => {
    if (c.kind === 'highlight' && c.text === '') skipped.empty++;
    else if (c.kind === 'note' && c.text === '') skipped.empty++;
    return c.text !== '';
  });
  const { kept, dropped } = dropResizedDuplicates(nonEmpty.filter((c) => c.kind === 'highlight'));
  skipped.duplicates += dropped;
  const highlights = kept.map((c) => ({ clipping: c, notes: [] as string[] }));
  const looseNotes: SourceBook['looseNotes'] = [];
  for (const note of nonEmpty.filter((c) => c.kind === 'note')) {
    const target = noteTarget(note, highlights.map((h) => h.clipping));
    const holder = target ? highlights.find((h) => h.clipping === target) : undefined;
    if (holder) {
      if (holder.notes.includes(note.text)) skipped.duplicates++;
      else holder.notes.push(note.text);
      continue;
    }
    if (looseNotes.some((n) => n.text === note.text)) {
      skipped.duplicates++;
      continue;
    }
    const loose: SourceBook['looseNotes'][number] = { text: note.text };
    const locator = kindleLocator(note);
    if (locator) loose.locator = locator;
    looseNotes.push(loose);
  }
  const book: SourceBook = {
    title: first.title,
    highlights: highlights.map(({ clipping, notes }) => toHighlight(clipping, notes)),
    looseNotes,
  };
  if (first.author) book.author = first.author;
  return book;
}

/** The highlight a note was typed on: the one whose location holds the note's (ending there first), else the same page. */
function noteTarget(note: KindleClipping, highlights: readonly KindleClipping[]): KindleClipping | undefined {
  const at = note.location?.start;
  const page = note.page?.start;
  const closestInTime = (list: KindleClipping[]) =>
    list.sort((a, b) => Math.abs(timeOf(a) - timeOf(note)) - Math.abs(timeOf(b) - timeOf(note)) || Math.abs(a.order - note.order) - Math.abs(b.order - note.order))[0];
  if (at !== undefined) {
    const holding = highlights.filter((h) => h.location && h.location.start <= at && at <= h.location.end);
    const ending = holding.filter((h) => h.location!.end === at);
    return closestInTime(ending.length ? ending : holding);
  }
  if (page !== undefined) return closestInTime(highlights.filter((h) => h.page && h.page.start <= page && page <= h.page.end));
  return undefined;
}

function timeOf(c: KindleClipping): number {
  return c.createdAt ? Date.parse(c.createdAt) : 0;
}

function toHighlight(c: KindleClipping, notes: readonly string[]): ClippedHighlight {
  const h: ClippedHighlight = { quote: c.text };
  if (notes.length) h.comment = notes.join('\n\n');
  if (c.createdAt) h.createdAt = c.createdAt;
  const locator = kindleLocator(c);
  if (locator) h.locator = locator;
  if (c.partial) h.partial = true;
  return h;
}
