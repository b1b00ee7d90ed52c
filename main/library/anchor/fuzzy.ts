import search from 'approx-string-match';

/**
 * Bounded approximate search (Myers' bit-parallel algorithm from `approx-string-match`, whose
 * cost grows with text length × ceil(maxErrors / 32)). Every scan over a whole text allows at
 * most 16 errors, so a scan is a single pass with one or two 32-bit blocks per character.
 * Long quotes are not scanned whole: a few 32-character seeds of the quote are scanned instead,
 * and the full quote is aligned only in small regions the seeds point to, where a larger error
 * budget (a quarter of the quote) is cheap.
 */

export interface ApproxMatch {
  start: number;
  end: number;
  errors: number;
}

/** Quotes up to this long are scanned whole. */
const WHOLE_PATTERN_MAX = 64;
const SEED_LENGTH = 32;
const MAX_SEEDS = 5;
/** Aligning a very long quote costs length × budget / 32; this keeps it to a few million steps. */
const MAX_VERIFY_ERRORS = 1000;
// Small enough that a degenerate text hits MAX_MATCHES after little work; large next to the overlap.
const CHUNK = 8192;
/** Past this many equally good matches the quote is hopelessly ambiguous; stop collecting. */
const MAX_MATCHES = 2000;
const MAX_REGIONS = 8;

/** Errors tolerated for a quote of `length` normalised characters (a quarter, as edits go). */
export function errorBudget(length: number): number {
  return Math.min(Math.floor(length / 4), MAX_VERIFY_ERRORS);
}

/**
 * Lowest-error matches of `pattern` in text[from, to), scanning in chunks so that memory stays
 * flat and so that a degenerate text (the same letter a million times) stops early.
 */
export function scan(text: string, pattern: string, maxErrors: number, from: number, to: number): ApproxMatch[] {
  let budget = maxErrors;
  let best: ApproxMatch[] = [];
  const overlap = pattern.length + maxErrors;
  for (let p = from; p < to; p += CHUNK) {
    const lo = Math.max(from, p - overlap);
    const hi = Math.min(to, p + CHUNK);
    // Chunks overlap by a match's maximum length; only matches ending in this chunk's own
    // part are kept, so each match is reported once and always seen whole.
    const found = search(text.slice(lo, hi), pattern, budget);
    for (const m of found) {
      const end = lo + m.end;
      if (p > from && end <= p) continue;
      const bestErrors = best[0]?.errors;
      if (bestErrors !== undefined && m.errors > bestErrors) continue;
      if (bestErrors !== undefined && m.errors < bestErrors) best = [];
      best.push({ start: lo + m.start, end, errors: m.errors });
      budget = m.errors;
    }
    if (best.length >= MAX_MATCHES) break;
  }
  return best;
}

/** Approximate places of `pattern` in text[from, to), best alignment per place. */
export function findApprox(text: string, pattern: string, from: number, to: number, hint?: number): ApproxMatch[] {
  const m = pattern.length;
  const budget = errorBudget(m);
  if (budget === 0 || to - from <= 0) return [];
  if (m <= WHOLE_PATTERN_MAX) return scan(text, pattern, budget, from, to);

  // Each seed's matches vote for where the quote would start.
  const seedCount = Math.min(MAX_SEEDS, Math.max(2, Math.ceil(m / 96)));
  const votes: { start: number; seed: number }[] = [];
  for (let s = 0; s < seedCount; s += 1) {
    const offset = Math.round((s * (m - SEED_LENGTH)) / (seedCount - 1));
    const seed = pattern.slice(offset, offset + SEED_LENGTH);
    for (const match of scan(text, seed, SEED_LENGTH / 4, from, to)) votes.push({ start: match.start - offset, seed: s });
  }
  if (votes.length === 0) return [];

  votes.sort((a, b) => a.start - b.start);
  const tolerance = budget + SEED_LENGTH;
  const regions: { lo: number; hi: number; seeds: Set<number> }[] = [];
  for (const vote of votes) {
    const last = regions[regions.length - 1];
    // Regions stay about a quote long, so aligning in one stays cheap even on degenerate text.
    if (last && vote.start - last.hi <= tolerance && vote.start - last.lo <= m) {
      last.hi = vote.start;
      last.seeds.add(vote.seed);
    } else {
      regions.push({ lo: vote.start, hi: vote.start, seeds: new Set([vote.seed]) });
    }
  }
  // Regions most seeds agree on first; nearness to the old position breaks ties.
  const near = (r: { lo: number }): number => (hint === undefined ? 0 : Math.abs(r.lo - hint));
  regions.sort((a, b) => b.seeds.size - a.seeds.size || near(a) - near(b) || a.lo - b.lo);

  const results: ApproxMatch[] = [];
  for (const region of regions.slice(0, MAX_REGIONS)) {
    const lo = Math.max(from, region.lo - budget - SEED_LENGTH);
    const hi = Math.min(to, region.hi + m + budget + SEED_LENGTH);
    const aligned = search(text.slice(lo, hi), pattern, budget);
    const chosen = pickAlignment(aligned, m);
    if (chosen) results.push({ start: lo + chosen.start, end: lo + chosen.end, errors: chosen.errors });
  }
  return results;
}

/** Of several equally cheap alignments in one place, the one closest to the quote's length. */
function pickAlignment(matches: ApproxMatch[], length: number): ApproxMatch | undefined {
  let chosen: ApproxMatch | undefined;
  for (const m of matches) {
    if (
      !chosen ||
      m.errors < chosen.errors ||
      (m.errors === chosen.errors && Math.abs(m.end - m.start - length) < Math.abs(chosen.end - chosen.start - length))
    ) {
      chosen = m;
    }
  }
  return chosen;
}
