/**
 * The notes carrying a tag (and the tags below it), listed under the tag in the tag browser:
 * the library filter shows articles, this shows the notes, each one click from opening.
 */
import { useCall } from '../data/useCall';
import { useNavigation } from '../navigation';

export function TaggedNotes({ tag }: { tag: string }) {
  const { openNote } = useNavigation();
  // Kept current as notes are edited, trashed or restored (it used to be fetched once per tag).
  const { data, error } = useCall('notes.list', { tag, limit: 200 }, { keepPrevious: true });
  const notes = data?.notes;

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
