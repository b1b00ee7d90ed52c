/**
 * The open note: its title, its text, whether it is saved, and what links to it. Owns the
 * note's autosave (saver.ts) and everything that must happen around it: saving on blur, on
 * switching notes and on leaving the page; reloading in place when the note changed elsewhere
 * and nothing here is unsaved; and, when both changed, showing where this text was kept.
 * Mounted once per note (keyed by id), so one note's state never bleeds into the next.
 */
import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import type { Editor } from '@tiptap/core';
import type { Note, NoteMeta } from '../../main/contract';
import { api, toApiError } from '../api';
import { usePaneCommand } from '../paneCommands';
import { BacklinksPanel } from '../backlinks/BacklinksPanel';
import { useReportError } from '../components/Notices';
import { NoteEditor } from '../editor/NoteEditor';
import { rememberNoteTitle } from '../editor/references';
import type { NoteDocJSON } from '../../main/contract/note-schema';
import { findInDoc } from './find';
import { insertQuote, type QuotedHighlight } from '../editor/quotes';
import { NoteSaver, type SaveStatus } from './saver';
import { NOTE_TITLE_MAX } from '../../main/contract/constants';

export interface NoteEditorHandle {
  /** Saves whatever is unsaved; resolves once the library has it (or the save failed). */
  flush(): Promise<void>;
  /** Whether the editor holds text the library does not have (or a save is on its way). */
  dirty(): boolean;
  focusTitle(): void;
  focusText(): void;
  /**
   * Q: quotes a highlight at the caret (at the end if the caret was never placed in this note);
   * the title of the note, or null while the editor is not ready.
   */
  insertQuote(highlight: QuotedHighlight): string | null;
}

interface Props {
  noteId: number;
  find: string | undefined;
  /** Changes each time the same note is asked for again, to bring `find` into view again. */
  findToken: number;
  /** Where focus goes when it is asked to: 'title', 'text' or nowhere. */
  focusOnOpen: 'title' | 'text' | null;
  handle: Ref<NoteEditorHandle>;
  onEscape(): void;
  onDelete(note: NoteMeta): void;
  onOpenNote(id: number): void;
  onMessage(message: string): void;
  /** Electron closes the window itself after the last save (see the beforeunload handler). */
  host: 'electron' | 'browser' | null;
}

const STATUS_TEXT: Record<SaveStatus, string> = {
  saved: 'Saved',
  pending: 'Saving…',
  saving: 'Saving…',
  retrying: 'Couldn’t save — retrying',
  failed: 'Couldn’t save',
  trashed: 'Not saved: in the trash',
};

