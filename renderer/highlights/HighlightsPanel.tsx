/**
 * The side panel's Highlights tab beside an article: what needs attention, then every highlight in reading
 * order with its colour's meaning, quote, comment and tags, and how many notes quote it. A tag
 * chosen in the tag browser narrows the list (with a way back to all of them). Select mode picks
 * highlights for a new note (or to quote in one).
 */
import { useCallback, useId, useMemo, useState } from 'react';
import type { Highlight } from '../../main/contract';
import { api, type ApiError } from '../api';
import { useReportError } from '../components/Notices';
import { plural } from '../format';
import { useNavigation } from '../navigation';
import { AttentionList } from './AttentionList';
import { colorLabel, useColors } from './colors';
import { HighlightItem, type ItemActions } from './HighlightItem';
import { PendingPassages } from './PendingPassages';
import { isPlaced } from './spans';
import { useBacklinkCounts } from './useBacklinkCounts';

interface Props extends ItemActions {
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
  /** “Quote in note…” for the highlights picked in select mode. */
  onQuoteSelected(ids: number[]): void;
}

const under = (tag: string, filter: string) => {
  const t = tag.toLowerCase();
  const f = filter.toLowerCase();
  return t === f || t.startsWith(`${f}/`);
};

export function HighlightsPanel({ documentId, highlights, error, textLength, activeId, tagFilter, onKeep, onReattach, onDelete, onEditColors, onQuoteSelected, ...item }: Props) {
  const headingId = useId();
  const colors = useColors();
  const reportError = useReportError();
  const { openNote } = useNavigation();
  const noteCounts = useBacklinkCounts(documentId, highlights !== null);
  // null: not selecting. Ids in the order picked; the library puts them in reading order.
  const [selection, setSelection] = useState<number[] | null>(null);
  const [creating, setCreating] = useState(false);
  const toggle = useCallback((hid: number) => setSelection((ids) => (ids === null ? ids : ids.includes(hid) ? ids.filter((x) => x !== hid) : [...ids, hid])), []);
  const [showAll, setShowAll] = useState<string | null>(null);
  const filter = tagFilter !== null && showAll !== tagFilter ? tagFilter : null;

  const { placed, attention } = useMemo(() => {
    const all = highlights ?? [];
    return { placed: all.filter((h) => isPlaced(h, textLength)), attention: all.filter((h) => h.status !== 'ok') };
  }, [highlights, textLength]);
  const shown = filter ? placed.filter((h) => h.tags.some((t) => under(t, filter))) : placed;
  const labels = new Map(colors.map((c) => [c.color, colorLabel(c.color, c.meaning)]));
  // A highlight deleted while picked is no longer offered.
  const picked = selection?.filter((hid) => placed.some((h) => h.id === hid)) ?? [];

  async function newNote() {
    setCreating(true);
    try {
      const note = await api.call('notes.fromHighlights', { highlightIds: picked });
      setSelection(null);
      openNote(note.id);
    } catch (failure) {
      reportError('Couldn’t make a note from the highlights', failure);
    } finally {
      setCreating(false);
    }
  }

  return (
    <aside className="hl-panel" aria-labelledby={headingId}>
      <header className="hl-panel-header">
        <h2 id={headingId} className="pane-title">
          Highlights
        </h2>
        {highlights && <span className="pane-count">{highlights.length}</span>}
        <button type="button" className="button subtle small" onClick={onEditColors}>
          Colour meanings…
        </button>
        {placed.length > 0 && (
          <button type="button" className="button subtle small" onClick={() => setSelection(selection === null ? [] : null)}>
            {selection === null ? 'Select' : 'Done selecting'}
          </button>
        )}
      </header>
      {selection !== null && (
        <div className="hl-select-bar" role="group" aria-label="Selected highlights">
          <span className="hl-select-count">{picked.length === 0 ? 'Tick the highlights to use.' : `${plural(picked.length, 'highlight')} selected`}</span>
          <button type="button" className="button primary small" disabled={picked.length === 0 || creating} aria-busy={creating} onClick={() => void newNote()}>
            New note from {plural(picked.length, 'highlight')}
          </button>
          <button type="button" className="button subtle small" disabled={picked.length === 0} onClick={() => onQuoteSelected(picked)}>
            Quote in note…
          </button>
          <button type="button" className="button subtle small" disabled={picked.length === shown.length} onClick={() => setSelection(shown.map((h) => h.id))}>
            Select all
          </button>
        </div>
      )}
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
      {highlights && placed.length === 0 && attention.length === 0 && <p className="empty-hint panel-empty">Select text in the article to highlight it: H for the first colour, 1–5 to pick one, N to comment.</p>}
      {shown.length > 0 && (
        <ol className="hl-list" aria-label="Highlights in reading order">
          {shown.map((h) => (
            <HighlightItem
              key={h.id}
              highlight={h}
              label={labels.get(h.color) ?? h.color}
              active={h.id === activeId}
              notes={noteCounts.get(h.id) ?? 0}
              selected={selection === null ? undefined : selection.includes(h.id)}
              onToggleSelect={toggle}
              {...item}
            />
          ))}
        </ol>
      )}
    </aside>
  );
}
