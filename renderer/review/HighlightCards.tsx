/**
 * The recall cards made from the highlight on screen: each one's kind and front, with a button
 * to delete it (its schedule and answers go with it). Follows `review.changed` for this highlight
 * through the invalidation table, so a card just made shows here at once.
 */
import { useId } from 'react';
import { api } from '../api';
import { useReportError } from '../components/Notices';
import { useCall } from '../data/useCall';

/** `onDeleted`: where focus goes once a card is deleted (its button is gone). */
export function HighlightCards({ highlightId, onDeleted }: { highlightId: number; onDeleted(): void }) {
  const cards = useCall('recall.list', { highlightId });
  const reportError = useReportError();
  const headingId = useId();
  const prompts = cards.data?.prompts ?? [];
  if (prompts.length === 0) return null;

  async function remove(id: number) {
    try {
      await api.call('recall.delete', { id });
      onDeleted();
    } catch (error) {
      reportError('Couldn’t delete the card', error);
    }
  }

  return (
    <section className="review-cards-made" aria-labelledby={headingId}>
      <h3 id={headingId} className="field-label">
        Cards from this highlight
      </h3>
      <ul>
        {prompts.map((p, i) => (
          <li key={p.id}>
            <span>
              {p.kind === 'cloze' ? 'Cloze' : 'Question'}: {p.front}
              {p.retired ? ' (retired)' : ''}
            </span>{' '}
            <button type="button" className="button" aria-label={`Delete card ${i + 1}: ${p.front}`} onClick={() => void remove(p.id)}>
              Delete
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
