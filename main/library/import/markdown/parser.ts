/**
 * The markdown-it parsers, made once per thread: GFM (tables as written, strikethrough,
 * autolinks, footnotes in place) for ordinary files, plain CommonMark beyond a size. Safe and
 * literal: every link is kept as written (safeHref decides later), never percent-encoded.
 */
import markdownIt, { type MarkdownIt, type Token } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { MAX_MARKDOWN_NESTING } from '../limits';
import { splitFrontMatter, splitYaml } from './front-matter';
import { linkBareAddresses } from './links';
import { usePlainTokens } from './plain-tokens';
import { keepTableCellsAsWritten } from './table-cells';

/** Beyond this size a file is parsed as plain CommonMark (as before: no tables, footnotes or linked URLs). */
const EXTENSIONS_MAX_CHARS = 1_000_000;

function configure(md: MarkdownIt): MarkdownIt {
  md.validateLink = () => true;
  md.normalizeLink = (url: string) => url;
  md.normalizeLinkText = (url: string) => url;
  return usePlainTokens(md);
}

let gfmParser: MarkdownIt | null = null;
let commonmarkParser: MarkdownIt | null = null;

/** GFM: tables, strikethrough, URLs and e-mail addresses linked, footnotes (in place, not moved to the end). */
function gfmMarkdown(): MarkdownIt {
  if (gfmParser) return gfmParser;
  const md = configure(markdownIt('default', { html: true, linkify: true, maxNesting: MAX_MARKDOWN_NESTING }).use(footnote));
  md.core.ruler.disable('footnote_tail');
  keepTableCellsAsWritten(md);
  md.inline.ruler.disable('footnote_inline');
  linkBareAddresses(md);
  gfmParser = md;
  return md;
}

function commonmark(): MarkdownIt {
  commonmarkParser ??= configure(markdownIt('commonmark', { html: true, maxNesting: MAX_MARKDOWN_NESTING }));
  return commonmarkParser;
}

/** The file's tokens and its front matter; `gfm` says which parser read it. */
export function parseTokens(markdown: string): { tokens: Token[]; yaml: string | null; gfm: boolean } {
  if (markdown.length > EXTENSIONS_MAX_CHARS) {
    const { yaml, body } = splitFrontMatter(markdown);
    return { tokens: commonmark().parse(body, {}), yaml, gfm: false };
  }
  const { yaml, body } = splitYaml(markdown);
  return { tokens: gfmMarkdown().parse(body, {}), yaml, gfm: true };
}
