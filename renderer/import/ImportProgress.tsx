/** The running import: which file, how far, and a way to stop it. */
import { JobProgress } from '../components/JobProgress';
import { formatCount } from '../format';
import type { Progress } from './useImport';

interface Props {
  progress: Progress;
  cancelling: boolean;
  onCancel(): void;
}

export function ImportProgress({ progress, cancelling, onCancel }: Props) {
  const { done, total, current } = progress;
  const position = Math.min(done + 1, total);
  const label = cancelling
    ? `Cancelling import after ${formatCount(done)} of ${formatCount(total)}…`
    : current
      ? `Importing ${formatCount(position)} of ${formatCount(total)} — ${current}`
      : done === 0
        ? `Preparing ${formatCount(total)} ${total === 1 ? 'file' : 'files'}…`
        : `Importing ${formatCount(done)} of ${formatCount(total)}…`;
  return <JobProgress name="Import" label={label} done={done} total={total} unit="files" cancelLabel="Cancel import" cancelling={cancelling} onCancel={onCancel} />;
}
