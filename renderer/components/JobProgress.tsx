/** A long job's progress (import, re-running cleanup): what it is doing, how far, and Cancel. */
import { useId } from 'react';
import { formatCount } from '../format';

interface Props {
  /** The job's name: the section is "<name>", the bar "<name> progress". */
  name: string;
  label: string;
  done: number;
  total: number;
  /** What is counted, plural ("files", "articles"), for the bar's spoken value. */
  unit: string;
  cancelLabel: string;
  cancelling: boolean;
  onCancel(): void;
}

export function JobProgress({ name, label, done, total, unit, cancelLabel, cancelling, onCancel }: Props) {
  const labelId = useId();
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  return (
    <section className="import-progress" aria-label={name}>
      <p id={labelId} className="import-progress-label" title={label}>
        {label}
      </p>
      <div
        role="progressbar"
        aria-label={`${name} progress`}
        aria-describedby={labelId}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${formatCount(done)} of ${formatCount(total)} ${unit}`}
        className="progress-track"
      >
        <div className="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <button type="button" className="button subtle" onClick={onCancel} disabled={cancelling}>
        {cancelLabel}
      </button>
    </section>
  );
}
