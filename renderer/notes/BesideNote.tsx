/**
 * A note in the real note editor beside the article (the side panel's Notes tab): the same
 * NoteEditorPane, and so the same saver, as the Notes view. Loaded with the editor's chunk when
 * first shown. It stays open as the reader moves to another article (the layout holds its id).
 */
import { lazy, Suspense, useRef } from 'react';
import { api } from '../api';
import { useReportError } from '../components/Notices';
import { useCall } from '../data/useCall';
import { useLayout } from '../layout/useLayout';
import { useNavigation } from '../navigation';
import type { NoteEditorHandle } from './NoteEditorPane';
import { useQuoteTarget } from './quoteTarget';

const NoteEditorPane = lazy(() => import('./NoteEditorPane').then((m) => ({ default: m.NoteEditorPane })));

interface Props {
  noteId: number;
  /** Focus its text (just opened by the user), or leave focus be (drawn again beside another article). */
  focus: boolean;
  onMessage(message: string): void;
}

export function BesideNote({ noteId, focus, onMessage }: Props) {
  const { openBeside } = useLayout();
  const { openNote } = useNavigation();
  const reportError = useReportError();
  const handle = useRef<NoteEditorHandle>(null);
  const host = useCall('host.info', {}).data?.kind ?? null;
  // Q in the reader quotes into this note (ArticleView asks quoteTarget()).
  useQuoteTarget(async (highlight) => handle.current?.insertQuote(highlight) ?? null);

  async function toNotesView() {
    await handle.current?.flush();
    openBeside(null);
    openNote(noteId);
  }

  return (
    <div className="beside-note">
      <div className="beside-note-bar">
        <button type="button" className="link-button" onClick={() => void handle.current?.flush().then(() => openBeside(null))}>
          ← Notes citing this article
        </button>
        <button type="button" className="button subtle small" onClick={() => void toNotesView()}>
          Open in the Notes view
        </button>
      </div>
      <Suspense
        fallback={
          <p className="pane-placeholder" role="status">
            Opening the note…
          </p>
        }
      >
        <NoteEditorPane
          key={noteId}
          noteId={noteId}
          find={undefined}
          findToken={0}
          focusOnOpen={focus ? 'text' : null}
          handle={handle}
          host={host}
          onEscape={() => document.querySelector<HTMLElement>('main.reader')?.focus()}
          onDelete={(note) =>
            void api.call('notes.delete', { id: note.id }).then(
              () => {
                openBeside(null);
                onMessage(`Moved “${note.title || 'Untitled'}” to the trash (restore it from the trash in the Notes view)`);
              },
              (error: unknown) => reportError('Couldn’t delete the note', error),
            )
          }
          onOpenNote={(id) => openBeside(id)}
          onMessage={onMessage}
        />
      </Suspense>
    </div>
  );
}
