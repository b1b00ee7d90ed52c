/**
 * What keeps hostile Markdown from costing more than it should, on top of the limits that refuse
 * (../limits.ts, kept there with the other formats' limits): deep quote nesting is read as plain
 * text before it reaches the parser, and a parse that met a limit is refused.
 */
import type { Token } from 'markdown-it';
import { MAX_LINKS, MAX_MARKDOWN_NESTING, refuse } from '../limits';

/** Real documents never nest quotes this deep; hostile nesting is read as plain text. */
export const MAX_QUOTE_DEPTH = 32;

/** The deepest run of ">" markers opening any line, in one pass. */
export function maxQuoteDepth(markdown: string): number {
  let max = 0;
  let depth = 0;
  let atLineStart = true;
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown.charCodeAt(i);
    if (c === 10) {
      atLineStart = true;
      depth = 0;
    } else if (atLineStart && c === 62) {
      depth++;
      if (depth > max) max = depth;
    } else if (c !== 32 && c !== 9) {
      atLineStart = false;
    }
  }
  return max;
}

/**
 * The Markdown limits (limits.ts): markdown-it stops nesting at `maxNesting` and drops what lies
 * deeper, so a token at that level means the file was cut short; refused rather than imported so.
 */
export function checkLimits(tokens: readonly Token[]): void {
  let links = 0;
  for (const token of tokens) {
    if (token.level >= MAX_MARKDOWN_NESTING - 1) throw refuse.markdownNesting();
    for (const child of token.children ?? []) {
      if (child.level >= MAX_MARKDOWN_NESTING - 1) throw refuse.markdownNesting();
      if (child.type === 'link_open' && ++links > MAX_LINKS) throw refuse.links();
    }
  }
}
