/**
 * The side panel beside an article: what needs attention, then every highlight in reading
 * order with its colour's meaning, quote, comment and tags. A tag chosen in the tag browser
 * narrows the list (with a way back to all of them).
 */
import { useId, useMemo, useState } from 'react';
import type { Highlight } from '../../main/contract';
import type { ApiError } from '../api';
import { plural } from '../format';
import { AttentionList } from './AttentionList';
import { colorLabel, useColors } from './colors';
import { HighlightItem, type ItemActions } from './HighlightItem';
import { PendingPassages } from './PendingPassages';
import { isPlaced } from './spans';

interface Props extends ItemActions {
  id: string;
  documentId: number;
  highlights: Highlight[] | null;
  error: ApiError | null;
  textLength: number;
  activeId: number | null;
  tagFilter: string | null;
  onKeep(h: Highlight): Promise<unknown>;
  onReattach(h: Highlight): Promise<boolean>;
  onDelete(h: Highlight): Promise<unknown>;
  onEditColors(): void;
}

const under = (tag: string, filter: string) => {
  const t = tag.toLowerCase();
  const f = filter.toLowerCase();
  return t === f || t.startsWith(`${f}/`);
};

export function HighlightsPanel({ id, documentId, highlights, error, textLength, activeId, tagFilter, onKeep, onReattach, onDelete, onEditColors, ...item }: Props) {
  const headingId = useId();
  const colors = useColors();
  const [showAll, setShowAll] = useState<string | null>(null);
  const filter = tagFilter !== null && showAll !== tagFilter ? tagFilter : null;

  const { placed, attention } = useMemo(() => {
    const all = highlights ?? [];
    return { placed: all.filter((h) => isPlaced(h, textLength)), attention: all.filter((h) => h.status !== 'ok') };
  }, [highlights, textLength]);
  const shown = filter ? placed.filter((h) => h.tags.some((t) => under(t, filter))) : placed;
  const labels = new Map(colors.map((c) => [c.color, colorLabel(c.color, c.meaning)]));

  return (
    <aside id={id} className="hl-panel" aria-labelledby={headingId}>
      <header className="hl-panel-header">
        <h2 id={headingId} className="pane-title">
          Highlights
        </h2>
        {highlights && <span className="pane-count">{highlights.length}</span>}
        <button type="button" className="button subtle small" onClick={onEditColors}>
          Colour meanings…
        </button>
      </header>
      {error && (
        <p role="alert" className="inline-error">
          Couldn’t load the highlights. {error.message}
        </p>
      )}
      <AttentionList items={attention} onShow={item.onShow} onKeep={onKeep} onReattach={onReattach} onDelete={onDelete} />
      <PendingPassages documentId={documentId} onAttach={onReattach} />
      {filter && (
        <p className="panel-filter">
          Showing {plural(shown.length, 'highlight')} tagged “{filter}” of {placed.length}.{' '}
          <button type="button" className="link-button" onClick={() => setShowAll(filter)}>
            Show all
          </button>
        </p>
      )}
      {highlights && placed.length === 0 && attention.length === 0 && <p className="empty-hint panel-empty">Select text in the article to highlight it. Keys 1–5 pick a colour.</p>}
      {shown.length > 0 && (
        <ol className="hl-list" aria-label="Highlights in reading order">
          {shown.map((h) => (
            <HighlightItem key={h.id} highlight={h} label={labels.get(h.color) ?? h.color} active={h.id === activeId} {...item} />
          ))}
        </ol>
      )}
    </aside>
  );
}
