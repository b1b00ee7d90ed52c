/** The review heat map's arithmetic and words, without React (unit-tested). */
import type { ReviewStats } from '../../main/contract/review';

/** 0 (none) to 4 (most), relative to the busiest day shown. */
export function heatLevel(count: number, most: number): number {
  if (count <= 0 || most <= 0) return 0;
  return Math.min(4, Math.ceil((count / most) * 4));
}

/** Monday 0 … Sunday 6, from a `YYYY-MM-DD` date (read as a calendar date, not an instant). */
export function weekday(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return (new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay() + 6) % 7;
}

export function plural(n: number, one: string, many: string): string {
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
