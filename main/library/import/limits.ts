/**
 * The limits on how much work one file may ask of the parser: the one home of every such
 * number. The parse worker's 30-second limit (parser.ts) depends on how busy the machine is, so
 * a hostile file could be stopped on one run and imported on the next; these are counted in the
 * file itself, while it is parsed, so a file beyond one is refused the same way on any machine,
 * with a message that names the limit. Each is far beyond what any real article needs (the
 * largest of the test corpora, ../shared/fixtures, is given beside each) and low enough that a
 * file just under all of them parses in seconds, not minutes.
 *
 * Entity expansion: HTML and Markdown expand no entities that a file defines (a `<!DOCTYPE>`'s
 * internal subset, the "billion laughs", is not read by an HTML parser), and every entity
 * decodes to fewer characters than it is written with, so the decoded text is never longer
 * than the file's decoded characters: the character limits below bound it.
 */
import { ImportRefusal } from '../errors';

/**
 * Elements open inside one another in a web page. The HTML parser (and jsdom behind it) does work
 * in proportion to the depth for every element it inserts, so a page of tens of thousands of
 * unclosed tags took minutes. Browsers stop nesting at 512 (Blink); real pages stay under 60
 * (corpus: 42).
 */
export const MAX_HTML_DEPTH = 512;

/** Elements in a web page, void ones included (corpus: about 10,000). Each costs jsdom memory and Readability time. */
export const MAX_HTML_ELEMENTS = 100_000;

/**
 * The depths at which a page's elements were opened, added up: what nesting costs in total.
 * The parser does work in proportion to the depth for each element, and Readability measures
 * text and links once per enclosing block, so a page of thousands of paragraphs inside hundreds
 * of wrappers took four minutes (240 deep, 3,900 paragraphs) though within the depth and element
 * limits. Real pages stay well below (corpus: about 150,000). A page built to sit just under it
 * (110 wrappers around 4,000 paragraphs) still took Readability minutes on a busy machine, since
 * what it re-reads per enclosing block is text, not elements: MAX_HTML_TEXT_NESTING covers that.
 */
export const MAX_HTML_NESTING_WORK = 500_000;

/**
 * Characters of a page's text (not scripts or styles), each counted once for every element
 * around it: the total length of every element's textContent, which is what Readability reads again for each enclosing block
 * it scores or cleans (inner text, link density, commas). The element sum above cannot tell a
 * page of paragraphs under a hundred wrappers from a long shallow one; this can. Real pages reach
 * 7.7 million (the most of the 1,114 corpus pages, tests/unit/html-parse-limits-corpus.test.ts,
 * which fails should one come within a quarter of the limit); 110 wrappers around 4,000 paragraphs
 * of prose reach 86 million, and a tenth of that imports in a second or two.
 */
export const MAX_HTML_TEXT_NESTING = 40_000_000;

/**
 * Links (`<a href>` in a page, `[text](url)` and autolinks in Markdown). Readability measures
 * link density per block, so its work grows with the square of the links: 100,000 took over two
 * minutes. A long Wikipedia page has a few thousand (corpus: 3,859).
 */
export const MAX_LINKS = 10_000;

/**
 * Characters of a plain-text or Markdown file after decoding (a long article is ~100,000;
 * corpus: 114,267; a whole novel is 1–3 million; tests/unit/import-file.test.ts reads a 5 MB
 * line). The cleaner's work grows with the lines and units it weighs, about a second per
 * million characters of prose on a laptop.
 */
export const MAX_TEXT_CHARS = 8_000_000;

/** Characters of a web page after decoding, markup, scripts and styles included (corpus: 1.6 million). */
export const MAX_HTML_CHARS = 16_000_000;

/**
 * Bytes of an EPUB's chapters (their XHTML, read from the zip), together: each is parsed like a
 * web page, and jsdom parses about a megabyte a second on a laptop, so this keeps a book inside
 * the worker's time limit on an idle machine. A long novel has 1–3 MB; the Springer test book 0.65 MB.
 */
export const MAX_BOOK_MARKUP_BYTES = 16 * 1024 * 1024;

/**
 * Blocks inside one another in Markdown (quotes in quotes, lists in lists). markdown-it stops
 * nesting at its `maxNesting` and silently drops what lies deeper, so a file that reaches it is
 * refused rather than imported short.
 */
