/**
 * Which notes link here, with the sentence around each link; for a note, also the notes that
 * mention its title without linking it, each one click from being a link. Used beside a note,
 * at the end of an article and (compact, without a heading) under a highlight in the side panel.
 */
import { useId, useState } from 'react';
import type { Backlink, LinkTarget, Mention } from '../../main/contract';
import { api } from '../api';
import { useReportError } from '../components/Notices';
import { useNavigation } from '../navigation';
import { useBacklinks } from './useBacklinks';

interface Props {
  target: { kind: 'note' | 'document' | 'highlight'; id: number };
  /** `compact`: the list only, for inside a highlight's entry (its button says how many). */
  variant?: 'full' | 'compact';
  /** The heading's level where the panel sits (default 2). */
  headingLevel?: 2 | 3;
}

/** One entry per note: an article's backlinks can hold the same note once per highlight it quotes. */
export interface NoteEntry {
  noteId: number;
  title: string;
  contexts: string[];
  quotesHighlight: boolean;
}

export function byNote(backlinks: readonly Backlink[]): NoteEntry[] {
  const entries = new Map<number, NoteEntry>();
  for (const b of backlinks) {
    const entry = entries.get(b.noteId) ?? { noteId: b.noteId, title: b.title, contexts: [], quotesHighlight: false };
    if (b.context && !entry.contexts.includes(b.context)) entry.contexts.push(b.context);
    if (b.target.kind === 'highlight') entry.quotesHighlight = true;
    entries.set(b.noteId, entry);
  }
  return [...entries.values()];
}

const EMPTY: Record<LinkTarget['kind'], string> = {
  note: 'No other note links here yet. Type [[ in a note to link this one.',
  document: 'No note refers to this article or quotes its highlights yet.',
  highlight: 'No note quotes this highlight yet.',
};

export function BacklinksPanel({ target, variant = 'full', headingLevel = 2 }: Props) {
  const headingId = useId();
  const { openNote } = useNavigation();
  const { backlinks, mentions, error, reload } = useBacklinks(target);
  const entries = backlinks ? byNote(backlinks) : null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const listLabel = target.kind === 'highlight' ? 'Notes quoting this highlight' : target.kind === 'document' ? 'Notes about this article' : 'Notes linking here';

  const list = entries && entries.length > 0 && (
    <ul className="backlink-list" aria-label={listLabel}>
      {entries.map((entry) => (
        <li key={entry.noteId} className="backlink">
          <button type="button" className="backlink-title" onClick={() => openNote(entry.noteId)}>
            {entry.title || 'Untitled'}
          </button>
          {target.kind === 'document' && entry.quotesHighlight && <span className="backlink-kind"> · quotes a highlight</span>}
          {entry.contexts.map((context) => (
            <p key={context} className="backlink-context">
              {context}
            </p>
          ))}
        </li>
      ))}
    </ul>
  );
  const failure = error && (
    <p role="alert" className="inline-error">
      Couldn’t load the backlinks. {error.message}{' '}
      <button type="button" className="link-button" onClick={reload}>
        Try again
      </button>
    </p>
  );

  if (variant === 'compact') {
    return (
      <div className="backlinks compact">
        {failure}
        {entries === null && !error && <p className="empty-hint">Loading…</p>}
        {entries?.length === 0 && <p className="empty-hint">{EMPTY[target.kind]}</p>}
        {list}
      </div>
    );
  }

  return (
    <section className="backlinks" aria-labelledby={headingId}>
      <header className="backlinks-header">
        <Heading id={headingId} className="backlinks-heading">
          Backlinks
        </Heading>
        {entries && (
          <span className="pane-count">
            {entries.length}
            <span className="visually-hidden"> {entries.length === 1 ? 'note' : 'notes'}</span>
          </span>
        )}
      </header>
      {failure}
      {entries === null && !error && (
        <p className="empty-hint" role="status">
          Loading backlinks…
        </p>
      )}
      {entries?.length === 0 && <p className="empty-hint">{EMPTY[target.kind]}</p>}
      {list}
      {target.kind === 'note' && mentions && <UnlinkedMentions noteId={target.id} mentions={mentions} onLinked={reload} Heading={headingLevel === 2 ? 'h3' : 'h4'} />}
    </section>
  );
}

interface MentionsProps {
  noteId: number;
  mentions: Mention[];
  onLinked(): void;
  Heading: 'h3' | 'h4';
}

function UnlinkedMentions({ noteId, mentions, onLinked, Heading }: MentionsProps) {
  const headingId = useId();
  const { openNote } = useNavigation();
  const reportError = useReportError();
  const [linking, setLinking] = useState<number | null>(null);
  // Linked ones leave the list at once; a fresh list from the library starts over.
  const [linked, setLinked] = useState<{ of: Mention[]; ids: number[] }>({ of: mentions, ids: [] });
  if (linked.of !== mentions) setLinked({ of: mentions, ids: [] });
  const shown = mentions.filter((m) => !linked.ids.includes(m.noteId));

  async function link(m: Mention) {
    setLinking(m.noteId);
    try {
      await api.call('notes.linkMention', { noteId, mentionNoteId: m.noteId, baseVersion: m.version });
      setLinked((current) => ({ ...current, ids: [...current.ids, m.noteId] }));
      onLinked();
    } catch (error) {
      reportError(`Couldn’t link the mention in “${m.title || 'Untitled'}”`, error);
      onLinked();
    } finally {
      setLinking(null);
    }
  }

  return (
    <section className="mentions" aria-labelledby={headingId}>
      <Heading id={headingId} className="backlinks-heading">
        Unlinked mentions <span className="pane-count">{shown.length}</span>
      </Heading>
      <p className="mentions-explain">Notes that name this note in plain words without linking to it. “Link” turns the first such mention into a link.</p>
      {shown.length === 0 ? (
        <p className="empty-hint">No unlinked mentions.</p>
      ) : (
        <ul className="backlink-list" aria-label="Unlinked mentions">
          {shown.map((m) => (
            <li key={m.noteId} className="backlink mention">
              <div className="mention-row">
                <button type="button" className="backlink-title" onClick={() => openNote(m.noteId, { find: m.matched })}>
                  {m.title || 'Untitled'}
                </button>
                <button
                  type="button"
                  className="button subtle small"
                  aria-label={`Link the mention in “${m.title || 'Untitled'}”`}
                  disabled={linking !== null}
                  aria-busy={linking === m.noteId}
                  onClick={() => void link(m)}
                >
                  Link
                </button>
              </div>
              <p className="backlink-context">{m.context}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
