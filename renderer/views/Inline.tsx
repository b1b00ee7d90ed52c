/**
 * A block's text with its marks (emphasis, strong, code, link) as nested React elements.
 * Marks are offsets into the text and may overlap; the text is cut at every mark boundary and
 * neighbouring pieces that share a mark are wrapped together, links outermost, so a link with
 * a bold word inside stays one link.
 */
import type { ReactNode } from 'react';
import type { ArticleDetail } from '../../main/contract';

type Block = ArticleDetail['blocks'][number];
type Mark = NonNullable<Block['marks']>[number];

export type LinkRenderer = (href: string, children: ReactNode, key: string) => ReactNode;

const NESTING: Record<Mark['kind'], number> = { link: 0, strong: 1, emphasis: 2, code: 3 };

interface Piece {
  text: string;
  marks: Mark[];
}

function pieces(text: string, raw: readonly Mark[]): Piece[] {
  const marks = raw
    .map((m) => ({ ...m, start: Math.max(0, Math.min(m.start, text.length)), end: Math.max(0, Math.min(m.end, text.length)) }))
    .filter((m) => m.start < m.end)
    // One order for every piece, so a mark sits at the same depth wherever it appears.
    .sort((a, b) => NESTING[a.kind] - NESTING[b.kind] || a.start - b.start || b.end - a.end);
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    out.push({ text: text.slice(start, end), marks: marks.filter((m) => m.start <= start && m.end >= end) });
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

function nest(list: Piece[], depth: number, keyPrefix: string, renderLink: LinkRenderer): ReactNode[] {
  const out: ReactNode[] = [];
  let i = 0;
  while (i < list.length) {
    const mark = list[i]!.marks[depth];
    if (!mark) {
      out.push(list[i]!.text);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < list.length && list[j]!.marks[depth] === mark) j++;
    const key = `${keyPrefix}${i}`;
    out.push(wrap(mark, nest(list.slice(i, j), depth + 1, `${key}.`, renderLink), key, renderLink));
    i = j;
  }
  return out;
}

export function Inline({ block, renderLink }: { block: Block; renderLink: LinkRenderer }) {
  if (!block.marks || block.marks.length === 0) return <>{block.text}</>;
  return <>{nest(pieces(block.text, block.marks), 0, '', renderLink)}</>;
}
