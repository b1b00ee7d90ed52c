/**
 * The daily review (issue 13): today's round one card at a time, answered by key (1–4) or by
 * button, beside the progress (due, done, streak, a heat map of the last weeks). The round and
 * its order are the library's (`review.round`, drawn the same all day): an answered card leaves
 * it, so coming back (after "Open in article", say) shows the rest of the round where it was.
 * "More" is kept in the library for the day (`review.more`), so it outlasts the view. The figures
 * follow the `review.changed` event each answer sends (renderer/data/invalidation.ts). A card's
 * comment, tags, citing notes and their keys (C, T, Q) are ReviewActions'.
 */
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ReviewItem, ReviewRating } from '../../main/contract/review';
import { api } from '../api';
import { LoadError } from '../components/LoadError';
import { useReportError } from '../components/Notices';
import { useCall } from '../data/useCall';
import { colorLabel } from '../highlights/colors';
import { useNavigation } from '../navigation';
import { HighlightCards } from './HighlightCards';
import { MakeClozeDialog } from './MakeClozeDialog';
import { MakeQuestionDialog } from './MakeQuestionDialog';
import { PromptFace } from './PromptFace';
import { ReviewActions } from './ReviewActions';
import { ReviewProgress } from './ReviewProgress';
import { ReviewSettingsDialog } from './ReviewSettingsDialog';
import { contextSentence } from './context';
import { isViewKey } from './keys';

/** The page's own zone: the review day runs from its local midnight. */
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const statsInput = { timeZone, days: 84 };
const roundInput = { timeZone };
const noInput = {};

const ANSWERS: { rating: ReviewRating; key: string; label: string; hint: string }[] = [
  { rating: 'keep', key: '1', label: 'Keep', hint: 'see it again in due time' },
  { rating: 'soon', key: '2', label: 'Soon', hint: 'see it again sooner' },
  { rating: 'later', key: '3', label: 'Later', hint: 'see it again later' },
  { rating: 'never', key: '4', label: 'Never', hint: 'retire it from review' },
];

/** An item's identity in the round: a highlight, or a recall card made from one. */
const itemKey = (item: ReviewItem) => (item.prompt ? `card-${item.prompt.id}` : `highlight-${item.highlightId}`);

/** Space and Enter show a card's answer, unless they are for a control that has focus. */
const onControl = (target: EventTarget | null) => target instanceof Element && target.closest('button, a, input, textarea, select, summary, [role="button"]') !== null;

