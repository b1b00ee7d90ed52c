/**
 * Where a highlight made in a document read from pages (a PDF) is: "p. 12", or "pp. 12–13"
 * when it runs over a page break. The page of each block is stored with the block (`Block.page`),
 * so a split part or a restored passage keeps the pages of what it holds.
 */
import { BLOCK_SEPARATOR, type Block } from '../article';

/** The locator of [start, end) in the text of `blocks`, or null when the blocks carry no pages. */
export function pageLocator(blocks: readonly Block[], start: number, end: number): string | null {
  let first: number | undefined;
  let last: number | undefined;
  let offset = 0;
  for (const block of blocks) {
    const blockEnd = offset + block.text.length;
    if (block.page !== undefined) {
      if (first === undefined && start < blockEnd) first = block.page;
      if (end > offset) last = block.page;
    }
    if (blockEnd >= end) break;
    offset = blockEnd + BLOCK_SEPARATOR.length;
  }
  if (first === undefined || last === undefined) return null;
  return last > first ? `pp. ${first}–${last}` : `p. ${first}`;
}

/** The same from the stored blocks' JSON, read only when it holds pages at all (articles that are not PDFs pay a substring test). */
export function pageLocatorOfStored(blocksJson: string | undefined, start: number, end: number): string | null {
  if (!blocksJson || !blocksJson.includes('"page":')) return null;
  return pageLocator(JSON.parse(blocksJson) as Block[], start, end);
}
