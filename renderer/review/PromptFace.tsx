/**
 * A recall card's face in the round: the front (the cloze with its blanks, or the question) and,
 * once shown, the back (the whole text with the hidden words marked, or the answer). Text only.
 */
import { clozeParts } from '../../main/contract/recall';
import type { RecallPrompt } from '../../main/contract';

interface Props {
  prompt: RecallPrompt;
  color: string;
  revealed: boolean;
  quoteId: string;
}

export function PromptFace({ prompt, color, revealed, quoteId }: Props) {
  const front = (
    <blockquote id={quoteId} className={`review-quote hl-${color}`} aria-label={prompt.kind === 'cloze' ? 'Cloze' : 'Question'}>
      {prompt.front}
    </blockquote>
  );
  if (!revealed) return front;
  return (
    <>
      {prompt.kind === 'question' && front}
      <div className="review-back" role="region" aria-label="Answer shown">
        {prompt.kind === 'cloze' && prompt.text !== null && prompt.ranges ? (
          <blockquote id={quoteId} className={`review-quote hl-${color}`}>
            {clozeParts(prompt.text, prompt.ranges).map((part, i) => (part.hidden ? <mark key={i} className={`hl-${color}`}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
          </blockquote>
        ) : (
          <p className="review-answer-text">{prompt.back}</p>
        )}
      </div>
    </>
  );
}