export function NoteEditorPane({ noteId, find, findToken, focusOnOpen, handle, onEscape, onDelete, onOpenNote, onMessage, host }: Props) {
  const reportError = useReportError();
  const [note, setNote] = useState<Note | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [statusError, setStatusError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<NoteMeta | null>(null);
  const [trashed, setTrashed] = useState(false);
  const [editor, setEditor] = useState<Editor | null>(null);
  const titleRef = useRef('');
  const titleInput = useRef<HTMLInputElement>(null);
  const editorRef = useRef<Editor | null>(null);
  const saverRef = useRef<NoteSaver | null>(null);
  const versionRef = useRef(0);
  /** Whether the user has been in the text (so its caret is a place they chose). */
  const caretPlaced = useRef(false);

  useEffect(() => {
    let live = true;
    api.call('notes.get', { id: noteId }).then(
      (loaded) => {
        if (!live) return;
        setNote(loaded);
        setTitle(loaded.title);
        titleRef.current = loaded.title;
        versionRef.current = loaded.version;
      },
      (error: unknown) => live && setLoadError(toApiError(error).message),
    );
    return () => {
      live = false;
    };
  }, [noteId]);

  /** Puts the stored note back into the editor (after a conflict, or a change made elsewhere). */
  const showStored = useCallback(async () => {
    const stored = await api.call('notes.get', { id: noteId });
    const current = editorRef.current;
    const saver = saverRef.current;
    if (!current || current.isDestroyed || !saver) return;
    const { from, to } = current.state.selection;
    current.commands.setContent(stored.content, { emitUpdate: false });
    const size = current.state.doc.content.size;
    // Keep the caret about where it was: the same offset, inside the new text.
    current.commands.setTextSelection({ from: Math.min(from, size), to: Math.min(to, size) });
    titleRef.current = stored.title;
    setTitle(stored.title);
    saver.reset(stored.version);
    rememberNoteTitle(stored.id, stored.title, stored.deletedAt !== null);
  }, [noteId]);

  const onEditor = useCallback(
    (created: Editor | null) => {
      if (created === editorRef.current) return;
      editorRef.current = created;
      setEditor(created);
      if (!created) {
        void saverRef.current?.dispose();
        saverRef.current = null;
        return;
      }
      // The editor normalises a note on its first transaction (e.g. an empty paragraph after a
      // quote at the end, so there is somewhere to type). Do it now, before the saver takes
      // its baseline, so merely opening a note never rewrites it.
      created.view.dispatch(created.state.tr.setMeta('addToHistory', false));
      caretPlaced.current = false;
      created.on('focus', () => {
        caretPlaced.current = true;
      });
      const read = () => {
        const live = editorRef.current;
        return live && !live.isDestroyed ? { content: live.getJSON() as NoteDocJSON, title: titleRef.current } : null;
      };
      saverRef.current = new NoteSaver(noteId, versionRef.current, read, {
        status: (next, error) => {
          setStatus(next);
          setStatusError(error ?? null);
        },
        saved: (meta) => {
          rememberNoteTitle(meta.id, meta.title, meta.deletedAt !== null);
          // Restored elsewhere meanwhile: the text is saved now.
          setTrashed(false);
        },
        conflict: (_stored, copy) => {
          setConflict(copy);
          showStored().catch((error: unknown) => reportError('Couldn’t show the stored version of this note', error));
        },
        trashed: () => setTrashed(true),
      });
    },
    [noteId, reportError, showStored],
  );

  // Changes made elsewhere (another window, a mention linked, a tag renamed): shown in place
  // when nothing here is unsaved; otherwise the next save meets them and keeps both.
  useEffect(
    () =>
      api.on('notes.changed', ({ id }) => {
        const saver = saverRef.current;
        if (id !== noteId || !saver || saver.dirty) return;
        api.call('notes.get', { id: noteId }).then(
          (stored) => {
            const now = saverRef.current;
            if (!now || now.dirty) return;
            if (stored.version !== now.baseVersion) void showStored();
            else if (stored.title !== titleRef.current) {
              titleRef.current = stored.title;
              setTitle(stored.title);
              now.titleStored(stored.title);
            }
          },
          () => undefined,
        );
      }),
    [noteId, showStored],
  );

  // Leaving the page saves; Electron waits for the save and then closes the window itself
  // (main/hosts/electron.ts finishes a quit that this postponed).
  useEffect(() => {
    let closing = false;
    const flush = () => void saverRef.current?.flush();
    const onHide = () => document.visibilityState === 'hidden' && flush();
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const saver = saverRef.current;
      if (!saver?.dirty) return;
      if (closing) {
        flush();
        return;
      }
      if (host !== 'electron') {
        // A browser tab: start the save (sent with keepalive) and let the browser ask "Leave?".
        flush();
        event.preventDefault();
        return;
      }
      // In Electron a cancelled unload closes nothing and asks nothing: save, then close (as the
      // editor's last save: text for a note trashed meanwhile is kept as a new note).
      event.preventDefault();
      closing = true;
      void saver.dispose().finally(() => window.close());
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [host]);

  useImperativeHandle(
    handle,
    () => ({
      flush: () => saverRef.current?.flush() ?? Promise.resolve(),
      dirty: () => saverRef.current?.dirty ?? false,
      focusTitle: () => titleInput.current?.focus(),
      focusText: () => editorRef.current?.commands.focus('end'),
      insertQuote: (highlight) => {
        const live = editorRef.current;
        if (!live || live.isDestroyed) return null;
        const at = caretPlaced.current ? live.state.selection.to : live.state.doc.content.size;
        return insertQuote(live, highlight, at) ? titleRef.current : null;
      },
    }),
    [],
  );

  // Focus and `find` once the editor exists, and again whenever the note is asked for again.
  useEffect(() => {
    if (!editor) return;
    const range = find ? findInDoc(editor.state.doc, find) : null;
    if (range) {
      editor.chain().setTextSelection(range).scrollIntoView().focus().run();
      return;
    }
    // A brand-new note (the New note command) starts in its title.
    const blank = titleRef.current === '' && editor.isEmpty;
    if (focusOnOpen === 'title' || (focusOnOpen === 'text' && blank)) titleInput.current?.focus();
    else if (focusOnOpen === 'text') editor.commands.focus('end');
  }, [editor, find, findToken, focusOnOpen]);

  usePaneCommand('copy-note-markdown', () => void copyMarkdown());
  async function copyMarkdown() {
    try {
      await saverRef.current?.flush();
      const { markdown } = await api.call('export.note', { id: noteId });
      await navigator.clipboard.writeText(markdown);
      onMessage('Copied the note as Markdown');
    } catch (error) {
      reportError('Couldn’t copy the note as Markdown', error);
    }
  }

  /** The note was trashed elsewhere while this text was unsaved: put it back, then save the text. */
  async function restoreAndSave() {
    try {
      await api.call('notes.restore', { id: noteId });
      setTrashed(false);
      await saverRef.current?.flush();
    } catch (error) {
      reportError('Couldn’t restore the note', error);
    }
  }

  async function remove() {
    await saverRef.current?.flush();
    if (note) onDelete({ ...note, title: titleRef.current });
  }

  if (loadError) {
    return (
      <section className="note-pane" aria-label="Note">
        <p role="alert" className="pane-placeholder">
          {loadError}
        </p>
      </section>
    );
  }
  if (!note) {
    return (
      <section className="note-pane" aria-label="Note" aria-busy="true">
        <p className="pane-placeholder">Opening the note…</p>
      </section>
    );
  }

  return (
    <section className="note-pane" aria-label="Note">
      <div className="note-header">
        <input
          ref={titleInput}
          className="note-title"
          aria-label="Note title"
          placeholder="Untitled"
          value={title}
          maxLength={NOTE_TITLE_MAX}
          onChange={(event) => {
            titleRef.current = event.target.value;
            setTitle(event.target.value);
            saverRef.current?.changed();
          }}
          onBlur={() => void saverRef.current?.flush()}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || (event.key === 'ArrowDown' && !event.shiftKey)) {
              event.preventDefault();
              editorRef.current?.commands.focus('start');
            } else if (event.key === 'Escape') {
              event.preventDefault();
              void saverRef.current?.flush();
              onEscape();
            }
          }}
        />
        <p role="status" aria-label="Save status" className={`save-status ${status}`} title={statusError ?? undefined}>
          {STATUS_TEXT[status]}
          {statusError && status !== 'saved' && <span className="visually-hidden">: {statusError}</span>}
        </p>
        <div className="note-actions">
          <button type="button" className="button small" onClick={() => void copyMarkdown()}>
            Copy as Markdown
          </button>
          <button type="button" className="button small" onClick={() => void remove()}>
            Delete note
          </button>
        </div>
      </div>
      {conflict && (
        <div role="alert" className="note-conflict">
          <p>
            This note was also changed elsewhere. Your version was kept as “{conflict.title}”.
          </p>
          <button type="button" className="button small" onClick={() => onOpenNote(conflict.id)}>
            Open “{conflict.title}”
          </button>
          <button type="button" className="icon-button" aria-label="Dismiss the conflict message" onClick={() => setConflict(null)}>
            ×
          </button>
        </div>
      )}
      {trashed && (
        <div role="alert" className="note-conflict note-trashed">
          <p>This note was moved to the trash (perhaps in another window), so what you typed here is not saved. Restore the note to save it.</p>
          <button type="button" className="button small" onClick={() => void restoreAndSave()}>
            Restore and save
          </button>
        </div>
      )}
      <NoteEditor
        noteId={noteId}
        content={note.content}
        onEditor={onEditor}
        onChange={() => saverRef.current?.changed()}
        onBlur={() => void saverRef.current?.flush()}
        onEscape={() => {
          void saverRef.current?.flush();
          onEscape();
        }}
      />
      <div className="note-backlinks">
        <BacklinksPanel target={{ kind: 'note', id: noteId }} />
      </div>
    </section>
  );
}
