/**
 * Measures how faithfully the HTML importer keeps an article, on Mozilla Readability's own
 * test pages (read in place from the shared fixtures). expected.html is Readability's output
 * at the fixtures' commit, not ground truth, so the test reports a share and fails only when
 * it drops below MIN_SHARE.
 *
 * Comparison rule
 * - Text: `plainText(article.blocks)`, with the passages the cleaner removed put back at their
 *   places (so the cleaner may drop clutter but never lose text), against the textContent of expected.html (parsed with
 *   jsdom), both normalised by `normaliseText`: Unicode NFC, then every character matching
 *   JavaScript's `\s` removed (ASCII whitespace, NBSP, the Unicode space separators,
 *   line/paragraph separators, BOM). Whitespace is where blocks legitimately differ from HTML
 *   (block separators, collapsed runs); every other character, in order, must be identical.
 * - Title heading: the importer drops a first block that is a heading equal to the title. The
 *   text also matches when title + plain text equals the expected text AND expected.html's
 *   first text is inside a heading equal to the title: exactly the text that was dropped.
 * - Metadata: title, byline, site (siteName) and date (publishedTime) against
 *   expected-metadata.json, whitespace collapsed and trimmed, with null, undefined and ""
 *   equivalent. A date also matches when both sides parse (Date.parse) to the same instant,
 *   since the importer normalises dates to ISO 8601 ("+0100" → "+01:00").
 * - A page matches when its text and all four metadata fields match.
 *
 * The fixtures come from a Readability commit newer than the npm 0.6.0 the importer uses;
 * 0.6.0 alone matches 127 of the 130 pages. The other three differ by two fixes the newer
 * code has and the importer reproduces (document-title.ts, prepare-document.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { plainText, type Article, type Block } from '../../main/library/article';
import { parseHtmlArticle } from '../../main/library/import/html/index';
import { sharedFixtures } from './fixtures';

const CORPUS = path.join(sharedFixtures, 'readability');
const BASE_URL = 'http://fakehost/test/page.html';
const MIN_SHARE = 0.95;

interface ExpectedMetadata {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
}

interface PageResult {
  name: string;
  textMatches: boolean;
  metadataMatches: boolean;
  /** Share of the expected text that differs (0 when it matches); ranks the worst pages. */
  badness: number;
  reasons: string[];
}

function withRemoved(article: Article): Block[] {
  const blocks = [...article.blocks];
  for (const passage of [...(article.removed ?? [])].reverse()) blocks.splice(passage.before, 0, { kind: 'paragraph', text: passage.text });
  return blocks;
}

const normaliseText = (s: string): string => s.normalize('NFC').replace(/\s+/g, '');
const collapsed = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

function sameDate(expected: string | null | undefined, got: string | undefined): boolean {
  if (collapsed(expected) === collapsed(got)) return true;
  const a = Date.parse(collapsed(expected));
  const b = Date.parse(collapsed(got));
  return Number.isFinite(a) && a === b;
}

function expectedText(html: string): { text: string; leadingHeading: string | undefined } {
  // A fragment parse shares one jsdom window instead of building one per page; expected.html
  // is a lone <div>, so its text is the same either way.
  const fragment = JSDOM.fragment(html);
  const walker = fragment.ownerDocument.createTreeWalker(fragment, 4 /* NodeFilter.SHOW_TEXT */);
  let firstText: Node | null = walker.nextNode();
  while (firstText && normaliseText(firstText.nodeValue ?? '') === '') firstText = walker.nextNode();
  const heading = firstText?.parentElement?.closest('h1, h2, h3, h4, h5, h6');
  return { text: fragment.textContent ?? '', leadingHeading: heading?.textContent ?? undefined };
}

