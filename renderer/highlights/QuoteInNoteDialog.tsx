/**
 * “Quote in note…”: choose where the highlight (or several) goes — a new note, or the end of an
 * existing one found by title (recent notes first while nothing is typed). The quote is appended
 * on the Node side in one transaction (`notes.appendHighlights`), so a note open in an editor is
 * never overwritten: it hears `notes.changed` and picks the quote up.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { api, toApiError, type ApiError } from '../api';
import { Modal } from '../components/Modal';
import { plural } from '../format';
import { NOTE_TITLE_MAX } from '../../main/contract/constants';

interface Choice {
  id: number;
  title: string;
  excerpt: string;
}

interface Props {
  highlightIds: readonly number[];
  onClose(): void;
  /** The note the quotes went to (a new one or an existing one). */
  onQuoted(note: { id: number; title: string }): void;
}

const SHOWN = 20;
const TYPING_MS = 120;

export function QuoteInNoteDialog({ highlightIds, onClose, onQuoted }: Props) {
  const titleId = useId();
  const [query, setQuery] = useState('');
  const [choices, setChoices] = useState<Choice[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    let live = true;
    const words = query.trim();
    const timer = setTimeout(
      () => {
        const found = words
          ? api.call('notes.searchTitles', { query: words, limit: SHOWN }).then((r) => r.notes)
          : api.call('notes.list', { limit: SHOWN }).then((r) => r.notes);
        found.then(
          (notes) => live && setChoices(notes.map((n) => ({ id: n.id, title: n.title, excerpt: n.excerpt }))),
          (failure: unknown) => live && setError(toApiError(failure)),
        );
      },
      words ? TYPING_MS : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  async function quote(target: Choice | 'new') {
    setBusy(true);
    setError(null);
    try {
      const ids = [...highlightIds];
      const note = target === 'new' ? await api.call('notes.fromHighlights', { highlightIds: ids }) : await api.call('notes.appendHighlights', { noteId: target.id, highlightIds: ids });
      onQuoted({ id: note.id, title: note.title });
    } catch (failure) {
      setError(toApiError(failure));
      setBusy(false);
    }
  }

  /** Up and down move between the field and the choices, as in any picker. */
  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    event.preventDefault();
    if (next < 0) document.getElementById(`${titleId}-find`)?.focus();
    else buttons[Math.min(next, buttons.length - 1)]?.focus();
  }

  const what = highlightIds.length === 1 ? 'the highlight' : plural(highlightIds.length, 'highlight');
  const typed = query.trim();

  return (
    <Modal labelledBy={titleId} onCancel={onClose} className="quote-dialog">
      <h2 id={titleId} className="modal-title">
        Quote in a note
      </h2>
      <div className="modal-body" onKeyDown={onKeyDown}>
        <p>Choose the note that should quote {what}. It is added at the end of the note.</p>
        <label className="field">
          <span className="field-label">Find a note</span>
          <input
            id={`${titleId}-find`}
            type="search"
            className="text-input"
            value={query}
            maxLength={NOTE_TITLE_MAX}
            placeholder="Title or alias"
            autoComplete="off"
            data-autofocus
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <ul ref={list} className="quote-choices" aria-label="Notes" aria-busy={choices === null}>
          <li>
            <button type="button" className="quote-choice new" disabled={busy} onClick={() => void quote('new')}>
              New note
            </button>
          </li>
          {choices?.map((choice) => (
            <li key={choice.id}>
              <button type="button" className="quote-choice" aria-label={choice.title || 'Untitled'} disabled={busy} onClick={() => void quote(choice)}>
                <span className="quote-choice-title">{choice.title || 'Untitled'}</span>
                {choice.excerpt && <span className="quote-choice-excerpt">{choice.excerpt}</span>}
              </button>
            </li>
          ))}
        </ul>
        {choices?.length === 0 && <p className="empty-hint">{typed ? `No note is called “${typed}”. Choose New note to start one.` : 'No notes yet: New note starts one with this quote.'}</p>}
        <p className="visually-hidden" role="status">
          {choices === null ? '' : typed ? `${plural(choices.length, 'note')} found` : ''}
        </p>
      </div>
      {error && (
        <div role="alert" className="modal-error">
          <p>{error.message}</p>
        </div>
      )}
      <div className="modal-actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
