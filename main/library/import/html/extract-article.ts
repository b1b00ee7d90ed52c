/**
 * Finds the article in a page: Readability's choice when it makes one, else the whole body,
 * so that a page Readability cannot make sense of still imports with all its text.
 */
import { Readability } from '@mozilla/readability';
import type { Block } from '../../article';
import { blocksFromDom } from './dom-to-blocks';
import { loadDocument } from './load-document';
import { keepMathJaxFormulas } from './prepare-document';

export interface ReadabilityMetadata {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  excerpt?: string | null;
}

export interface ExtractedArticle {
  blocks: Block[];
  /** Readability's metadata; absent when Readability found no article at all. */
  metadata?: ReadabilityMetadata;
}

/**
 * Runs Readability on `document` (which it rearranges) and converts what it finds.
 * `html` and `pageUrl` are needed only to start again from a clean document when
 * Readability's result turns out to hold no text.
 */
export function extractArticle(
  document: Document,
  baseUrl: string | undefined,
  source: { html: string; pageUrl: string | undefined },
): ExtractedArticle {
  keepMathJaxFormulas(document);
  let result: ReturnType<Readability<Node>['parse']> = null;
  let bodyIntact = true;
  try {
    // The serializer hands back the article's DOM node itself, so the article is never
    // serialised to HTML and parsed a second time.
    result = new Readability<Node>(document, { serializer: (node: Node) => node }).parse();
  } catch {
    // A Readability bug on a strange page: fall back to the body rather than refuse the file.
    bodyIntact = false;
  }
  if (result?.content) {
    const blocks = blocksFromDom(result.content, { baseUrl });
    if (blocks.length > 0) return { blocks, metadata: result };
    // Readability moved its (textless) choice out of the body, so the body is no longer whole.
    bodyIntact = false;
  }
  // When Readability finds nothing it restores the body (minus scripts and styles) itself.
  const body = bodyIntact ? document.body : loadDocument(source.html, source.pageUrl).document.body;
  const blocks = body ? blocksFromDom(body, { baseUrl }) : [];
  return result ? { blocks, metadata: result } : { blocks };
}
