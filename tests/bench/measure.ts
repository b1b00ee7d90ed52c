/**
 * The measuring and printing helpers every bench shares, so their figures are taken and shown
 * the same way and a fix to one (a percentile, a warm-up) reaches them all.
 */
import { performance } from 'node:perf_hooks';

/** A printer of `label value` lines, labels padded to `width` so each bench's column lines up with its own labels. */
export function rowPrinter(width: number): (label: string, value: string) => void {
  return (label, value) => console.log(`${label.padEnd(width)} ${value}`);
}

const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);

export const median = (xs: readonly number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;

/** The value at fraction `q` of the sorted runs (index ⌊q·n⌋), as the search bench reports p50/p95. */
export const quantile = (xs: readonly number[], q: number) => {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

/** Nearest-rank 95th percentile (index ⌈0.95·n⌉ − 1): one step lower than `quantile(xs, 0.95)` on some sizes, and the notes bench's figures were taken this way. */
export const p95 = (xs: readonly number[]) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;

export const ms = (x: number) => `${x.toFixed(1)} ms`;

export const spread = (xs: readonly number[]) => `median ${ms(median(xs))} (min ${ms(Math.min(...xs))}, max ${ms(Math.max(...xs))}, ${xs.length} runs)`;

/** Times `runs` calls of `work(i)`, after one untimed `work(-1)`. */
export function time(runs: number, work: (i: number) => unknown): number[] {
  work(-1); // warm the statement cache, as a running app has
  return Array.from({ length: runs }, (_, i) => {
    const t0 = performance.now();
    work(i);
    return performance.now() - t0;
  });
}
