/**
 * A content document (a chapter) → blocks, through the HTML importer's block converter
 * (html/dom-to-blocks.ts) and nothing else: no Readability, no clutter rules. A chapter of a
 * book is all content, and the extractors, made for web pages, would drop short chapters,
 * epigraphs and lists as if they were menus. Headings, lists, quotes and emphasis come through
 * as on a web page; scripts, styles, images and forms never reach a block (element-kinds.ts),
 * and links inside the book, which point nowhere once the book is blocks, lose their mark.
 */
import type { DOMWindow } from 'jsdom';
import type { Block } from '../../article';
import { ImportRefusal } from '../../errors';
import { decodeHtml } from '../decode-html';
import { blocksFromDom } from '../html/dom-to-blocks';
import { parseInWindow } from '../html/load-document';
import { checkDecodedLength } from '../limits';
import type { TocEntry } from './toc';

export function chapterBlocks(window: DOMWindow, bytes: Uint8Array, tocEntry: TocEntry | undefined): Block[] {
  const text = decodeChapter(bytes);
  if (text === undefined) return [];
  checkDecodedLength('html', text);
  const document = parseInWindow(window, text);
  const blocks = blocksFromDom(document.body ?? document.documentElement);
  if (blocks.length === 0) return blocks;
  // The table of contents names a chapter that has no heading of its own.
  if (tocEntry && !blocks.some((b) => b.kind === 'heading')) blocks.unshift({ kind: 'heading', level: Math.min(6, tocEntry.depth), text: tocEntry.label });
  return blocks;
}

/** The chapter's text (XHTML is UTF-8 or UTF-16 unless it says otherwise); undefined for an empty one. */
function decodeChapter(bytes: Uint8Array): string | undefined {
  try {
    return decodeHtml(bytes).text;
  } catch (error) {
    // decodeHtml refuses a blank file; a blank chapter is only left out.
    if (error instanceof ImportRefusal) return undefined;
    throw error;
  }
}
