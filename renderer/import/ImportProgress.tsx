/** The running import: which file, how far, and a way to stop it. */
import { useId } from 'react';
import { formatCount } from '../format';
import type { Progress } from './useImport';

interface Props {
  progress: Progress;
  cancelling: boolean;
  onCancel(): void;
}

export function ImportProgress({ progress, cancelling, onCancel }: Props) {
  const labelId = useId();
  const { done, total, current } = progress;
  const position = Math.min(done + 1, total);
  const label = cancelling
    ? `Cancelling import after ${formatCount(done)} of ${formatCount(total)}…`
    : current
      ? `Importing ${formatCount(position)} of ${formatCount(total)} — ${current}`
      : done === 0
        ? `Preparing ${formatCount(total)} ${total === 1 ? 'file' : 'files'}…`
        : `Importing ${formatCount(done)} of ${formatCount(total)}…`;
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;

  return (
    <section className="import-progress" aria-label="Import">
      <p id={labelId} className="import-progress-label" title={label}>
        {label}
      </p>
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-describedby={labelId}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${formatCount(done)} of ${formatCount(total)} files`}
        className="progress-track"
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <button type="button" className="button subtle" onClick={onCancel} disabled={cancelling}>
        Cancel import
      </button>
    </section>
  );
}
