/**
 * A page's fragments in reading order. One column: top to bottom. Two columns (at least three
 * fragments wholly on each side of the middle, the right ones a fifth of the page's lines or
 * more): the page is cut into bands at each fragment that spans the middle (a title, a figure's
 * caption across the page), and each band is read down its left column, then down its right.
 */
import type { Fragment, PdfPageText } from './types';

/** A fragment is "on one side" if it keeps this many points clear of the middle. */
const CLEAR = 4;

export interface PlacedFragment extends Fragment {
  /** 0: the full width or the left column; 1: the right column. */
  column: number;
}

export function inReadingOrder(page: PdfPageText, fragments: readonly Fragment[]): PlacedFragment[] {
  const mid = page.width / 2;
  const side = (f: Fragment): 'left' | 'right' | 'across' => (f.right <= mid + CLEAR ? 'left' : f.x >= mid - CLEAR ? 'right' : 'across');
  const byHeight = [...fragments].sort((a, b) => b.y - a.y || a.x - b.x);
  const left = byHeight.filter((f) => side(f) === 'left').length;
  const right = byHeight.filter((f) => side(f) === 'right').length;
  const twoColumns = left >= 3 && right >= 3 && right * 5 >= byHeight.length;
  if (!twoColumns) return byHeight.map((f) => ({ ...f, column: 0 }));
  const out: PlacedFragment[] = [];
  let band: { left: Fragment[]; right: Fragment[] } = { left: [], right: [] };
  const flush = () => {
    out.push(...band.left.map((f) => ({ ...f, column: 0 })), ...band.right.map((f) => ({ ...f, column: 1 })));
    band = { left: [], right: [] };
  };
  for (const f of byHeight) {
    const s = side(f);
    if (s === 'across') {
      flush();
      out.push({ ...f, column: 0 });
    } else band[s].push(f);
  }
  flush();
  return out;
}
