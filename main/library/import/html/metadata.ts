/**
 * Page metadata that Readability does not provide, and the rules for the fields it does.
 */
import type { Block } from '../../article';
import { safePageUrl } from './sanitise-url';

/** Whitespace collapsed and trimmed; undefined for nothing at all. */
export function collapse(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

/**
 * The page's own address: its canonical link, else og:url, if either is an absolute http(s)
 * URL (after resolving against the page's base). Must be read before Readability, which
 * rearranges the document.
 */
export function statedPageUrl(document: Document, baseUrl: string | undefined): string | undefined {
  for (const link of document.querySelectorAll('link[rel][href]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rels.includes('canonical')) continue;
    const url = safePageUrl(link.getAttribute('href'), baseUrl);
    if (url) return url;
  }
  for (const meta of document.querySelectorAll('meta[property][content]')) {
    if ((meta.getAttribute('property') ?? '').trim().toLowerCase() !== 'og:url') continue;
    const url = safePageUrl(meta.getAttribute('content'), baseUrl);
    if (url) return url;
  }
  return undefined;
}

// How far into the article an excerpt counts as a repeat of its opening. Readability's
// fallback excerpt is the first <p>, which can come after a kicker, a byline or a whole
// infobox table (each cell a block).
const LEADING_BLOCKS = 25;

/**
 * The excerpt as a summary, unless the article's opening already says it: Readability falls
 * back to the first paragraph, sites often describe a page by its first paragraphs (cut short
 * with an ellipsis), and many pages show their dek as a heading. Showing it twice adds
 * nothing. Whitespace is ignored because descriptions often run paragraphs together.
 */
export function summaryFrom(excerpt: string | null | undefined, blocks: readonly Block[]): string | undefined {
  const summary = collapse(excerpt);
  if (summary === undefined) return undefined;
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const stem = squeeze(summary.replace(/(?:…|\.\.\.|[([](?:…|\.\.\.)[)\]])$/, ''));
  const opening = squeeze(blocks.slice(0, LEADING_BLOCKS).map((b) => b.text).join(''));
  return stem !== '' && opening.includes(stem) ? undefined : summary;
}
