/**
 * The notes: the list (or the trash) beside the open note. Owns which note is open, the list
 * kept fresh from `notes.changed`, moving notes to the trash with Undo, and where focus goes
 * (Escape in a note comes back to the list; a new note starts in its title).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { NoteMeta } from '../../main/contract';
import type { NoteTarget } from '../App';
import { api } from '../api';
import { useReportError, useReportFailure } from '../components/Notices';
import { useCall } from '../data/useCall';
import { NoteEditorPane, type NoteEditorHandle } from './NoteEditorPane';
import { NoteList } from './NoteList';
import { TrashList } from './TrashList';
import type { ListScrollChannel } from '../listScroll';

interface Props {
  target: NoteTarget | null;
  /** The note shown, each time it changes (a move back and forward can return to: renderer/history.ts). */
  onOpened?(id: number | null): void;
  /** Back and forward: the notes list's scroll (renderer/listScroll.ts). */
  listScroll?: ListScrollChannel;
}

interface Toast {
  message: string;
  undo?: () => void;
}

interface Opened {
  id: number;
  find: string | undefined;
  token: number;
  focus: 'title' | 'text' | null;
}

let nextToken = 1;
/** Remembered across visits to other views: coming back shows the same note, not the last link followed. */
let handledTarget = 0;
let lastOpenedId: number | null = null;

/**
 * A list of notes, refetched (once a burst of saves settles) when notes change while `follow` is
 * on. The trash follows only while it is shown: every autosave is a change, and the list's own
 * actions (delete, restore, purge) refresh it anyway; showing it fetches it afresh.
 */
function useNotesList(trash: boolean, follow: boolean) {
  const list = useCall('notes.list', { trash, limit: 10_000 }, { follow });
  useReportFailure(trash ? 'Couldn’t list the trash' : 'Couldn’t list the notes', list.error);
  const { refetch: refresh, update } = list;
  const followed = useRef(follow);
  useEffect(() => {
    if (follow && !followed.current) refresh();
    followed.current = follow;
  }, [follow, refresh]);
  const setNotes = useCallback((change: (notes: NoteMeta[]) => NoteMeta[]) => update(({ notes }) => ({ notes: change(notes) })), [update]);
  return { notes: list.data?.notes ?? null, setNotes, refresh };
}

