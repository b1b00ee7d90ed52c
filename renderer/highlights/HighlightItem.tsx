/**
 * One highlight in the side panel: its colour and meaning as text, the quote (a button that
 * scrolls the article to it and focuses it), its comment and its tags, both editable in place;
 * “In N notes” (opening the list of notes quoting it) and “Quote in note…”. In select mode a
 * checkbox picks it for “New note from highlights”.
 */
import { memo, useEffect, useRef, useState } from 'react';
import type { Highlight } from '../../main/contract';
import { BacklinksPanel } from '../backlinks/BacklinksPanel';
import { plural } from '../format';
import { TagEditor } from '../tags/TagEditor';
import { CommentEditor } from './CommentEditor';

const QUOTE_LIMIT = 280;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > QUOTE_LIMIT ? `${flat.slice(0, QUOTE_LIMIT - 1)}…` : flat;
}

export interface ItemActions {
  onShow(id: number): void;
  onSaveComment(h: Highlight, comment: string | null): Promise<unknown>;
  onAddTag(h: Highlight, name: string): Promise<boolean>;
  onRemoveTag(h: Highlight, name: string): Promise<unknown>;
  /** “Quote in note…”: opens the note picker for this highlight. */
  onQuote(h: Highlight): void;
}

interface Props extends ItemActions {
  highlight: Highlight;
  /** "Yellow — Important". */
  label: string;
  active: boolean;
  /** How many notes quote it (0: none, or not known yet). */
  notes: number;
  /** In select mode: whether it is picked; undefined outside select mode. */
  selected?: boolean | undefined;
  onToggleSelect(id: number): void;
}

export const HighlightItem = memo(function HighlightItem({ highlight: h, label, active, notes, selected, onToggleSelect, onShow, onSaveComment, onAddTag, onRemoveTag, onQuote }: Props) {
  const [editing, setEditing] = useState<'comment' | 'tags' | null>(null);
  const [showNotes, setShowNotes] = useState(false);
  const item = useRef<HTMLLIElement>(null);

  // A highlight opened in the text is brought into view in the list too.
  useEffect(() => {
    if (active) item.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  return (
    <li ref={item} className={active ? `hl-item swatch-edge-${h.color} active` : `hl-item swatch-edge-${h.color}`} data-highlight={h.id}>
      {selected !== undefined && (
        <label className="hl-item-select">
          <input type="checkbox" checked={selected} onChange={() => onToggleSelect(h.id)} />
          <span className="visually-hidden">Select “{shorten(h.exact).slice(0, 80)}”</span>
        </label>
      )}
      <button type="button" className="hl-item-show" onClick={() => onShow(h.id)}>
        <span className="hl-item-label">
          <span className={`swatch swatch-${h.color}`} aria-hidden="true" />
          {label}
          {h.status === 'fuzzy' && <span className="hl-item-flag"> · check placement</span>}
          {h.locator && <span className="hl-item-locator"> · {h.locator}</span>}
          {h.partial && <span className="hl-item-flag" title="Kindle stopped copying this passage at the book’s clipping limit: the book has more words than shown."> · partial</span>}
        </span>
        <span className="hl-item-quote">{shorten(h.exact)}</span>
      </button>
      {editing === 'comment' ? (
        <CommentEditor
          initial={h.comment}
          onSave={async (comment) => {
            await onSaveComment(h, comment);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : (
        h.comment && <p className="hl-comment">{h.comment}</p>
      )}
      {editing === 'tags' ? (
        <TagEditor label="Highlight tags" fieldLabel="Add a tag to this highlight" tags={h.tags} autoFocus onAdd={(name) => onAddTag(h, name)} onRemove={(name) => onRemoveTag(h, name)} onEscape={() => setEditing(null)} />
      ) : (
        h.tags.length > 0 && (
          <ul className="tags" aria-label="Highlight tags">
            {h.tags.map((tag) => (
              <li key={tag} className="tag">
                {tag}
              </li>
            ))}
          </ul>
        )
      )}
      <div className="hl-item-actions">
        {editing !== 'comment' && (
          <button type="button" className="button subtle small" onClick={() => setEditing('comment')}>
            {h.comment ? 'Edit comment' : 'Add comment'}
          </button>
        )}
        <button type="button" className="button subtle small" aria-expanded={editing === 'tags'} onClick={() => setEditing(editing === 'tags' ? null : 'tags')}>
          {editing === 'tags' ? 'Done with tags' : 'Edit tags'}
        </button>
        <button type="button" className="button subtle small" onClick={() => onQuote(h)}>
          Quote in note…
        </button>
        {notes > 0 && (
          <button type="button" className="button subtle small hl-item-notes" aria-expanded={showNotes} onClick={() => setShowNotes((open) => !open)}>
            In {plural(notes, 'note')}
          </button>
        )}
      </div>
      {showNotes && notes > 0 && <BacklinksPanel target={{ kind: 'highlight', id: h.id }} variant="compact" />}
    </li>
  );
});