export const MAX_MARKDOWN_NESTING = 256;

const n = (value: number): string => value.toLocaleString('en-US');

/** The refusals, one per limit, each naming its number. */
export const refuse = {
  depth: () =>
    new ImportRefusal(
      `This page is nested more than ${n(MAX_HTML_DEPTH)} levels deep, more than Commonplace reads; it is probably damaged or machine-generated. Try saving the article's text on its own.`,
    ),
  elements: () =>
    new ImportRefusal(`This page has more than ${n(MAX_HTML_ELEMENTS)} HTML elements, more than Commonplace reads. Try saving the article's text on its own.`),
  nestingWork: () =>
    new ImportRefusal(
      `This page is too deeply nested for its size: its elements sit more than ${n(MAX_HTML_NESTING_WORK)} levels deep in total, more than Commonplace reads. It is probably machine-generated; try saving the article's text on its own.`,
    ),
  textNesting: () =>
    new ImportRefusal(
      `This page's text is too deeply nested for its length: counting each character once for every element around it comes to more than ${n(MAX_HTML_TEXT_NESTING)}, more than Commonplace reads. It is probably machine-generated; try saving the article's text on its own.`,
    ),
  links: () => new ImportRefusal(`This file has more than ${n(MAX_LINKS)} links, more than Commonplace reads. Try saving the article's text on its own.`),
  textChars: () =>
    new ImportRefusal(`This file's text is longer than ${n(MAX_TEXT_CHARS)} characters, more than Commonplace reads as one file. Split it into smaller files.`),
  htmlChars: () =>
    new ImportRefusal(`This page is longer than ${n(MAX_HTML_CHARS)} characters, more than Commonplace reads. Try saving the article's text on its own.`),
  bookMarkup: () =>
    new ImportRefusal(
      `This book's chapters come to more than ${n(MAX_BOOK_MARKUP_BYTES / (1024 * 1024))} MB of XHTML, more than Commonplace reads from one book. Split it into volumes with an e-book editor (such as Calibre) and import those.`,
    ),
  markdownNesting: () =>
    new ImportRefusal(
      `This Markdown file is nested more than ${n(MAX_MARKDOWN_NESTING)} levels deep (quotes or lists inside one another), more than Commonplace reads; it is probably machine-generated.`,
    ),
};

/** The text limit for a decoded file of this format. */
export function checkDecodedLength(format: 'html' | 'markdown' | 'text', text: string): void {
  if (format === 'html' ? text.length > MAX_HTML_CHARS : text.length > MAX_TEXT_CHARS) throw format === 'html' ? refuse.htmlChars() : refuse.textChars();
}

/**
 * Counts what a web page's parse builds, element by element, and stops the parse (by throwing
 * the refusal) at the first limit passed. Fed by the HTML parser's own stack of open elements
 * (html/parse-limits.ts), so depth is the parser's, not an estimate.
 */
export class HtmlBudget {
  elements = 0;
  links = 0;
  nestingWork = 0;
  textNesting = 0;
  /** The deepest element opened: not needed for the check, kept for the corpus measurement. */
  deepest = 0;

  /** An element was opened at `depth` (1 for `<html>`); `isLink` when it is an `<a href>`. */
  opened(depth: number, isLink: boolean): void {
    if (depth > MAX_HTML_DEPTH) throw refuse.depth();
    this.deepest = Math.max(this.deepest, depth);
    if (++this.elements > MAX_HTML_ELEMENTS) throw refuse.elements();
    this.nestingWork += depth;
    if (this.nestingWork > MAX_HTML_NESTING_WORK) throw refuse.nestingWork();
    if (isLink && ++this.links > MAX_LINKS) throw refuse.links();
  }

  /** `chars` characters of text were inserted inside `depth` elements. */
  text(depth: number, chars: number): void {
    this.textNesting += depth * chars;
    if (this.textNesting > MAX_HTML_TEXT_NESTING) throw refuse.textNesting();
  }
}

/**
 * The size limit on the file itself. It lives here, apart from import/index.ts, because the CLI and the importer check sizes at
 * start, and loading index.ts would load every parser (Markdown, the text cleaner, language
 * detection) in a process that parses on its worker threads.
 */

/** 64 MiB: far beyond any article (a long one is ~100 KB), small enough to parse in memory. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;
