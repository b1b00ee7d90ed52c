/**
 * "Make cloze": the highlight's words as toggle buttons (Tab to a word, Space or Enter to hide or
 * show it), a preview of the card's front with its blanks, and "Make card". Neighbouring chosen
 * words become one blank (`rangesOfWords`); the ranges are checked here as the library checks them.
 */
import { useId, useMemo, useState } from 'react';
import { clozeFront, clozeRangesProblem, clozeWords, rangesOfWords } from '../../main/contract/recall';
import { api, ApiError } from '../api';
import { FormDialog } from '../components/FormDialog';

interface Props {
  highlightId: number;
  text: string;
  onClose(): void;
}

export function MakeClozeDialog({ highlightId, text, onClose }: Props) {
  const words = useMemo(() => clozeWords(text), [text]);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const previewId = useId();
  const ranges = rangesOfWords(
    text,
    words.filter((_, i) => chosen.has(i)),
  );

  const toggle = (i: number) =>
    setChosen((c) => {
      const next = new Set(c);
      if (!next.delete(i)) next.add(i);
      return next;
    });

  async function make() {
    const problem = clozeRangesProblem(text, ranges);
    if (problem !== null) throw new ApiError('invalid_input', problem);
    await api.call('recall.createCloze', { highlightId, ranges });
    onClose();
  }

  return (
    <FormDialog className="recall-dialog" title="Make a cloze card" submitLabel="Make card" onClose={onClose} onSubmit={make}>
      <p className="field-hint">Choose the words to hide. The card shows the highlight with them blanked out; you recall them before you see them.</p>
      <div className="cloze-words" role="group" aria-label="Words to hide" aria-describedby={previewId}>
        {words.map((w, i) => (
          <button key={w.start} type="button" className="button cloze-word" aria-pressed={chosen.has(i)} data-autofocus={i === 0 ? true : undefined} onClick={() => toggle(i)}>
            {w.word}
          </button>
        ))}
      </div>
      <p id={previewId} className="cloze-preview" aria-live="polite">
        <span className="field-label">Front: </span>
        {ranges.length > 0 ? clozeFront(text, ranges) : 'no words hidden yet'}
      </p>
    </FormDialog>
  );
}
