/** "just now", "5 min ago", "yesterday": how long ago a note changed, in the user's language. */

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto', style: 'short' });
const date = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export function relativeTime(iso: string, now: Date = new Date()): string {
  const then = new Date(iso);
  const seconds = Math.round((then.getTime() - now.getTime()) / 1000);
  if (Number.isNaN(seconds)) return '';
  const ago = -seconds;
  if (ago < 45) return 'just now';
  if (ago < 3600) return relative.format(-Math.round(ago / 60), 'minute');
  if (ago < 86_400) return relative.format(-Math.round(ago / 3600), 'hour');
  if (ago < 7 * 86_400) return relative.format(-Math.round(ago / 86_400), 'day');
  return date.format(then);
}
