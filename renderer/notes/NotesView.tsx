/** The notes: a list beside the editor. (Being built.) */
import type { NoteTarget } from '../App';

interface Props {
  target: NoteTarget | null;
}

export function NotesView({ target }: Props) {
  return (
    <main className="notes" aria-label="Notes">
      <p>Notes {target ? `(note ${target.id})` : ''}</p>
    </main>
  );
}
