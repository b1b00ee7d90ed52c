/**
 * HTML → Article. The page is parsed by jsdom into an inert document (no scripts, no
 * fetches, no stylesheets), Readability picks the article (Defuddle or the whole body when it
 * finds too little: extract-article.ts), and the article's DOM becomes plain-text blocks with
 * marks. No HTML leaves this module: the reader only ever renders strings.
 */
import type { Article, Block, RemovedPassage } from '../../article';
import { ImportRefusal } from '../../errors';
import { cleanBlocks } from './clean-blocks';
import { titleCorrection } from './document-title';
import { extractArticle, type ExtractedArticle } from './extract-article';
import { loadDocument } from './load-document';
import { collapse, statedPageUrl, summaryFrom } from './metadata';
import { normalisePublishedAt } from './published-date';
import { safePageUrl } from './sanitise-url';

export function parseHtmlArticle(html: string, options: { url?: string } = {}): Article {
  const pageUrl = safePageUrl(options.url);
  const loaded = loadDocument(html, pageUrl);
  try {
    return articleFromDocument(loaded.document, loaded.baseUrl, { html, pageUrl });
  } finally {
    // A jsdom window is not reclaimed until closed: importing hundreds of pages ran out of memory.
    loaded.close();
  }
}

function articleFromDocument(document: Document, baseUrl: string | undefined, source: { html: string; pageUrl: string | undefined }): Article {
  const { pageUrl } = source;
  // Read before Readability runs: it rearranges the document.
  const url = statedPageUrl(document, baseUrl) ?? pageUrl;
  const documentTitle = collapse(document.title) ?? '';
  const correctTitle = titleCorrection(document);

  const extracted = extractArticle(document, baseUrl, source);
  const { metadata } = extracted;
  const { blocks, removed } = finalBlocks(extracted);
  if (blocks.length === 0) {
    throw new ImportRefusal(
      'This page has no text to import: no article was found and its body is empty. ' +
        'If the page builds its content with JavaScript, open it in a browser, let it load, ' +
        'save it as "Web Page, Complete" and import that file.',
    );
  }

  const readabilityTitle = collapse(metadata?.title) ?? '';
  const title = correctTitle(readabilityTitle) || documentTitle || firstHeading(blocks) || '';
  const body = withoutTitleHeading(blocks, title);
  const article: Article = { title, blocks: body };
  // Positions count the title heading that withoutTitleHeading may have taken off the front.
  const shift = blocks.length - body.length;
  if (removed.length) article.removed = removed.map((r) => ({ ...r, before: Math.max(0, r.before - shift) }));
  const byline = collapse(metadata?.byline);
  if (byline) article.byline = byline;
  const site = collapse(metadata?.siteName);
  if (site) article.site = site;
  if (url) article.url = url;
  const publishedAt = normalisePublishedAt(metadata?.publishedTime);
  if (publishedAt) article.publishedAt = publishedAt;
  const summary = summaryFrom(metadata?.excerpt, body);
  if (summary) article.summary = summary;
  return article;
}

/**
 * THE place where the article's blocks are decided, after extraction (extract-article.ts) and
 * before the title and summary are read from them. `extracted.by` says which extractor chose
 * them; the clutter rules then run over them (clean-blocks.ts).
 */
function finalBlocks(extracted: ExtractedArticle): { blocks: Block[]; removed: RemovedPassage[] } {
  return cleanBlocks(extracted.blocks);
}

function firstHeading(blocks: readonly Block[]): string | undefined {
  return collapse(blocks.find((b) => b.kind === 'heading')?.text);
}

/**
 * The article's first block, when it is a heading that just repeats the title, would show the
 * title twice in the reader. Only an exact repeat (whitespace aside) at the very start counts,
 * so that the dropped text is always recoverable as the title.
 */
function withoutTitleHeading(blocks: Block[], title: string): Block[] {
  const first = blocks[0];
  if (first?.kind === 'heading' && blocks.length > 1 && collapse(first.text) === title) return blocks.slice(1);
  return blocks;
}
