/**
 * Passages from highlight cards that are still waiting for their article (the matcher could not
 * place them). From any article, the user selects the words a passage belongs to and attaches
 * it there.
 */
import { useId, useMemo, useState } from 'react';
import type { Highlight } from '../../main/contract';
import { useCall } from '../data/useCall';

interface Props {
  documentId: number;
  /** Attaches to the current selection in this article; resolves false when nothing is selected. */
  onAttach(h: Highlight): Promise<boolean>;
}

/** Passages listed at once; the rest are a search away. */
const SHOWN = 200;

export function PendingPassages({ documentId, onAttach }: Props) {
  const headingId = useId();
  const [hint, setHint] = useState('');
  // A Kindle or Readwise import can leave thousands waiting: the list is built only while open, and shown in part.
  const [open, setOpen] = useState(false);
  const { data, error } = useCall('highlights.needingAttention', { includePending: true });
  // Only an offer: when the list cannot be had, nothing is offered and nothing else is affected.
  const found = error ? undefined : data?.highlights;
  const pending = useMemo(() => (found ?? []).filter((h) => h.status === 'pending' && h.documentId !== documentId), [found, documentId]);

  if (pending.length === 0) return null;
  return (
    <details className="attention pending" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary id={headingId} className="panel-subtitle">
        Card passages waiting for their article ({pending.length})
      </summary>
      <p className="field-hint">If one belongs here, select its words in the article, then choose Attach to selection.</p>
      <ul className="attention-list" aria-labelledby={headingId}>
        {(open ? pending.slice(0, SHOWN) : []).map((h) => (
          <li key={h.id} className="attention-item">
            <p className="attention-status">From “{h.documentTitle}”</p>
            <blockquote className="attention-quote">{h.exact}</blockquote>
            <div className="hl-item-actions" onMouseDown={(e) => e.preventDefault()}>
              <button
                type="button"
                className="button subtle small"
                onClick={() => void onAttach(h).then((done) => setHint(done ? '' : 'Nothing is selected in the article: select the words this passage belongs to, then try again.'))}
              >
                Attach to selection
              </button>
            </div>
          </li>
        ))}
      </ul>
      {open && pending.length > SHOWN && (
        <p className="field-hint">
          …and {pending.length - SHOWN} more. Search finds any of them by its words (type:highlight).
        </p>
      )}
      <p role="status" className="field-hint">
        {hint}
      </p>
    </details>
  );
}
