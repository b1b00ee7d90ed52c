/**
 * A PDF → one article whose blocks know their pages (see docs/formats.md, "PDF"). Text only: the
 * text layer in reading order, without running headers, footers and page numbers. A file with
 * no text layer (a scan) is refused with what to do.
 */
import type { Article } from '../../article';
import { ImportRefusal } from '../../errors';
import { toBlocks, bodySize } from './blocks';
import { pageFragments } from './fragments';
import { dropFurniture } from './furniture';
import { pdfTitleAndAuthor } from './metadata';
import { readPdf } from './read';
import { inReadingOrder } from './reading-order';

/** The media type a kept original is stored under. */
export const PDF_MEDIA_TYPE = 'application/pdf';

/** Fewer letters or digits than this per page (and 20 in all) is a scan with, at most, a stamp or page numbers on it. */
const MIN_CHARS_PER_PAGE = 10;

export async function parsePdfArticle(bytes: Uint8Array): Promise<Article> {
  const { pages, fields } = await readPdf(bytes);
  const fragments = dropFurniture(pages, pages.map(pageFragments));
  const lines = fragments.flatMap((list, i) => inReadingOrder(pages[i]!, list));
  const chars = lines.reduce((n, l) => n + l.text.replace(/[^\p{L}\p{N}]+/gu, '').length, 0);
  if (chars < Math.max(20, MIN_CHARS_PER_PAGE * pages.length)) {
    throw new ImportRefusal('This PDF has no text layer: its pages are images (a scan), so there is no text to import. Run OCR on it first (for example with OCRmyPDF, or your scanner’s or PDF reader’s “recognise text”), then import the result.');
  }
  const blocks = toBlocks(lines);
  const { title, byline, bylineLines } = pdfTitleAndAuthor(fields, lines, bodySize(lines));
  // The title and the authors are shown above the text: their lines on the first page would say them twice.
  if (title && blocks[0]?.kind === 'heading' && blocks[0].text.toLowerCase() === title.toLowerCase()) blocks.shift();
  const printed = bylineLines?.join(' ').replace(/\s+/g, ' ');
  if (printed && blocks[0]?.text.replace(/\s+/g, ' ') === printed) blocks.shift();
  return { title: title ?? '', ...(byline ? { byline } : {}), blocks };
}
