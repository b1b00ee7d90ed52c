/** The running library-wide cleanup: how far, and a way to stop it. */
import { JobProgress } from '../components/JobProgress';
import { formatCount } from '../format';

interface Props {
  done: number;
  total: number;
  cancelling: boolean;
  onCancel(): void;
}

export function RecleanProgress({ done, total, cancelling, onCancel }: Props) {
  const label = cancelling
    ? `Cancelling cleanup after ${formatCount(done)} of ${formatCount(total)}…`
    : total === 0
      ? 'Preparing to re-run cleanup…'
      : `Re-running cleanup: ${formatCount(done)} of ${formatCount(total)} articles`;
  return <JobProgress name="Cleanup" label={label} done={done} total={total} unit="articles" cancelLabel="Cancel cleanup" cancelling={cancelling} onCancel={onCancel} />;
}
