/**
 * Highlights that need a look: placed by an approximate match (fuzzy), no longer found in the
 * text (orphaned), or card passages still waiting for their article (pending). Each shows its
 * quote (and what it said before a fuzzy move) and can be re-attached to the words the user
 * selects in the article, kept where it is, or deleted. Nothing is ever dropped silently.
 */
import { useId, useState } from 'react';
import type { Highlight } from '../../main/contract';
import { plural } from '../format';

const STATUS: Record<Highlight['status'], string> = {
  ok: '',
  fuzzy: 'Placed by an approximate match',
  orphaned: 'Not found in the text any more',
  pending: 'Waiting for its article',
};

interface Props {
  items: readonly Highlight[];
  onShow(id: number): void;
  /** Confirms a fuzzy placement as it is. */
  onKeep(h: Highlight): Promise<unknown>;
  /** Re-attaches to the current selection; resolves false when nothing is selected. */
  onReattach(h: Highlight): Promise<boolean>;
  onDelete(h: Highlight): Promise<unknown>;
}

export function AttentionList({ items, onShow, onKeep, onReattach, onDelete }: Props) {
  const headingId = useId();
  const [hint, setHint] = useState('');
  if (items.length === 0) return null;

  return (
    <section className="attention" aria-labelledby={headingId}>
      <h3 id={headingId} className="panel-subtitle">
        Needs attention <span className="pane-count">({items.length})</span>
      </h3>
      <p className="field-hint">To re-attach one, select the right words in the article, then choose Re-attach to selection.</p>
      <ul className="attention-list" aria-label={`Needs attention: ${plural(items.length, 'highlight')}`}>
        {items.map((h) => (
          <li key={h.id} className="attention-item">
            <p className="attention-status">
              {STATUS[h.status]}
              {h.locator && <span className="hl-item-locator"> · {h.locator}</span>}
              {h.partial && <span title="Kindle stopped copying this passage at the book’s clipping limit: the book has more words than shown."> · partial</span>}
            </p>
            <blockquote className="attention-quote">{h.exact}</blockquote>
            {h.comment && <p className="hl-comment">{h.comment}</p>}
            {h.previousExact && h.previousExact !== h.exact && <p className="attention-was">was: “{h.previousExact}”</p>}
            {/* mousedown would take the selection away before the click reads it. */}
            <div className="hl-item-actions" onMouseDown={(e) => e.preventDefault()}>
              {h.status === 'fuzzy' && (
                <>
                  <button type="button" className="button subtle small" onClick={() => onShow(h.id)}>
                    Show
                  </button>
                  <button type="button" className="button subtle small" onClick={() => void onKeep(h)}>
                    Keep here
                  </button>
                </>
              )}
              <button
                type="button"
                className="button subtle small"
                onClick={() => {
                  void onReattach(h).then((done) => setHint(done ? '' : 'Nothing is selected in the article: select the words this highlight belongs to, then try again.'));
                }}
              >
                Re-attach to selection
              </button>
              <button type="button" className="button subtle small danger-text" onClick={() => void onDelete(h)}>
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
      <p role="status" className="field-hint">
        {hint}
      </p>
    </section>
  );
}
