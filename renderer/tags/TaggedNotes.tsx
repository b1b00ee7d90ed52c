/**
 * The notes carrying a tag (and the tags below it), listed under the tag in the tag browser:
 * the library filter shows articles, this shows the notes, each one click from opening.
 */
import { useEffect, useState } from 'react';
import type { NoteMeta } from '../../main/contract';
import { api, toApiError, type ApiError } from '../api';
import { useNavigation } from '../navigation';

export function TaggedNotes({ tag }: { tag: string }) {
  const { openNote } = useNavigation();
  const [notes, setNotes] = useState<NoteMeta[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    api.call('notes.list', { tag, limit: 200 }).then(
      (result) => live && setNotes(result.notes),
      (failure: unknown) => live && setError(toApiError(failure)),
    );
    return () => {
      live = false;
    };
  }, [tag]);

  if (error) return <p className="inline-error">Couldn’t list the notes. {error.message}</p>;
  if (!notes) return <p className="empty-hint">Loading notes…</p>;
  return (
    <ul className="tagged-notes" aria-label={`Notes tagged ${tag}`}>
      {notes.map((note) => (
        <li key={note.id}>
          <button type="button" className="backlink-title" onClick={() => openNote(note.id)}>
            {note.title || 'Untitled'}
          </button>
        </li>
      ))}
    </ul>
  );
}