export function ReviewView() {
  const round = useCall('review.round', roundInput);
  const stats = useCall('review.stats', statsInput);
  const settings = useCall('review.settings', noInput);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [making, setMaking] = useState<{ kind: 'cloze' | 'question'; item: ReviewItem } | null>(null);
  const [revealedKey, setRevealedKey] = useState<string | null>(null);
  const navigation = useNavigation();
  const reportError = useReportError();
  const [answering, setAnswering] = useState(false);
  const headingId = useId();
  const cardRef = useRef<HTMLElement>(null);

  const item: ReviewItem | undefined = round.data?.items[0];
  const { update: updateRound } = round;
  // A recall card is answered only after its answer is shown; a highlight at once.
  const revealed = item !== undefined && (item.prompt === null || revealedKey === itemKey(item));

  const answer = useCallback(
    async (target: ReviewItem, rating: ReviewRating) => {
      setAnswering(true);
      try {
        await api.call('review.answer', { highlightId: target.highlightId, promptId: target.prompt?.id, rating, timeZone });
        // At once, not waiting for the refetch `review.changed` brings; idempotent, since that refetch may land first.
        const key = itemKey(target);
        updateRound((r) => (r.items.some((i) => itemKey(i) === key) ? { ...r, done: r.done + 1, items: r.items.filter((i) => itemKey(i) !== key) } : r));
      } catch (error) {
        reportError('Couldn’t save the answer', error);
      } finally {
        setAnswering(false);
      }
    },
    [updateRound, reportError],
  );

  const more = useCallback(async () => {
    try {
      const longer = await api.call('review.more', { timeZone });
      updateRound(() => longer);
    } catch (error) {
      reportError('Couldn’t go past today’s round', error);
    }
  }, [updateRound, reportError]);

  const openInArticle = useCallback((target: ReviewItem) => navigation.openArticle(target.documentId, { highlightId: target.highlightId }), [navigation]);

  useEffect(() => {
    if (!item || answering) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isViewKey(event)) return;
      if (!revealed && (event.key === ' ' || event.key === 'Enter') && !onControl(event.target)) {
        event.preventDefault();
        setRevealedKey(itemKey(item));
        return;
      }
      const chosen = revealed ? ANSWERS.find((a) => a.key === event.key) : undefined;
      if (chosen) {
        event.preventDefault();
        void answer(item, chosen.rating);
      } else if (event.key.toLowerCase() === 'o') {
        event.preventDefault();
        openInArticle(item);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [item, answering, answer, openInArticle, revealed]);

  // The card (or the done message) takes focus as it changes or shows its answer, so a screen reader reads it.
  const shown = item ? `${itemKey(item)}:${revealed}` : round.data ? 'done' : null;
  useEffect(() => {
    if (shown !== null) cardRef.current?.focus({ preventScroll: true });
  }, [shown]);

  let body;
  if (round.error && !round.data) body = <LoadError what="draw today’s review" message={round.error.message} onRetry={round.refetch} />;
  else if (!round.data)
    body = (
      <p className="pane-placeholder" role="status">
        Drawing today’s round…
      </p>
    );
  else if (!item) {
    // "More" asks for another round's worth past what was answered today.
    body = (
      <section className="review-done" ref={cardRef} tabIndex={-1} aria-labelledby={headingId}>
        <h2 id={headingId}>{round.data.done > 0 ? 'Today’s review is done' : 'Nothing to review today'}</h2>
        <p>
          {round.data.done > 0
            ? `You answered ${round.data.done} ${round.data.done === 1 ? 'highlight' : 'highlights'} today. The next round is drawn tomorrow.`
            : 'Highlight passages as you read, and they will come back here.'}
        </p>
        {round.data.done > 0 &&
          // Slots were left and nothing filled them: every highlight there is has had its turn today.
          (round.data.size + round.data.extra > round.data.done ? (
            <p>There are no more highlights to review today.</p>
          ) : (
            <button type="button" className="button" onClick={() => void more()}>
              More
            </button>
          ))}
      </section>
    );
  } else {
    // Out of what today's round holds (it may be smaller than its size: fewer highlights to draw).
    const position = round.data.done + 1;
    const total = round.data.done + round.data.items.length;
    const context = item.prompt ? null : contextSentence(item);
    const what = item.prompt === null ? 'Highlight' : item.prompt.kind === 'cloze' ? 'Cloze card' : 'Question card';
    body = (
      <article className="review-card" ref={cardRef} tabIndex={-1} aria-labelledby={headingId} aria-describedby={`${headingId}-quote`}>
        <header className="review-card-header">
          <h2 id={headingId} className="pane-title">
            {what} {position} of {total}
          </h2>
          <span className="pane-count">{item.kind === 'new' ? 'New' : 'Due'}</span>
        </header>
        {item.prompt ? (
          <PromptFace prompt={item.prompt} color={item.color} revealed={revealed} quoteId={`${headingId}-quote`} />
        ) : (
          <blockquote id={`${headingId}-quote`} className={`review-quote hl-${item.color}`}>
            {item.exact}
          </blockquote>
        )}
        {context && (
          // A paragraph cannot carry a name (aria-label on a <p> is prohibited), so it is said in its text.
          <p className="review-context">
            <span className="visually-hidden">In context: </span>
            {context.before}
            <mark className={`hl-${item.color}`}>{context.exact}</mark>
            {context.after}
          </p>
        )}
        <dl className="review-facts">
          <dt>Article</dt>
          <dd>
            {item.documentTitle || 'Untitled'}
            {item.documentByline && <span className="review-byline"> — {item.documentByline}</span>}
          </dd>
          <dt>Colour</dt>
          <dd>
            <span className={`review-swatch hl-${item.color}`} aria-hidden="true" />
            {colorLabel(item.color, item.colorMeaning)}
          </dd>
          {item.comment && (
            <>
              <dt>Comment</dt>
              <dd className="review-comment">{item.comment}</dd>
            </>
          )}
          {item.tags.length > 0 && (
            <>
              <dt>Tags</dt>
              <dd>
                <ul className="review-tags" aria-label="Highlight tags">
                  {item.tags.map((tag) => (
                    <li key={tag}>
                      {tag}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
        {revealed ? (
          <div className="review-answers" role="group" aria-label="Answer">
            {ANSWERS.map((a) => (
              <button key={a.rating} type="button" className="button review-answer" disabled={answering} aria-keyshortcuts={a.key} title={`${a.label}: ${a.hint} (${a.key})`} onClick={() => void answer(item, a.rating)}>
                <kbd aria-hidden="true">{a.key}</kbd> {a.label}
              </button>
            ))}
          </div>
        ) : (
          <div className="review-answers">
            <button type="button" className="button primary" aria-keyshortcuts="Space Enter" title="Show answer (Space or Enter)" onClick={() => setRevealedKey(itemKey(item))}>
              Show answer
            </button>
          </div>
        )}
        <div className="review-card-actions">
          <button type="button" className="button review-open" aria-keyshortcuts="O" onClick={() => openInArticle(item)}>
            Open in article
          </button>
          {item.prompt === null && (
            <>
              <button type="button" className="button" aria-haspopup="dialog" onClick={() => setMaking({ kind: 'cloze', item })}>
                Make cloze
              </button>
              <button type="button" className="button" aria-haspopup="dialog" onClick={() => setMaking({ kind: 'question', item })}>
                Make question
              </button>
            </>
          )}
        </div>
        <ReviewActions key={itemKey(item)} item={item} active={revealed} onDone={() => cardRef.current?.focus({ preventScroll: true })} />
        {item.prompt === null && <HighlightCards highlightId={item.highlightId} onDeleted={() => cardRef.current?.focus({ preventScroll: true })} />}
      </article>
    );
  }

  return (
    <main className="review" aria-label="Daily review">
      <div className="review-main">
        <div className="review-toolbar">
          <button type="button" className="button" disabled={!settings.data} aria-haspopup="dialog" onClick={() => setSettingsOpen(true)}>
            Review settings
          </button>
        </div>
        {body}
      </div>
      {settingsOpen && settings.data && <ReviewSettingsDialog settings={settings.data} onClose={() => setSettingsOpen(false)} />}
      {making?.kind === 'cloze' && <MakeClozeDialog highlightId={making.item.highlightId} text={making.item.exact} onClose={() => setMaking(null)} />}
      {making?.kind === 'question' && <MakeQuestionDialog highlightId={making.item.highlightId} onClose={() => setMaking(null)} />}
      <ReviewProgress stats={stats.data} error={stats.error} onRetry={stats.refetch} />
    </main>
  );
}
