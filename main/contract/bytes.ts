/**
 * A file's size as people read it ("512 B", "3.4 MB"), for the CLI and the window alike.
 * `count` writes the bytes below 1 KB (the window groups digits, the CLI does not).
 */
export function formatBytes(bytes: number, count: (n: number) => string = String): string {
  if (bytes < 1024) return `${count(bytes)} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}