/** Position of the first difference and a snippet of each side there. */
function describeDifference(expected: string, got: string): { reason: string; badness: number } {
  let start = 0;
  while (start < expected.length && expected[start] === got[start]) start++;
  let tail = 0;
  while (
    tail < expected.length - start &&
    tail < got.length - start &&
    expected[expected.length - 1 - tail] === got[got.length - 1 - tail]
  ) {
    tail++;
  }
  const differing = Math.max(expected.length, got.length) - start - tail;
  const snippet = (s: string) => JSON.stringify(s.slice(start, start + 50));
  return {
    reason: `text differs at ${start}/${expected.length}: expected ${snippet(expected)}, got ${snippet(got)}`,
    badness: differing / Math.max(1, expected.length),
  };
}

function measurePage(name: string): PageResult {
  const dir = path.join(CORPUS, name);
  const source = fs.readFileSync(path.join(dir, 'source.html'), 'utf8');
  const metadata = JSON.parse(fs.readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata;
  const expected = expectedText(fs.readFileSync(path.join(dir, 'expected.html'), 'utf8'));

  let article: Article;
  try {
    article = parseHtmlArticle(source, { url: BASE_URL });
  } catch (error) {
    return { name, textMatches: false, metadataMatches: false, badness: 1, reasons: [`refused: ${String(error)}`] };
  }

  const want = normaliseText(expected.text);
  // What the cleaner took out of Readability's article is kept beside it (article.removed):
  // put back at its place, the article must be Readability's again. Nothing may be lost.
  const got = normaliseText(plainText(withRemoved(article)));
  const titleWasDropped =
    expected.leadingHeading !== undefined && normaliseText(expected.leadingHeading) === normaliseText(article.title);
  const textMatches = got === want || (titleWasDropped && normaliseText(article.title) + got === want);
  const reasons: string[] = [];
  let badness = 0;
  if (!textMatches) {
    const difference = describeDifference(want, got);
    reasons.push(difference.reason);
    badness = difference.badness;
  }

  const fields: [string, boolean, unknown, unknown][] = [
    ['title', collapsed(metadata.title) === collapsed(article.title), metadata.title, article.title],
    ['byline', collapsed(metadata.byline) === collapsed(article.byline), metadata.byline, article.byline],
    ['site', collapsed(metadata.siteName) === collapsed(article.site), metadata.siteName, article.site],
    ['date', sameDate(metadata.publishedTime, article.publishedAt), metadata.publishedTime, article.publishedAt],
  ];
  const wrong = fields.filter(([, ok]) => !ok);
  for (const [field, , want, got] of wrong) reasons.push(`${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  // Metadata-only failures rank below any text failure.
  return { name, textMatches, metadataMatches: wrong.length === 0, badness: badness + wrong.length * 1e-6, reasons };
}

const percent = (n: number, of: number) => `${n}/${of} (${((100 * n) / of).toFixed(1)}%)`;

describe('HTML import on the Readability test pages', () => {
  it(`keeps the text and metadata of at least ${MIN_SHARE * 100}% of the pages`, () => {
    const names = fs
      .readdirSync(CORPUS, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(names.length).toBeGreaterThan(0);

    const results = names.map(measurePage);
    const matching = results.filter((r) => r.textMatches && r.metadataMatches).length;
    const textMatching = results.filter((r) => r.textMatches).length;
    const metadataMatching = results.filter((r) => r.metadataMatches).length;
    const worst = results
      .filter((r) => r.reasons.length > 0)
      .sort((a, b) => b.badness - a.badness)
      .slice(0, 10);
    console.log(
      [
        `Readability corpus: ${results.length} pages`,
        `  match (text and metadata): ${percent(matching, results.length)}`,
        `  text matches:              ${percent(textMatching, results.length)}`,
        `  metadata matches:          ${percent(metadataMatching, results.length)}`,
        `  worst pages:`,
        ...worst.map((r) => `    ${r.name}: ${r.reasons.join('; ')}`),
      ].join('\n'),
    );

    expect(matching / results.length).toBeGreaterThanOrEqual(MIN_SHARE);
  });
});
