/**
 * The page limits (main/library/import/limits.ts) measured on the real corpora: the extraction
 * corpus (984 pages) and Readability's test pages (130). Prints the largest figure of each
 * counted quantity, which is where the corpus figures in limits.ts and docs/formats.md come
 * from, and fails if any page passes a limit or comes within HEADROOM of the text-nesting one.
 *
 * Only the parse is run (no jsdom tree, no Readability), so every page is measured, in seconds.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../main/library/import/decode-html';
import { loadJsdom } from '../../main/library/import/html/page-modules';
import { withHtmlBudget } from '../../main/library/import/html/parse-limits';
import { HtmlBudget, MAX_HTML_TEXT_NESTING } from '../../main/library/import/limits';
import { extractionPageBytes, extractionPageNames } from '../corpus/extraction';
import { sharedFixtures } from './fixtures';

const READABILITY = path.join(sharedFixtures, 'readability');
/** The text-nesting limit must stay at least this many times the largest real page's figure. */
const HEADROOM = 4;

interface PageFigures {
  name: string;
  chars: number;
  depth: number;
  elements: number;
  nestingWork: number;
  links: number;
  textNesting: number;
}

/** Counts a page's parse as the importer does. */
function measure(name: string, html: string, parse: (html: string) => void): PageFigures {
  const budget = new HtmlBudget();
  withHtmlBudget(budget, () => parse(html));
  const { deepest: depth, elements, nestingWork, links, textNesting } = budget;
  return { name, chars: html.length, depth, elements, nestingWork, links, textNesting };
}

/**
 * parse5 on its own, the copy jsdom loads (the one the limits are installed on): the same parser
 * and stack of open elements the importer counts, with scripting off as in a DOMParser document,
 * but no jsdom tree; a jsdom window per page, even closed, kept ~5 MB a page and ran out of memory.
 */
function parser(): (html: string) => void {
  loadJsdom();
  const parse5 = createRequire(createRequire(import.meta.url).resolve('jsdom'))('parse5') as { parse(html: string, options: { scriptingEnabled: boolean }): unknown };
  return (html) => void parse5.parse(html, { scriptingEnabled: false });
}

function corpusPages(): { name: string; html: () => string }[] {
  const extraction = extractionPageNames().map((name) => ({ name: `extraction/${name}`, html: () => decodeHtml(extractionPageBytes(name)).text }));
  const readability = fs
    .readdirSync(READABILITY, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: `readability/${entry.name}`, html: () => fs.readFileSync(path.join(READABILITY, entry.name, 'source.html'), 'utf8') }));
  return [...extraction, ...readability];
}

const largest = (pages: readonly PageFigures[], key: Exclude<keyof PageFigures, 'name'>): PageFigures =>
  pages.reduce((top, page) => (page[key] > top[key] ? page : top));

describe('the page limits on the corpora', () => {
  it('leaves every real page far inside the text-nesting limit', () => {
    const parse = parser();
    const pages = corpusPages().map((page) => measure(page.name, page.html(), parse));
    expect(pages.length).toBe(984 + 130);
    for (const key of ['chars', 'depth', 'elements', 'nestingWork', 'links', 'textNesting'] as const) {
      const top = largest(pages, key);
      console.log(`${key}: ${top[key].toLocaleString('en-US')} (${top.name}, text nesting ${top.textNesting.toLocaleString('en-US')})`);
    }
    expect(largest(pages, 'textNesting').textNesting * HEADROOM).toBeLessThan(MAX_HTML_TEXT_NESTING);
  });
});
