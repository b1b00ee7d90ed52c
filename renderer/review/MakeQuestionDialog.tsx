/** "Make question": a question about the highlight and its answer, each a labelled field within the library's limits. */
import { useId, useState } from 'react';
import { RECALL_LIMITS } from '../../main/contract/recall';
import { api, ApiError } from '../api';
import { FormDialog } from '../components/FormDialog';

interface Props {
  highlightId: number;
  onClose(): void;
}

export function MakeQuestionDialog({ highlightId, onClose }: Props) {
  const [question, setQuestion] = useState('');
  const [answer, setAnswer] = useState('');
  const questionId = useId();
  const answerId = useId();

  async function make() {
    if (question.trim() === '') throw new ApiError('invalid_input', 'Write the question.');
    if (answer.trim() === '') throw new ApiError('invalid_input', 'Write the answer.');
    await api.call('recall.createQuestion', { highlightId, question: question.trim(), answer: answer.trim() });
    onClose();
  }

  return (
    <FormDialog className="recall-dialog" title="Make a question card" submitLabel="Make card" onClose={onClose} onSubmit={make}>
      <div className="field">
        <label className="field-label" htmlFor={questionId}>
          Question
        </label>
        <textarea id={questionId} className="text-input" rows={2} maxLength={RECALL_LIMITS.questionMax} value={question} data-autofocus onChange={(e) => setQuestion(e.target.value)} />
      </div>
      <div className="field">
        <label className="field-label" htmlFor={answerId}>
          Answer
        </label>
        <textarea id={answerId} className="text-input" rows={3} maxLength={RECALL_LIMITS.answerMax} value={answer} onChange={(e) => setAnswer(e.target.value)} />
      </div>
    </FormDialog>
  );
}
