/**
 * An article's blocks as plain React elements: imported markup never reaches the DOM, so
 * nothing in an article can run. Runs of list items become one list and runs of quoted
 * paragraphs one blockquote; headings are ranked below the title (h1) as h2–h4. Every block
 * element carries `data-block` (its index) and exactly its text, which is how selections map
 * to plain-text offsets; the highlights over a block are drawn by Inline as <mark>s. Removed
 * passages, when shown, sit between blocks (never inside one), so they never count.
 */
import { memo, type ReactNode } from 'react';
import type { ArticleDetail, RemovedPassageView } from '../../main/contract';
import { RemovedPassage } from '../cleanup/RemovedPassage';
import { sameSpans, type HighlightSpan } from '../highlights/spans';
import { Inline, type LinkRenderer } from './Inline';

type Block = ArticleDetail['blocks'][number];

interface Group {
  kind: Block['kind'];
  indexes: number[];
}

/** `breaks`: block indexes a removed passage stands before, where a list or quote must end so it can show. */
function group(blocks: readonly Block[], from: number, breaks: ReadonlySet<number>): Group[] {
  const out: Group[] = [];
  for (let index = from; index < blocks.length; index++) {
    const kind = blocks[index]!.kind;
    const last = out[out.length - 1];
    if (last && last.kind === kind && (kind === 'list-item' || kind === 'quote') && !breaks.has(index)) last.indexes.push(index);
    else out.push({ kind, indexes: [index] });
  }
  return out;
}

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
// Some importers leave a heading's level unset; treat it as a section heading.
const levelOf = (b: Block) => b.level ?? 2;
const hasText = (b: Block) => b.text.trim() !== '';

/** Headings the article can be split at: text before them and after them (as the Node side requires). */
function splittable(blocks: readonly Block[]): Set<number> {
  const out = new Set<number>();
  const lastText = blocks.findLastIndex(hasText);
  let seenText = false;
  blocks.forEach((block, i) => {
    if (block.kind === 'heading' && hasText(block) && seenText && i < lastText) out.add(i);
    if (hasText(block)) seenText = true;
  });
  return out;
}

interface BlockTextProps {
  block: Block;
  renderLink: LinkRenderer;
  spans: readonly HighlightSpan[] | undefined;
  activeId: number | null;
}

/**
 * Memoised per block, comparing the spans by value: opening a highlight or adding one redraws
 * only the blocks it touches, even though every change recomputes the spans of all blocks.
 */
const BlockText = memo(
  function BlockText({ block, renderLink, spans, activeId }: BlockTextProps) {
    return <Inline block={block} renderLink={renderLink} highlights={spans} activeId={activeId} />;
  },
  (a, b) => a.block === b.block && a.renderLink === b.renderLink && a.activeId === b.activeId && sameSpans(a.spans, b.spans),
);

interface Props {
  blocks: readonly Block[];
  title: string;
  renderLink: LinkRenderer;
  spans: ReadonlyMap<number, HighlightSpan[]>;
  activeId: number | null;
  onSplit?(blockIndex: number, heading: string): void;
  /** Removed passages to show at their places (none: hidden). */
  removed?: readonly RemovedPassageView[];
  onRestore?(index: number): void;
  /**
   * A long document's blocks in the DOM (block-window.ts), with `tops`, the estimated top of each
   * block, for the spacers that stand for the others. Absent: every block.
   */
  window?: { first: number; last: number; tops: readonly number[] };
}

const NONE: readonly RemovedPassageView[] = [];

export const ArticleBody = memo(function ArticleBody({ blocks, title, renderLink, spans, activeId, onSplit, removed = NONE, onRestore, window }: Props) {
  // The title is already the page's h1; a first heading repeating it would say it twice.
  const first = blocks[0];
  const from = first?.kind === 'heading' && normalise(first.text) === normalise(title) ? 1 : 0;
  const levels = blocks.slice(from).filter((b) => b.kind === 'heading').map(levelOf);
  const top = levels.length > 0 ? Math.min(...levels) : 1;
  const canSplit = onSplit ? splittable(blocks) : new Set<number>();
  // A passage before a hidden repeated title shows at the top, with those before the first shown block.
  const placeOf = (before: number) => Math.min(Math.max(before, from), blocks.length);
  const breaks = new Set(removed.map((p) => placeOf(p.before)));
  const passagesAt = (place: number) =>
    removed.flatMap((p, index) => (placeOf(p.before) === place ? [<RemovedPassage key={`removed-${index}`} passage={p} index={index} onRestore={onRestore} />] : []));

  const inline = (index: number) => {
    const own = spans.get(index);
    const active = activeId !== null && own?.some((s) => s.id === activeId) ? activeId : null;
    return <BlockText block={blocks[index]!} renderLink={renderLink} spans={own} activeId={active} />;
  };

  function render(g: Group): ReactNode {
    const key = g.indexes[0]!;
    const only = blocks[key]!;
    switch (g.kind) {
      case 'heading': {
        const rank = Math.min(2, Math.max(0, levelOf(only) - top));
        const Tag = (['h2', 'h3', 'h4'] as const)[rank]!;
        const heading = only.text.trim();
        return (
          <div key={key} className="heading-row">
            <Tag data-block={key}>{inline(key)}</Tag>
            {canSplit.has(key) && (
              <button type="button" className="button subtle split-button" aria-label={`Split here: ${heading}`} onClick={() => onSplit?.(key, heading)}>
                Split here
              </button>
            )}
          </div>
        );
      }
      case 'list-item':
        return (
          <ul key={key}>
            {g.indexes.map((i) => (
              <li key={i} data-block={i}>
                {inline(i)}
              </li>
            ))}
          </ul>
        );
      case 'quote':
        return (
          <blockquote key={key}>
            {g.indexes.map((i) => (
              <p key={i} data-block={i}>
                {inline(i)}
              </p>
            ))}
          </blockquote>
        );
      case 'preformatted':
        return (
          <pre key={key} data-block={key}>
            {inline(key)}
          </pre>
        );
      case 'paragraph':
        return (
          <p key={key} data-block={key}>
            {inline(key)}
          </p>
        );
    }
  }

  const groups = group(blocks, from, breaks);
  if (!window) {
    return (
      <div className="article-body">
        {groups.map((g) => [...passagesAt(g.indexes[0]!), render(g)])}
        {passagesAt(blocks.length)}
      </div>
    );
  }
  // Whole groups (a list, a quote) inside or across the window; spacers of estimated height for the rest.
  const shown = groups.filter((g) => g.indexes.at(-1)! >= window.first && g.indexes[0]! <= window.last);
  const firstShown = shown[0]?.indexes[0] ?? from;
  const afterShown = (shown.at(-1)?.indexes.at(-1) ?? from - 1) + 1;
  const { tops } = window;
  return (
    <div className="article-body">
      <div className="block-spacer" aria-hidden="true" data-spacer="before" style={{ height: tops[firstShown]! - tops[from]! }} />
      {shown.map((g) => [...passagesAt(g.indexes[0]!), render(g)])}
      {afterShown >= blocks.length && passagesAt(blocks.length)}
      <div className="block-spacer" aria-hidden="true" data-spacer="after" style={{ height: tops[blocks.length]! - tops[afterShown]! }} />
    </div>
  );
});
