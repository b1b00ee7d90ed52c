/**
 * EPUB → one Article: the book, whose blocks are its chapters in reading order. The zip is read
 * entry by entry as needed (container, package, then the chapters and the table of contents;
 * never images, fonts or stylesheets); every XML and XHTML file is parsed by one inert jsdom
 * window (no scripts, no fetches, no CSS) that is closed when the book is done.
 *
 * Refused, with nothing stored: a zip that is not an EPUB (no container or package), a damaged
 * one (a chapter or the package missing, XML that does not parse), and a book under DRM (a
 * rights file, or chapters listed in encryption.xml). A book whose only encrypted files are
 * obfuscated fonts imports: that is how publishers ship embedded fonts, not DRM.
 */
import type { DOMWindow } from 'jsdom';
import type { Article, Block } from '../../article';
import { ImportRefusal } from '../../errors';
import { blankWindow, parseInWindow } from '../html/load-document';
import { normalisePublishedAt } from '../html/published-date';
import { safePageUrl } from '../html/sanitise-url';
import { MAX_BOOK_MARKUP_BYTES, MAX_TEXT_CHARS, refuse } from '../limits';
import { DRM_MESSAGE, openBook, type BookArchive } from './archive';
import { chapterBlocks } from './chapters';
import { readPackage, type BookPackage, type SpineItem } from './package';
import { tocFromNav, tocFromNcx, type TableOfContents } from './toc';
import { damaged, parseXml, textOf, xmlText } from './xml';

export interface ParsedBook {
  article: Article;
  /** Read from the package but not stored: the library has no column for them yet. */
  language?: string;
  identifier?: string;
  /** Content documents that gave text, in the order their blocks stand. */
  chapters: number;
}

export function parseEpub(bytes: Uint8Array): ParsedBook {
  const dom = blankWindow();
  try {
    return parseBook(bytes, dom.window);
  } finally {
    // A jsdom window is not reclaimed until closed.
    dom.window.close();
  }
}

function parseBook(bytes: Uint8Array, window: DOMWindow): ParsedBook {
  const archive = openBook(bytes, window);
  const opfBytes = archive.read([archive.packagePath]).get(archive.packagePath)!;
  const book = readPackage(parseXml(window, xmlText(opfBytes), archive.packagePath), archive.packagePath);
  const stated = readingOrder(book.spine);
  if (stated.length === 0) throw damaged('its package lists no chapters to read');
  const missing = stated.find((item) => archive.entryName(item.path) === undefined);
  if (missing) throw damaged(`its reading order names "${missing.path}", which is not in the file`);
  const spine = readOnce(stated.map((item) => ({ ...item, path: archive.entryName(item.path)! })));
  if (spine.some((item) => archive.encrypted.has(item.path))) throw new ImportRefusal(DRM_MESSAGE);
  const files = archive.read([...new Set(spine.map((i) => i.path))]);
  let markup = 0;
  for (const item of spine) markup += files.get(item.path)!.byteLength;
  if (markup > MAX_BOOK_MARKUP_BYTES) throw refuse.bookMarkup();
  // The table of contents names files as the package does; they are found as the spine's are.
  const toc = new Map(
    [...tableOfContentsOf(window, book, archive)].flatMap(([path, entry]) => {
      const name = archive.entryName(path);
      return name === undefined ? [] : [[name, entry] as const];
    }),
  );

  const blocks: Block[] = [];
  let chars = 0;
  let chapters = 0;
  for (const item of spine) {
    const chapter = inChapter(item.path, () => chapterBlocks(window, files.get(item.path)!, toc.get(item.path)));
    if (chapter.length === 0) continue;
    chapters++;
    for (const block of chapter) {
      chars += block.text.length;
      blocks.push(block);
    }
    if (chars > MAX_TEXT_CHARS) throw refuse.textChars();
  }
  if (blocks.length === 0) {
    throw new ImportRefusal('This EPUB has no text to import: its chapters hold only images or nothing at all. Commonplace imports the text of books, not their pictures.');
  }
  return { article: bookArticle(window, book, blocks), language: book.language, identifier: book.identifier, chapters };
}

/** A chapter's refusal (a page limit) says which chapter: the page it speaks of is that file of the book. */
function inChapter<T>(path: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof ImportRefusal) throw new ImportRefusal(`In this book's chapter "${path}": ${error.message}`);
    throw error;
  }
}

/**
 * The spine without its `linear="no"` items: covers, pop-up footnotes and answer keys, which
 * reading systems leave out of the reading order too (a cover's only text is its image's
 * description). A book whose spine is all non-linear (a mistake) is read whole.
 */
function readingOrder(spine: readonly SpineItem[]): SpineItem[] {
  const linear = spine.filter((item) => item.linear);
  return linear.length > 0 ? linear : [...spine];
}

/** A document named twice in the spine is read once, where it first stands: the same text twice is never the book. */
function readOnce(spine: readonly SpineItem[]): SpineItem[] {
  const seen = new Set<string>();
  return spine.filter((item) => !seen.has(item.path) && seen.add(item.path));
}

/**
 * The navigation document's table of contents (EPUB 3), else toc.ncx's (EPUB 2). Both only lend
 * headings, so one that cannot be read is passed over rather than refusing the book.
 */
function tableOfContentsOf(window: DOMWindow, book: BookPackage, archive: BookArchive): TableOfContents {
  const navName = book.navPath ? archive.entryName(book.navPath) : undefined;
  const ncxName = book.ncxPath ? archive.entryName(book.ncxPath) : undefined;
  const files = archive.read([navName, ncxName].filter((p): p is string => p !== undefined));
  const nav = navName ? files.get(navName) : undefined;
  if (nav && book.navPath) {
    try {
      const toc = tocFromNav(parseInWindow(window, xmlText(nav)), book.navPath);
      if (toc.size > 0) return toc;
    } catch (error) {
      if (!(error instanceof ImportRefusal)) throw error;
    }
  }
  const ncx = ncxName ? files.get(ncxName) : undefined;
  if (ncx && book.ncxPath) {
    try {
      return tocFromNcx(parseXml(window, xmlText(ncx), book.ncxPath), book.ncxPath);
    } catch (error) {
      if (!(error instanceof ImportRefusal)) throw error;
    }
  }
  return new Map();
}

function bookArticle(window: DOMWindow, book: BookPackage, blocks: Block[]): Article {
  const article: Article = { title: book.title ?? '', blocks };
  if (book.creators.length > 0) article.byline = book.creators.join(', ');
  const publishedAt = normalisePublishedAt(book.date);
  if (publishedAt) article.publishedAt = publishedAt;
  const url = identifierUrl(book.identifier);
  if (url) article.url = url;
  // Publishers write descriptions as HTML (escaped in the XML); only its text is wanted.
  const summary = book.description ? textOf(parseInWindow(window, book.description).body) : undefined;
  if (summary) article.summary = summary;
  return article;
}

const DOI = /^(?:urn:doi:|doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)(10\.\d{4,9}\/\S+)$/i;

/** A DOI identifier as its resolver URL (what a citation wants), an http(s) one as itself; an ISBN or UUID has none. */
export function identifierUrl(identifier: string | undefined): string | undefined {
  if (!identifier) return undefined;
  const doi = DOI.exec(identifier.trim()) ?? /^(10\.\d{4,9}\/\S+)$/.exec(identifier.trim());
  if (doi) return safePageUrl(`https://doi.org/${doi[1]}`);
  return safePageUrl(identifier);
}
