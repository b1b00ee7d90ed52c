/**
 * The side panel's Notes tab: the notes that cite the open article (link to it or quote its
 * highlights) and a new note already linked to the article, each opened here beside the text in
 * the real note editor (BesideNote), or in the Notes view.
 */
import { useState } from 'react';
import type { ArticleDetail } from '../../main/contract';
import type { NoteDocJSON } from '../../main/contract/note-schema';
import { api } from '../api';
import { useReportError } from '../components/Notices';
import { useLayout } from '../layout/useLayout';
import { useNavigation } from '../navigation';
import { BesideNote } from '../notes/BesideNote';
import { byNote } from './BacklinksPanel';
import { useBacklinks } from './useBacklinks';

/** A new note's first line: “About” and the article, as an article reference (so it is a backlink at once). */
function aboutArticle(article: ArticleDetail): NoteDocJSON {
  return {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'About ' }, { type: 'articleRef', attrs: { documentId: article.id, title: article.title } }] }],
  };
}

interface Props {
  article: ArticleDetail;
  onMessage(message: string): void;
}

export function ArticleNotes({ article, onMessage }: Props) {
  const { openNote } = useNavigation();
  const { layout, openBeside } = useLayout();
  // Set when the user opens a note here, so only then does its text take focus.
  const [opened, setOpened] = useState(false);
  const reportError = useReportError();
  const { backlinks, error, reload } = useBacklinks({ kind: 'document', id: article.id });
  const [creating, setCreating] = useState(false);
  const entries = backlinks ? byNote(backlinks) : null;

  async function create() {
    setCreating(true);
    try {
      const note = await api.call('notes.create', { content: aboutArticle(article) });
      open(note.id);
    } catch (failure) {
      reportError('Couldn’t create the note', failure);
    } finally {
      setCreating(false);
    }
  }

  function open(noteId: number) {
    setOpened(true);
    openBeside(noteId);
  }

  if (layout.besideNote !== null) return <BesideNote noteId={layout.besideNote} focus={opened} onMessage={onMessage} />;

  return (
    <div className="article-notes">
      <button type="button" className="button small" disabled={creating} aria-busy={creating} onClick={() => void create()}>
        New note about this article
      </button>
      {error && (
        <p role="alert" className="inline-error">
          Couldn’t load the notes. {error.message}{' '}
          <button type="button" className="link-button" onClick={reload}>
            Try again
          </button>
        </p>
      )}
      {entries === null && !error && (
        <p className="empty-hint" role="status">
          Loading notes…
        </p>
      )}
      {entries?.length === 0 && <p className="empty-hint">No note cites this article yet.</p>}
      {entries && entries.length > 0 && (
        <ul className="backlink-list" aria-label="Notes citing this article">
          {entries.map((entry) => (
            <li key={entry.noteId} className="backlink">
              <button type="button" className="backlink-title" onClick={() => open(entry.noteId)}>
                {entry.title || 'Untitled'}
              </button>
              {entry.quotesHighlight && <span className="backlink-kind"> · quotes a highlight</span>}
              <button type="button" className="link-button small" aria-label={`Open “${entry.title || 'Untitled'}” in the Notes view`} onClick={() => openNote(entry.noteId)}>
                Notes view
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
