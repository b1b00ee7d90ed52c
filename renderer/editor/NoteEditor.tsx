/**
 * The rich-text editor for one note: the shared schema (createNoteExtensions) with React views
 * for the note nodes, the `[[` / `((` / `#` pickers, and the editor's own keys. One editor per
 * open note (the view remounts it when another note opens), so nothing of one note's history
 * or pickers leaks into the next.
 */
import { useEffect, useState } from 'react';
import { api } from '../api';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { Placeholder } from '@tiptap/extensions';
import { useReportError } from '../components/Notices';
import { useNavigation, type Navigation } from '../navigation';
import { noteBehaviour } from './behaviour';
import { noteNodeViews } from './nodeViews';
import { createNoteExtensions, type NoteDocJSON } from '../../main/contract/note-schema';
import { SuggestionPopup } from './SuggestionPopup';
import { SuggestionStore, noteSuggestions } from './suggestions';
import { carriesHighlight, HIGHLIGHT_DRAG_TYPE, parseHighlightDrag } from './highlight-drag';
import { insertQuote } from './quotes';

interface Latest {
  navigation: Navigation;
  reportError(title: string, error: unknown): void;
  onEditor(editor: Editor | null): void;
  onChange(): void;
  onBlur(): void;
  onEscape(): void;
  dropHighlight(id: number, at: number): void;
}

/**
 * The editor is built once, but must call the latest props: it calls this relay, which the
 * component points at its latest props after each render (never while rendering).
 */
class Relay {
  private latest: Latest | null = null;
  point(latest: Latest) {
    this.latest = latest;
  }
  readonly reportError = (title: string, error: unknown) => this.latest?.reportError(title, error);
  readonly openNote = (id: number) => this.latest?.navigation.openNote(id);
  readonly openArticle = (id: number, highlightId?: number) => this.latest?.navigation.openArticle(id, highlightId === undefined ? undefined : { highlightId });
  readonly escape = () => this.latest?.onEscape();
  readonly change = () => this.latest?.onChange();
  readonly blur = () => this.latest?.onBlur();
  readonly editor = (editor: Editor | null) => this.latest?.onEditor(editor);
  readonly dropHighlight = (id: number, at: number) => this.latest?.dropHighlight(id, at);
}

function buildExtensions(store: SuggestionStore, noteId: number, relay: Relay) {
  return [
    ...createNoteExtensions({ nodeViews: noteNodeViews() }),
    noteSuggestions({ store, noteId, onError: relay.reportError }),
    noteBehaviour({ openNote: relay.openNote, openArticle: relay.openArticle, onEscape: relay.escape }),
    Placeholder.configure({ placeholder: 'Write here. Type [[ to link a note, (( to quote a highlight, # to tag.' }),
  ];
}

interface Props {
  noteId: number;
  content: NoteDocJSON;
  /** The editor once it exists (and null when it goes). */
  onEditor(editor: Editor | null): void;
  onChange(): void;
  onBlur(): void;
  onEscape(): void;
}

export function NoteEditor({ noteId, content, onEditor, onChange, onBlur, onEscape }: Props) {
  const navigation = useNavigation();
  const reportError = useReportError();
  const [relay] = useState(() => new Relay());
  const [store] = useState(() => new SuggestionStore());

  const editor = useEditor(
    {
      extensions: buildExtensions(store, noteId, relay),
      content,
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': 'Note text',
          class: 'note-text',
          spellcheck: 'true',
        },
        // A highlight dragged from the side panel or the article (highlight-drag.ts): quoted where it lands.
        handleDOMEvents: {
          dragover: (_view, event) => {
            if (!carriesHighlight(event.dataTransfer?.types)) return false;
            event.preventDefault();
            if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
            return false;
          },
        },
        handleDrop: (view, event) => {
          const id = parseHighlightDrag(event.dataTransfer?.getData(HIGHLIGHT_DRAG_TYPE));
          if (id === null) return false;
          event.preventDefault();
          const at = view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? view.state.doc.content.size;
          relay.dropHighlight(id, at);
          return true;
        },
      },
      onUpdate: ({ transaction }) => {
        if (transaction.docChanged) relay.change();
      },
      onBlur: relay.blur,
    },
    [],
  );

  useEffect(() => {
    const dropHighlight = (id: number, at: number) => {
      api.call('notes.resolve', { highlights: [id] }).then(
        ({ highlights }) => {
          const found = highlights.find((h) => h.id === id);
          if (!found) reportError('Couldn’t quote the highlight', 'That highlight is no longer in your library.');
          else if (editor) insertQuote(editor, found, at);
        },
        (error: unknown) => reportError('Couldn’t quote the highlight', error),
      );
    };
    relay.point({ navigation, reportError, onEditor, onChange, onBlur, onEscape, dropHighlight });
  });

  useEffect(() => {
    relay.editor(editor);
    return () => relay.editor(null);
  }, [editor, relay]);

  return (
    <div className="note-editor">
      <EditorContent editor={editor} className="note-editor-content" />
      <SuggestionPopup store={store} editor={editor} />
    </div>
  );
}
