/**
 * Finds the article in a page, trying in turn:
 *
 * 1. Readability, the reader view of Firefox: right on most article pages, and the one whose
 *    blocks a later boilerplate pass will refine (see index.ts).
 * 2. Defuddle, when Readability finds nothing or too little (`tooLittle`) and Defuddle finds
 *    more: Readability scores paragraphs, so pages made of short blocks, lists or tables
 *    (recipes, listings, forum posts, pages with broken markup) can lose most of their text.
 * 3. The whole body, when Defuddle finds no more than Readability: a page that no extractor
 *    understands still imports with all its text (clutter included) rather than nearly empty
 *    or refused. As a
 *    last resort `<noscript>` content counts too: a page whose markup never closes a
 *    `<noscript>` has its whole body inside it, and a browser with JavaScript off shows it.
 */
import type { Readability } from '@mozilla/readability';
import type { Block } from '../../article';
import { defuddleArticle } from './defuddle-article';
import { blocksFromDom } from './dom-to-blocks';
import type { ExtractedArticle, ReadabilityMetadata } from './extract-article-types';
import { loadDocument } from './load-document';
import { loadReadability } from './page-modules';
import { keepMathJaxFormulas } from './prepare-document';

export type { ExtractedArticle, ReadabilityMetadata } from './extract-article-types';

/** An extraction under this share of the page's text has probably missed the article... */
export const MIN_SHARE_OF_PAGE = 0.1;
/** ...unless it is at least this long: a real article on a page heavy with menus and comments. */
export const LONG_ENOUGH_CHARS = 2000;
/** Under this many characters an extraction is too little whenever the page holds four times more. */
export const SHORT_CHARS = 200;

/**
 * Defuddle matches hundreds of selectors against every element through jsdom, which takes
 * ~0.5-1 ms per element of the page (2-6 s on the corpus pages that reach it, up to 10 s with
 * the machine busy). Beyond this many elements it could outlast the worker's 30 s limit per
 * file and cost the user the whole page, so such a page goes straight to the whole body.
 */
export const MAX_ELEMENTS_FOR_DEFUDDLE = 20_000;

const textLength = (blocks: readonly Block[]): number => blocks.reduce((n, b) => n + b.text.length, 0);

/**
 * Whether an extraction of `got` characters is too little for a page whose body holds `page`
 * characters of text. The share alone would overrule Readability on its best work (a
 * 3,000-character story on a page of 15,000 characters of navigation and comments), so an
 * extraction of LONG_ENOUGH_CHARS or more always stands.
 *
 * Measured on the extraction corpus (tests/unit/extraction-html-corpus.test.ts): a share of
 * 25% sent 111 of 984 pages to the fallbacks and cost far more clutter removal than it gained
 * in body kept, and overruled Readability on six of its own test pages (short news stories on
 * heavy pages); 10% sends 28 pages, gains 1.2 points of body kept for 0.6 of clutter removal,
 * and leaves the Readability pages alone.
 */
export function tooLittle(got: number, page: number): boolean {
  if (got === 0) return true;
  if (got < SHORT_CHARS) return page >= 4 * SHORT_CHARS;
  return got < LONG_ENOUGH_CHARS && got < MIN_SHARE_OF_PAGE * page;
}

/**
 * Runs the extractors on `document` (which Readability rearranges). `html` and `pageUrl` are
 * needed only to parse the page again for Defuddle, which must see it untouched.
 */
export function extractArticle(
  document: Document,
  baseUrl: string | undefined,
  source: { html: string; pageUrl: string | undefined },
): ExtractedArticle {
  keepMathJaxFormulas(document);
  // Read before Readability rearranges the document: the measure of what the page holds, and
  // the last fallback. Converting a body costs a few milliseconds; parsing it again, far more.
  const bodyBlocks = document.body ? blocksFromDom(document.body, { baseUrl }) : [];
  const pageChars = textLength(bodyBlocks);

  let result: ReturnType<Readability<Node>['parse']> = null;
  try {
    // The serializer hands back the article's DOM node itself, so the article is never
    // serialised to HTML and parsed a second time.
    const ReadabilityClass = loadReadability();
    result = new ReadabilityClass<Node>(document, { serializer: (node: Node) => node }).parse();
  } catch {
    // A Readability bug on a strange page: try the others rather than refuse the file.
  }
  const metadata: ReadabilityMetadata | undefined = result ?? undefined;
  const readabilityBlocks = result?.content ? blocksFromDom(result.content, { baseUrl }) : [];
  if (!tooLittle(textLength(readabilityBlocks), pageChars)) return { blocks: readabilityBlocks, by: 'readability', metadata };

  const fresh = loadDocument(source.html, source.pageUrl);
  try {
    const small = fresh.document.getElementsByTagName('*').length <= MAX_ELEMENTS_FOR_DEFUDDLE;
    const defuddled = small ? defuddleArticle(fresh.document, baseUrl) : undefined;
    // Defuddle's answer is taken whenever it holds more than Readability's: it is still an
    // extraction (less clutter than the whole body) even when it is short.
    if (defuddled && textLength(defuddled.blocks) > textLength(readabilityBlocks)) {
      return { blocks: defuddled.blocks, by: 'defuddle', metadata: metadata ?? defuddled.metadata };
    }
    if (bodyBlocks.length > 0) return { blocks: bodyBlocks, by: 'body', metadata: metadata ?? defuddled?.metadata };
  } finally {
    fresh.close();
  }
  const withNoscript = loadDocument(source.html, source.pageUrl);
  try {
    const body = withNoscript.document.body;
    const blocks = body ? blocksFromDom(body, { baseUrl, readNoscript: true }) : [];
    return { blocks, by: 'body', metadata };
  } finally {
    withNoscript.close();
  }
}
