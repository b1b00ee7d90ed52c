/**
 * The review's figures (`review.stats`): due today, done today, the streak, and a heat map of
 * answers per day, weeks as columns (Monday at the top). The map is an image with a text
 * alternative saying what it shows; each day's square also has a tooltip.
 */
import type { ReviewStats } from '../../main/contract/review';
import type { ApiError } from '../api';
import { LoadError } from '../components/LoadError';

interface Props {
  stats: ReviewStats | undefined;
  error: ApiError | null;
  onRetry(): void;
}

/** 0 (none) to 4 (most), relative to the busiest day shown. */
export function heatLevel(count: number, most: number): number {
  if (count <= 0 || most <= 0) return 0;
  return Math.min(4, Math.ceil((count / most) * 4));
}

/** Monday 0 … Sunday 6, from a `YYYY-MM-DD` date (read as a calendar date, not an instant). */
function weekday(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return (new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay() + 6) % 7;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function heatMapSummary(days: ReviewStats['days']): string {
  const active = days.filter((d) => d.count > 0);
  const total = active.reduce((sum, d) => sum + d.count, 0);
  const most = active.reduce<{ day: string; count: number } | null>((best, d) => (best && best.count >= d.count ? best : d), null);
  const span = `Answers per day over the last ${plural(days.length, 'day', 'days')}`;
  if (!most) return `${span}: none yet.`;
  return `${span}: ${plural(total, 'answer', 'answers')} on ${plural(active.length, 'day', 'days')}; the most, ${most.count}, on ${most.day}.`;
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
