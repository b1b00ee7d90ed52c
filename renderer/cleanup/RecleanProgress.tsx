/** The running library-wide cleanup: how far, and a way to stop it. */
import { useId } from 'react';
import { formatCount } from '../format';

interface Props {
  done: number;
  total: number;
  cancelling: boolean;
  onCancel(): void;
}

export function RecleanProgress({ done, total, cancelling, onCancel }: Props) {
  const labelId = useId();
  const label = cancelling
    ? `Cancelling cleanup after ${formatCount(done)} of ${formatCount(total)}…`
    : total === 0
      ? 'Preparing to re-run cleanup…'
      : `Re-running cleanup: ${formatCount(done)} of ${formatCount(total)} articles`;
  return (
    <section className="import-progress" aria-label="Cleanup">
      <p id={labelId} className="import-progress-label">
        {label}
      </p>
      <div
        role="progressbar"
        aria-label="Cleanup progress"
        aria-describedby={labelId}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${formatCount(done)} of ${formatCount(total)} articles`}
        className="progress-track"
      >
        <div className="progress-fill" style={{ width: `${total > 0 ? Math.round((done / total) * 100) : 0}%` }} />
      </div>
      <button type="button" className="button subtle" onClick={onCancel} disabled={cancelling}>
        Cancel cleanup
      </button>
    </section>
  );
}
