/**
 * Running headers, footers and page numbers: lines in the page's top or bottom margin that come
 * back at the same height on several pages (numbers aside, so "Page 3" and "Page 4" are one
 * line), and a bare page number in a margin even on a one-page file. Only the margins are
 * looked at: body lines can repeat too (a table's header, a refrain) and are text.
 */
import type { Fragment, PdfPageText } from './types';

/** The share of the page's height at its top and at its bottom where furniture is looked for. */
const MARGIN = 0.08;
/** Repeated on at least this share of the pages (headers that alternate between odd and even pages are on half). */
const REPEATED_SHARE = 0.25;

const PAGE_NUMBER = /^(?:page\s+|p\.\s*|-\s*)?(?:\d{1,5}|[ivxlcdm]{1,8})(?:\s*(?:of|\/)\s*\d{1,5})?(?:\s*-)?$/i;

function inMargin(f: Fragment, page: PdfPageText): boolean {
  return f.y > page.height * (1 - MARGIN) || f.y < page.height * MARGIN;
}

function keyOf(f: Fragment): string {
  return `${Math.round(f.y)}|${f.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ')}`;
}

/** Each page's fragments without its furniture. */
export function dropFurniture(pages: readonly PdfPageText[], fragments: readonly Fragment[][]): Fragment[][] {
  const pagesWith = new Map<string, Set<number>>();
  fragments.forEach((list, i) => {
    for (const f of list) {
      if (!inMargin(f, pages[i]!)) continue;
      const key = keyOf(f);
      const seen = pagesWith.get(key) ?? new Set<number>();
      seen.add(f.page);
      pagesWith.set(key, seen);
    }
  });
  const needed = Math.max(2, Math.ceil(pages.length * REPEATED_SHARE));
  return fragments.map((list, i) =>
    list.filter((f) => {
      if (!inMargin(f, pages[i]!)) return true;
      if (PAGE_NUMBER.test(f.text)) return false;
      return (pagesWith.get(keyOf(f))?.size ?? 0) < needed;
    }),
  );
}
