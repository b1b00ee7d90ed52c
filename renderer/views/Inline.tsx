/**
 * A block's text with its marks (emphasis, strong, code, link) as nested React elements, and
 * the highlights over it as <mark>s. Marks and highlights are offsets into the text and may
 * overlap; the text is cut at every boundary and neighbouring pieces that share a mark are
 * wrapped together, links outermost, so a link with a bold word inside stays one link.
 * Highlights wrap the innermost text, so the text itself is never changed.
 */
import type { ReactNode } from 'react';
import type { ArticleDetail } from '../../main/contract';
import { HighlightedText } from '../highlights/HighlightedText';
import { nestingOrder, type HighlightSpan } from '../highlights/spans';

type Block = ArticleDetail['blocks'][number];
type Mark = NonNullable<Block['marks']>[number];

export type LinkRenderer = (href: string, children: ReactNode, key: string) => ReactNode;

const NESTING: Record<Mark['kind'], number> = { link: 0, strong: 1, emphasis: 2, code: 3 };
const NO_SPANS: readonly HighlightSpan[] = [];

interface Piece {
  start: number;
  text: string;
  marks: Mark[];
  highlights: HighlightSpan[];
}

function clampAll<T extends { start: number; end: number }>(items: readonly T[], length: number): T[] {
  return items
    .map((m) => ({ ...m, start: Math.max(0, Math.min(m.start, length)), end: Math.max(0, Math.min(m.end, length)) }))
    .filter((m) => m.start < m.end);
}

function pieces(text: string, raw: readonly Mark[], spans: readonly HighlightSpan[]): Piece[] {
  const marks = clampAll(raw, text.length)
    // One order for every piece, so a mark sits at the same depth wherever it appears.
    .sort((a, b) => NESTING[a.kind] - NESTING[b.kind] || a.start - b.start || b.end - a.end);
  const highlights = clampAll(spans, text.length).sort(nestingOrder);
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end]), ...highlights.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    out.push({
      start,
      text: text.slice(start, end),
      marks: marks.filter((m) => m.start <= start && m.end >= end),
      highlights: highlights.filter((h) => h.start <= start && h.end >= end),
    });
  }
  return out;
}

function wrap(mark: Mark, children: ReactNode[], key: string, renderLink: LinkRenderer): ReactNode {
  switch (mark.kind) {
    case 'emphasis':
      return <em key={key}>{children}</em>;
    case 'strong':
      return <strong key={key}>{children}</strong>;
    case 'code':
      return <code key={key}>{children}</code>;
    case 'link':
      return mark.href ? renderLink(mark.href, children, key) : <span key={key}>{children}</span>;
  }
}

function leaf(piece: Piece, key: string, activeId: number | null): ReactNode {
  if (piece.highlights.length === 0) return piece.text;
  return <HighlightedText key={key} text={piece.text} start={piece.start} spans={piece.highlights} activeId={activeId} />;
}

function nest(list: Piece[], depth: number, keyPrefix: string, renderLink: LinkRenderer, activeId: number | null): ReactNode[] {
  const out: ReactNode[] = [];
  let i = 0;
  while (i < list.length) {
    const mark = list[i]!.marks[depth];
    if (!mark) {
      out.push(leaf(list[i]!, `${keyPrefix}t${i}`, activeId));
      i++;
      continue;
    }
    let j = i + 1;
    while (j < list.length && list[j]!.marks[depth] === mark) j++;
    const key = `${keyPrefix}${i}`;
    out.push(wrap(mark, nest(list.slice(i, j), depth + 1, `${key}.`, renderLink, activeId), key, renderLink));
    i = j;
  }
  return out;
}

interface Props {
  block: Block;
  renderLink: LinkRenderer;
  highlights?: readonly HighlightSpan[];
  /** The highlight whose toolbar is open, drawn as selected. */
  activeId?: number | null;
}

export function Inline({ block, renderLink, highlights = NO_SPANS, activeId = null }: Props) {
  if ((!block.marks || block.marks.length === 0) && highlights.length === 0) return <>{block.text}</>;
  return <>{nest(pieces(block.text, block.marks ?? [], highlights), 0, '', renderLink, activeId)}</>;
}
