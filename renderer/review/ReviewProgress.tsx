/**
 * The review's figures (`review.stats`): due today, done today, the streak, and a heat map of
 * answers per day, weeks as columns (Monday at the top). The map is an image with a text
 * alternative saying what it shows; each day's square also has a tooltip.
 */
import type { ReviewStats } from '../../main/contract/review';
import type { ApiError } from '../api';
import { LoadError } from '../components/LoadError';
import { heatLevel, heatMapSummary, plural, weekday } from './heatmap';

interface Props {
  stats: ReviewStats | undefined;
  error: ApiError | null;
  onRetry(): void;
}

export function ReviewProgress({ stats, error, onRetry }: Props) {
  if (!stats)
    return (
      <aside className="review-progress" aria-label="Review progress">
        {error ? <LoadError what="load your review progress" message={error.message} onRetry={onRetry} /> : <p className="pane-placeholder">Counting…</p>}
      </aside>
    );
  const most = Math.max(0, ...stats.days.map((d) => d.count));
  const lead = stats.days.length > 0 ? weekday(stats.days[0]!.day) : 0;
  return (
    <aside className="review-progress" aria-label="Review progress">
      <h2 className="pane-title">Progress</h2>
      <ul className="review-figures" aria-label="Today">
        <li>
          Due today: <strong>{stats.dueToday}</strong>
        </li>
        <li>
          Done today: <strong>{stats.doneToday}</strong>
        </li>
        <li>
          Streak: <strong>{plural(stats.streak, 'day', 'days')}</strong>
        </li>
      </ul>
      <div className="review-heatmap" role="img" aria-label={heatMapSummary(stats.days)}>
        {Array.from({ length: lead }, (_, i) => (
          <span key={`lead-${i}`} className="heat-cell heat-blank" />
        ))}
        {stats.days.map((d) => (
          <span key={d.day} className={`heat-cell heat-${heatLevel(d.count, most)}`} title={`${d.day}: ${plural(d.count, 'answer', 'answers')}`} />
        ))}
      </div>
    </aside>
  );
}
