/**
 * Every tag with how often it is used, as a tree (`region/pakistan` under `region`). Choosing a
 * tag filters the library (and the reader's highlight list) by it and the tags below it; each
 * tag can be renamed, merged into another, or deleted after confirmation.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { api } from '../api';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { plural } from '../format';
import { MergeTagDialog, RenameTagDialog } from './TagDialogs';
import { TaggedNotes } from './TaggedNotes';
import { tagTree, type TagRow } from './tagTree';
import { useTags } from './useTags';
import { LoadError } from '../components/LoadError';
import { useListScroll, type ListScrollChannel } from '../listScroll';

type Pending = { kind: 'rename'; row: TagRow } | { kind: 'merge'; row: TagRow; into?: string } | { kind: 'delete'; row: TagRow; includeChildren: boolean };

interface Props {
  activeTag: string | null;
  onFilter(tag: string): void;
  /** A tag was renamed or merged away (`to` null when deleted): a filter on it must follow. */
  onTagMoved(from: string, to: string | null): void;
  /** Back and forward: the tree's scroll, reported and brought back (renderer/listScroll.ts). */
  listScroll?: ListScrollChannel;
}

function counts(row: TagRow): string {
  if (!row.tag) return plural(row.descendants, 'tag') + ' below';
  return (
    [
      row.tag.documents > 0 ? plural(row.tag.documents, 'article') : null,
      row.tag.highlights > 0 ? plural(row.tag.highlights, 'highlight') : null,
      row.tag.notes > 0 ? plural(row.tag.notes, 'note') : null,
    ]
      .filter(Boolean)
      .join(', ') || 'unused'
  );
}

export function TagBrowser({ activeTag, onFilter, onTagMoved, listScroll }: Props) {
  const headingId = useId();
  const { tags, error, reload } = useTags();
  const rows = useMemo(() => tagTree(tags ?? []), [tags]);
  const [pending, setPending] = useState<Pending | null>(null);
  const [notesOf, setNotesOf] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const tree = useRef<HTMLUListElement>(null);
  // The tags arrive after the view does: a scroll brought back waits for them.
  const onScroll = useListScroll(listScroll, 'tags', tree, tags !== null);
  const names = (tags ?? []).map((t) => t.name);

  /** Opens a dialog, remembering where to come back to. */
  function ask(next: Pending) {
    if (!pending) opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPending(next);
  }
  /** Back to the button that asked, or (when its tag is gone) to the list's heading. */
  function returnFocus() {
    if (opener.current?.isConnected) opener.current.focus();
    else heading.current?.focus();
  }

  async function rename(from: string, to: string) {
    await api.call('tags.rename', { from, to });
    setPending(null);
    onTagMoved(from, to.trim());
  }
  async function merge(from: string, into: string) {
    await api.call('tags.merge', { from, into });
    setPending(null);
    onTagMoved(from, into);
  }
  async function remove(name: string, includeChildren: boolean) {
    await api.call('tags.delete', { name, includeChildren });
    setPending(null);
    onTagMoved(name, null);
  }

  return (
    <section className="tag-browser" aria-labelledby={headingId}>
      <header className="pane-header">
        <h2 id={headingId} ref={heading} tabIndex={-1} className="pane-title">
          Tags
        </h2>
        {tags && <span className="pane-count">{plural(tags.length, 'tag')}</span>}
      </header>
      {error && (
        <LoadError what="load the tags" message={error.message} onRetry={reload} />
      )}
      {tags?.length === 0 && (
        <div className="empty-state">
          <p className="empty-title">No tags yet</p>
          <p>Tag an article in its header, or a highlight from its popover (key T).</p>
        </div>
      )}
      {rows.length > 0 && (
        <ul ref={tree} className="tag-tree" aria-label="All tags" onScroll={onScroll}>
          {rows.map((row) => (
            <li key={row.name} className={row.name === activeTag ? 'tag-row active' : 'tag-row'} style={{ paddingLeft: `${0.75 + row.depth * 1.25}rem` }}>
              <button type="button" className="tag-filter" aria-label={row.name} aria-current={row.name === activeTag ? 'true' : undefined} title={`Show articles tagged “${row.name}”`} onClick={() => onFilter(row.name)}>
                {row.label}
              </button>
              <span className="tag-counts">{counts(row)}</span>
              {row.tag && (
                <span className="tag-actions">
                  <button type="button" className="button subtle small" aria-label={`Rename ${row.name}`} onClick={() => ask({ kind: 'rename', row })}>
                    Rename
                  </button>
                  <button type="button" className="button subtle small" aria-label={`Merge ${row.name} into another tag`} onClick={() => ask({ kind: 'merge', row })} disabled={names.length < 2}>
                    Merge…
                  </button>
                  <button type="button" className="button subtle small danger-text" aria-label={`Delete ${row.name}`} onClick={() => ask({ kind: 'delete', row, includeChildren: false })}>
                    Delete
                  </button>
                  {row.tag.notes > 0 && (
                    <button
                      type="button"
                      className="button subtle small"
                      aria-label={`Notes tagged ${row.name}`}
                      aria-expanded={notesOf === row.name}
                      onClick={() => setNotesOf(notesOf === row.name ? null : row.name)}
                    >
                      Notes
                    </button>
                  )}
                </span>
              )}
              {notesOf === row.name && <TaggedNotes tag={row.name} />}
            </li>
          ))}
        </ul>
      )}
      {pending?.kind === 'rename' && (
        <RenameTagDialog
          name={pending.row.name}
          onRename={(to) => rename(pending.row.name, to)}
          onMergeInstead={(into) => setPending({ kind: 'merge', row: pending.row, into })}
          onClose={() => setPending(null)}
          returnFocus={returnFocus}
        />
      )}
      {pending?.kind === 'merge' && (
        <MergeTagDialog
          name={pending.row.name}
          targets={names.filter((n) => n.toLowerCase() !== pending.row.name.toLowerCase())}
          initialTarget={pending.into}
          onMerge={(into) => merge(pending.row.name, into)}
          onClose={() => setPending(null)}
          returnFocus={returnFocus}
        />
      )}
      {pending?.kind === 'delete' && (
        <ConfirmDialog title={`Delete the tag “${pending.row.name}”?`} confirmLabel="Delete tag" destructive onConfirm={() => remove(pending.row.name, pending.includeChildren)} onCancel={() => setPending(null)} returnFocus={returnFocus}>
          <p>It is removed from {counts(pending.row)}. The articles, highlights and notes themselves stay.</p>
          {(pending.row.tag?.notes ?? 0) > 0 && <p>In notes, the tag’s words stay as plain text: “#{pending.row.name}” becomes “{pending.row.name}”.</p>}
          {pending.row.descendants > 0 && (
            <label className="checkbox">
              <input type="checkbox" checked={pending.includeChildren} onChange={(e) => setPending({ ...pending, includeChildren: e.target.checked })} />
              Also delete the {plural(pending.row.descendants, 'tag')} below it
            </label>
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}
