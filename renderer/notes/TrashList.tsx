/**
 * Notes in the trash, latest deletion first: each can be restored, or deleted for good after a
 * confirmation (links to it then stay in other notes, shown as broken).
 */
import { useState } from 'react';
import type { NoteMeta } from '../../main/contract';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { relativeTime } from './time';

interface Props {
  notes: NoteMeta[] | null;
  onRestore(note: NoteMeta): void;
  onPurge(note: NoteMeta): Promise<void>;
}

export function TrashList({ notes, onRestore, onPurge }: Props) {
  const [purging, setPurging] = useState<NoteMeta | null>(null);
  if (notes === null) return <p className="pane-placeholder">Opening the trash…</p>;
  return (
    <>
      {notes.length === 0 ? (
        <p className="pane-placeholder">The trash is empty.</p>
      ) : (
        <ul className="trash-list" aria-label="Notes in the trash">
          {notes.map((note) => (
            <li key={note.id} className="trash-item">
              <span className="note-item-title">{note.title || 'Untitled'}</span>
              <span className="note-item-time">Deleted {note.deletedAt ? relativeTime(note.deletedAt) : ''}</span>
              {note.excerpt && <span className="note-item-excerpt">{note.excerpt}</span>}
              <span className="trash-actions">
                <button type="button" className="button small" aria-label={`Restore “${note.title || 'Untitled'}”`} onClick={() => onRestore(note)}>
                  Restore
                </button>
                <button type="button" className="button small subtle" aria-label={`Delete “${note.title || 'Untitled'}” forever`} onClick={() => setPurging(note)}>
                  Delete forever
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      {purging && (
        <ConfirmDialog
          title="Delete this note forever?"
          confirmLabel="Delete forever"
          destructive
          onCancel={() => setPurging(null)}
          onConfirm={async () => {
            await onPurge(purging);
            setPurging(null);
          }}
        >
          <p>
            “{purging.title || 'Untitled'}” will be gone for good. Links to it in other notes stay, shown as broken. This cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
