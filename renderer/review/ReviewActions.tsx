/**
 * What a review card offers for its highlight beyond answering (issue 13): the notes that cite
 * it (titles that open the note; Ctrl/Cmd+4 comes back to the same card, as after O), and, by
 * key or button, Edit comment (C: the comment editor of the side panel), Tag (T: the tag editor
 * of the side panel) and Quote in note (Q: the same dialog as in the reader, through the
 * `quote-in-note` command, whose key is Q everywhere). Nothing here refetches by hand: a saved
 * comment or tag sends `highlights.changed`/`tags.changed`, a quote `notes.changed`, and the
 * invalidation table (renderer/data/invalidation.ts) refreshes the round and the backlinks.
 */
import { useEffect, useId, useState } from 'react';
import type { ReviewItem } from '../../main/contract/review';
import { api } from '../api';
import { byNote } from '../backlinks/BacklinksPanel';
import { useBacklinks } from '../backlinks/useBacklinks';
import { useReportError } from '../components/Notices';
import { CommentEditor } from '../highlights/CommentEditor';
import { QuoteInNoteDialog } from '../highlights/QuoteInNoteDialog';
import { useNavigation } from '../navigation';
import { usePaneCommand } from '../paneCommands';
import { TagEditor } from '../tags/TagEditor';
import { isViewKey } from './keys';

interface Props {
  item: ReviewItem;
  /** False while a recall card's answer is hidden: no actions, no keys (they would give it away). */
  active: boolean;
  /** Puts focus back on the card once an editor closes (its field is gone). */
  onDone(): void;
}

export function ReviewActions({ item, active, onDone }: Props) {
  const [editing, setEditing] = useState<'comment' | 'tags' | null>(null);
  const [quoting, setQuoting] = useState(false);
  const [quoted, setQuoted] = useState<string | null>(null);
  const reportError = useReportError();
  const id = item.highlightId;

  // Q is the app's "Quote in note" key: on this view it quotes the card's highlight.
  usePaneCommand('quote-in-note', () => {
    if (active) setQuoting(true);
  });

  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isViewKey(event)) return;
      const key = event.key.toLowerCase();
      if (key === 'c') setEditing('comment');
      else if (key === 't') setEditing('tags');
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active]);

  if (!active) return null;

  function close() {
    setEditing(null);
    onDone();
  }

  async function saveComment(comment: string | null) {
    try {
      await api.call('highlights.update', { id, comment });
      close();
    } catch (error) {
      reportError('Couldn’t save the comment', error);
    }
  }

  async function addTag(name: string): Promise<boolean> {
    try {
      await api.call('tags.addToHighlight', { highlightId: id, name });
      return true;
    } catch (error) {
      reportError('Couldn’t add the tag', error);
      return false;
    }
  }

  async function removeTag(name: string) {
    try {
      await api.call('tags.removeFromHighlight', { highlightId: id, name });
    } catch (error) {
      reportError('Couldn’t remove the tag', error);
    }
  }

  return (
    <>
      <div className="review-card-actions" role="group" aria-label="Highlight">
        <button type="button" className="button" aria-keyshortcuts="C" aria-expanded={editing === 'comment'} title="Edit comment (C)" onClick={() => setEditing('comment')}>
          <kbd aria-hidden="true">C</kbd> Edit comment
        </button>
        <button type="button" className="button" aria-keyshortcuts="T" aria-expanded={editing === 'tags'} title="Tag (T)" onClick={() => setEditing(editing === 'tags' ? null : 'tags')}>
          <kbd aria-hidden="true">T</kbd> Tag
        </button>
        <button type="button" className="button" aria-keyshortcuts="Q" aria-haspopup="dialog" title="Quote in note (Q)" onClick={() => setQuoting(true)}>
          <kbd aria-hidden="true">Q</kbd> Quote in note
        </button>
      </div>
      {editing === 'comment' && <CommentEditor initial={item.comment} onSave={saveComment} onCancel={close} />}
      {editing === 'tags' && (
        <TagEditor label="Highlight tags" fieldLabel="Add a tag to this highlight" tags={item.tags} autoFocus onAdd={addTag} onRemove={removeTag} onEscape={close} className="review-tag-editor" />
      )}
      <p className="visually-hidden" role="status">
        {quoted === null ? '' : `Quoted in “${quoted}”`}
      </p>
      <CitingNotes highlightId={id} />
      {quoting && (
        <QuoteInNoteDialog
          highlightIds={[id]}
          onClose={() => setQuoting(false)}
          onQuoted={(note) => {
            setQuoting(false);
            setQuoted(note.title || 'Untitled');
          }}
        />
      )}
    </>
  );
}

/** The notes quoting the highlight, one title each (a quote sends `notes.changed`: the list follows). */
function CitingNotes({ highlightId }: { highlightId: number }) {
  const headingId = useId();
  const { openNote } = useNavigation();
  const { backlinks, error } = useBacklinks({ kind: 'highlight', id: highlightId });
  const entries = backlinks ? byNote(backlinks) : null;
  return (
    <section className="review-citing" aria-labelledby={headingId}>
      <h3 id={headingId} className="field-label">
        Notes citing it
      </h3>
      {error && <p className="empty-hint">Couldn’t list them: {error.message}</p>}
      {entries?.length === 0 && <p className="empty-hint">No note quotes this highlight yet.</p>}
      {entries && entries.length > 0 && (
        <ul className="review-citing-list" aria-label="Notes citing this highlight">
          {entries.map((entry) => (
            <li key={entry.noteId}>
              <button type="button" className="link-button" onClick={() => openNote(entry.noteId)}>
                {entry.title || 'Untitled'}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
