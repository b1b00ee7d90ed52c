/**
 * An article's blocks as plain React elements: imported markup never reaches the DOM, so
 * nothing in an article can run. Runs of list items become one list and runs of quoted
 * paragraphs one blockquote; headings are ranked below the title (h1) as h2–h4.
 */
import type { ReactNode } from 'react';
import type { ArticleDetail } from '../../main/contract';
import { Inline, type LinkRenderer } from './Inline';

type Block = ArticleDetail['blocks'][number];

interface Group {
  kind: Block['kind'];
  blocks: Block[];
  first: number;
}

function group(blocks: readonly Block[]): Group[] {
  const out: Group[] = [];
  blocks.forEach((block, index) => {
    const last = out[out.length - 1];
    if (last && last.kind === block.kind && (block.kind === 'list-item' || block.kind === 'quote')) last.blocks.push(block);
    else out.push({ kind: block.kind, blocks: [block], first: index });
  });
  return out;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
// Some importers leave a heading's level unset; treat it as a section heading.
const levelOf = (b: Block) => b.level ?? 2;

export function ArticleBody({ blocks, title, renderLink }: { blocks: readonly Block[]; title: string; renderLink: LinkRenderer }) {
  // The title is already the page's h1; a first heading repeating it would say it twice.
  const first = blocks[0];
  const body = first?.kind === 'heading' && normalise(first.text) === normalise(title) ? blocks.slice(1) : blocks;
  const levels = body.filter((b) => b.kind === 'heading').map(levelOf);
  const top = levels.length > 0 ? Math.min(...levels) : 1;

  const inline = (block: Block) => <Inline block={block} renderLink={renderLink} />;

  function render(g: Group): ReactNode {
    const key = g.first;
    const only = g.blocks[0]!;
    switch (g.kind) {
      case 'heading': {
        const rank = Math.min(2, Math.max(0, levelOf(only) - top));
        const Tag = (['h2', 'h3', 'h4'] as const)[rank]!;
        return <Tag key={key}>{inline(only)}</Tag>;
      }
      case 'list-item':
        return (
          <ul key={key}>
            {g.blocks.map((b, i) => (
              <li key={i}>{inline(b)}</li>
            ))}
          </ul>
        );
      case 'quote':
        return (
          <blockquote key={key}>
            {g.blocks.map((b, i) => (
              <p key={i}>{inline(b)}</p>
            ))}
          </blockquote>
        );
      case 'preformatted':
        return <pre key={key}>{inline(only)}</pre>;
      case 'paragraph':
        return <p key={key}>{inline(only)}</p>;
    }
  }

  return <div className="article-body">{group(body).map(render)}</div>;
}