export function NotesView({ target, onOpened, listScroll }: Props) {
  const reportError = useReportError();
  const [showTrash, setShowTrash] = useState(false);
  const live = useNotesList(false, true);
  const trash = useNotesList(true, showTrash);
  const [opened, setOpened] = useState<Opened | null>(() =>
    lastOpenedId === null ? null : { id: lastOpenedId, find: undefined, token: nextToken++, focus: null },
  );
  const [toast, setToast] = useState<Toast | null>(null);
  const [listFocus, setListFocus] = useState(0);
  const editorHandle = useRef<NoteEditorHandle>(null);

  const host = useCall('host.info', {}).data?.kind ?? null;

  const open = useCallback((id: number, focus: Opened['focus'], find?: string) => {
    setOpened((current) => (current?.id === id && find === undefined && focus === null ? current : { id, find, token: nextToken++, focus }));
  }, []);

  // Asked from elsewhere (a link, a search result, the New note command).
  const [seenTarget, setSeenTarget] = useState(handledTarget);
  if (target && target.token !== seenTarget) {
    setSeenTarget(target.token);
    setShowTrash(false);
    setOpened({ id: target.id, find: target.find, token: target.token, focus: target.find || target.quiet ? null : 'text' });
  }
  useEffect(() => {
    handledTarget = seenTarget;
  }, [seenTarget]);

  useEffect(() => {
    lastOpenedId = opened?.id ?? null;
  }, [opened]);
  const shownId = opened?.id ?? null;
  useEffect(() => onOpened?.(shownId), [shownId, onOpened]);

  // With nothing asked for, the most recent note is open.
  const firstId = live.notes?.[0]?.id;
  if (opened === null && firstId !== undefined) setOpened({ id: firstId, find: undefined, token: 0, focus: null });

  // The open note left the list (trashed here or elsewhere): show its neighbour.
  const openedId = opened?.id;
  const neighbourOf = useRef(new Map<number, number | null>());
  useEffect(() => {
    const notes = live.notes;
    if (!notes) return;
    const map = new Map<number, number | null>();
    notes.forEach((n, i) => map.set(n.id, (notes[i + 1] ?? notes[i - 1])?.id ?? null));
    // Unless it holds unsaved text: then it stays, its save answers `trashed` and the pane offers
    // to restore it (closing it would lose that text).
    if (openedId !== undefined && !map.has(openedId) && neighbourOf.current.has(openedId) && !editorHandle.current?.dirty()) {
      const next = neighbourOf.current.get(openedId) ?? notes[0]?.id ?? null;
      setOpened(next === null ? null : { id: next, find: undefined, token: nextToken++, focus: null });
    }
    neighbourOf.current = map;
  }, [live.notes, openedId]);

  async function createNote() {
    try {
      await editorHandle.current?.flush();
      const note = await api.call('notes.create', {});
      setShowTrash(false);
      live.setNotes((notes) => [note, ...notes.filter((n) => n.id !== note.id)]);
      setOpened({ id: note.id, find: undefined, token: nextToken++, focus: 'title' });
    } catch (error) {
      reportError('Couldn’t create a note', error);
    }
  }

  async function restore(note: NoteMeta, reopen: boolean) {
    try {
      await api.call('notes.restore', { id: note.id });
      live.refresh();
      trash.refresh();
      setToast({ message: `Restored “${note.title || 'Untitled'}”` });
      if (reopen) setOpened({ id: note.id, find: undefined, token: nextToken++, focus: null });
    } catch (error) {
      reportError('Couldn’t restore the note', error);
    }
  }

  async function remove(note: NoteMeta) {
    try {
      if (note.id === opened?.id) await editorHandle.current?.flush();
      const result = await api.call('notes.delete', { id: note.id });
      if (!result.deleted) return;
      live.setNotes((notes) => notes.filter((n) => n.id !== note.id));
      trash.refresh();
      setToast({ message: `Moved “${note.title || 'Untitled'}” to the trash`, undo: () => void restore(note, true) });
      setListFocus((n) => n + 1);
    } catch (error) {
      reportError('Couldn’t delete the note', error);
    }
  }

  async function purge(note: NoteMeta) {
    await api.call('notes.purge', { id: note.id });
    trash.refresh();
    setToast({ message: `Deleted “${note.title || 'Untitled'}” forever` });
  }

  const count = live.notes?.length ?? 0;
  return (
    <main className="notes" aria-label="Notes">
      <nav className="notes-sidebar" aria-label="Notes list">
        <div className="pane-header notes-header">
          <h2 className="pane-title">{showTrash ? 'Trash' : 'Notes'}</h2>
          {!showTrash && <span className="pane-count">{count}</span>}
          <button type="button" className="button primary small" aria-keyshortcuts="Control+Alt+N Meta+Alt+N" onClick={() => void createNote()}>
            New note
          </button>
          <button type="button" className="button subtle small" aria-pressed={showTrash} onClick={() => setShowTrash((s) => !s)}>
            Trash{trash.notes && trash.notes.length > 0 ? ` (${trash.notes.length})` : ''}
          </button>
        </div>
        {showTrash ? (
          <TrashList notes={trash.notes} onRestore={(note) => void restore(note, false)} onPurge={purge} />
        ) : live.notes === null ? (
          <p className="pane-placeholder">Opening your notes…</p>
        ) : (
          <NoteList notes={live.notes} openId={opened?.id ?? null} focusToken={listFocus} onOpen={(id, focus) => open(id, focus)} onDelete={(note) => void remove(note)} listScroll={listScroll} />
        )}
      </nav>
      {opened ? (
        <NoteEditorPane
          key={opened.id}
          noteId={opened.id}
          find={opened.find}
          findToken={opened.token}
          focusOnOpen={opened.focus}
          handle={editorHandle}
          host={host}
          onEscape={() => {
            setShowTrash(false);
            setListFocus((n) => n + 1);
          }}
          onDelete={(note) => void remove(note)}
          onOpenNote={(id) => open(id, 'text')}
          onMessage={(message) => setToast({ message })}
        />
      ) : (
        <section className="note-pane" aria-label="Note">
          <p className="pane-placeholder">{count === 0 ? 'Write your first note: press “New note”.' : 'Choose a note from the list.'}</p>
        </section>
      )}
      <div role="status" aria-label="Last action" className={toast ? 'toast' : 'toast empty'}>
        {toast && (
          <>
            <span className="toast-message">{toast.message}</span>
            {toast.undo && (
              <button
                type="button"
                className="button subtle small"
                onClick={() => {
                  toast.undo?.();
                  setToast(null);
                }}
              >
                Undo
              </button>
            )}
            <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => setToast(null)}>
              ×
            </button>
          </>
        )}
      </div>
    </main>
  );
}
