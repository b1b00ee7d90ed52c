/**
 * Saved searches in the search view's sidebar: each with how many articles, highlights and notes
 * it finds now (refreshed, debounced, whenever the library changes), run with a click, renamed
 * in a small dialog, deleted with an Undo.
 */
import { useId, useRef, useState } from 'react';
import { api } from '../api';
import { FormDialog } from '../components/FormDialog';
import { useReportError, useReportFailure } from '../components/Notices';
import { useCall } from '../data/useCall';
import { formatCount } from '../format';
import type { SavedSearch } from './useSearch';
import { SAVED_SEARCH_NAME_MAX } from '../../main/contract/constants';

export function total(counts: SavedSearch['counts']): number {
  return counts.article + counts.highlight + counts.note;
}

export function countsLabel(counts: SavedSearch['counts']): string {
  const n = total(counts);
  return `${formatCount(n)} ${n === 1 ? 'result' : 'results'}`;
}

/** The saved searches, kept current (their counts follow the library: renderer/data/invalidation.ts). */
export function useSavedSearches(): { searches: SavedSearch[] | null; reload(): void } {
  const { data, error, refetch } = useCall('search.saved.list', {});
  useReportFailure('Couldn’t load saved searches', error);
  return { searches: data?.searches ?? null, reload: refetch };
}

interface NameDialogProps {
  title: string;
  initial: string;
  submitLabel: string;
  /** Shown under the field: the query being saved. */
  hint?: string;
  onSubmit(name: string): Promise<void>;
  onClose(): void;
}

/** Asks for a saved search's name; the library's refusals (taken, too long) show inside it. */
export function NameDialog({ title, initial, submitLabel, hint, onSubmit, onClose }: NameDialogProps) {
  const fieldId = useId();
  const hintId = useId();
  const [name, setName] = useState(initial);
  return (
    <FormDialog className="search-name-dialog" title={title} submitLabel={submitLabel} onClose={onClose} onSubmit={() => onSubmit(name)}>
      <label className="field" htmlFor={fieldId}>
        <span className="field-label">Name</span>
        <input id={fieldId} className="text-input" data-autofocus value={name} maxLength={SAVED_SEARCH_NAME_MAX} onChange={(e) => setName(e.target.value)} aria-describedby={hint ? hintId : undefined} autoComplete="off" />
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          Search: <code>{hint}</code>
        </p>
      )}
    </FormDialog>
  );
}

interface Props {
  searches: SavedSearch[] | null;
  activeQuery: string;
  onRun(query: string): void;
  reload(): void;
}

export function SavedSearches({ searches, activeQuery, onRun, reload }: Props) {
  const headingId = useId();
  const report = useReportError();
  const [renaming, setRenaming] = useState<SavedSearch | null>(null);
  const [deleted, setDeleted] = useState<{ name: string; query: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  async function remove(s: SavedSearch) {
    try {
      const r = await api.call('search.saved.delete', { id: s.id });
      if (r.deleted) setDeleted({ name: r.deleted.name, query: r.deleted.query });
      reload();
      heading.current?.focus();
    } catch (error) {
      report('Couldn’t delete the saved search', error);
    }
  }

  async function undo() {
    if (!deleted) return;
    try {
      await api.call('search.saved.create', deleted);
      setDeleted(null);
      reload();
    } catch (error) {
      report('Couldn’t restore the saved search', error);
    }
  }

  return (
    <section className="saved-searches" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1} className="pane-title saved-title">
        Saved searches
      </h2>
      {searches?.length === 0 && <p className="saved-empty">None yet. Type a search, then “Save search”.</p>}
      {searches && searches.length > 0 && (
        <ul className="saved-list" aria-labelledby={headingId}>
          {searches.map((s) => (
            <li key={s.id} className={s.query === activeQuery ? 'saved-item active' : 'saved-item'}>
              <button type="button" className="saved-run" aria-current={s.query === activeQuery ? 'true' : undefined} title={s.query} onClick={() => onRun(s.query)}>
                <span className="saved-name">{s.name}</span>
                <span className="saved-count">{countsLabel(s.counts)}</span>
              </button>
              <span className="saved-actions">
                <button type="button" className="button subtle small" aria-label={`Rename saved search ${s.name}`} onClick={() => setRenaming(s)}>
                  Rename
                </button>
                <button type="button" className="button subtle small danger-text" aria-label={`Delete saved search ${s.name}`} onClick={() => void remove(s)}>
                  Delete
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {deleted && (
        <div className="saved-undo" role="status">
          <span>Deleted “{deleted.name}”.</span>
          <button type="button" className="button small" onClick={() => void undo()}>
            Undo
          </button>
          <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => setDeleted(null)}>
            ×
          </button>
        </div>
      )}
      {renaming && (
        <NameDialog
          title={`Rename “${renaming.name}”`}
          initial={renaming.name}
          submitLabel="Rename"
          hint={renaming.query}
          onClose={() => setRenaming(null)}
          onSubmit={async (name) => {
            await api.call('search.saved.rename', { id: renaming.id, name });
            setRenaming(null);
            reload();
          }}
        />
      )}
    </section>
  );
}
