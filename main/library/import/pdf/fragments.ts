/**
 * Items → fragments: the runs on one baseline joined left to right, cut where a gap is wider
 * than a couple of spaces, so the two columns of a page (or a header's left and right parts) at
 * the same height stay apart.
 */
import type { Fragment, PdfPageText, PdfTextItem } from './types';

/** A gap wider than this many font sizes separates two fragments (a column gutter); narrower is a word space or none. */
const GUTTER = 1.2;
/** Items whose baselines differ by less than this share of the font size are on one line (sub- and superscripts). */
const SAME_LINE = 0.5;

export function pageFragments(page: PdfPageText): Fragment[] {
  const items = page.items.filter((i) => i.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PdfTextItem[][] = [];
  for (const item of items) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0]!.y - item.y) <= Math.max(line[0]!.size, item.size) * SAME_LINE) line.push(item);
    else lines.push([item]);
  }
  const fragments: Fragment[] = [];
  for (const line of lines) {
    line.sort((a, b) => a.x - b.x);
    let parts: PdfTextItem[] = [];
    for (const item of line) {
      const last = parts.at(-1);
      if (last && item.x - (last.x + last.width) > Math.max(last.size, item.size) * GUTTER) {
        fragments.push(fragmentOf(page.page, parts));
        parts = [];
      }
      parts.push(item);
    }
    if (parts.length > 0) fragments.push(fragmentOf(page.page, parts));
  }
  return fragments;
}

function fragmentOf(page: number, items: readonly PdfTextItem[]): Fragment {
  let text = '';
  let end = -Infinity;
  let chars = 0;
  let boldChars = 0;
  let size = 0;
  let longest = 0;
  for (const item of items) {
    // A space only where the runs stand apart and neither brings its own.
    if (text !== '' && item.x - end > item.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(item.text)) text += ' ';
    text += item.text;
    end = Math.max(end, item.x + item.width);
    const n = item.text.trim().length;
    chars += n;
    if (item.bold) boldChars += n;
    if (n > longest) {
      longest = n;
      size = item.size;
    }
  }
  const first = items[0]!;
  return { page, text: text.replace(/\s+/g, ' ').trim(), x: first.x, right: end, y: first.y, size: Math.round(size * 2) / 2, bold: boldChars * 2 > chars };
}
