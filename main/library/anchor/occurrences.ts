/** Occurrences listed before a quote counts as too common to list exhaustively. */
const MAX_OCCURRENCES = 5000;

/**
 * Starts of `needle` in `haystack` (overlapping ones included: "ana" twice in "bananas"), the
 * nearest to `hint` first. A very common quote ("the" in a 5 MB book) is not listed
 * exhaustively: the nearest few thousand are, plus every place where it appears together with
 * its stored context (`before`, `after`), since those are the places that can win.
 */
export function occurrences(haystack: string, needle: string, before: string, after: string, hint?: number): number[] {
  const { starts, complete } = nearest(haystack, needle, hint);
  if (complete) return starts;
  const all = new Set(starts);
  const probes: [string, number][] = [
    [before + needle + after, before.length],
    [before + needle, before.length],
    [needle + after, 0],
  ];
  for (const [probe, offset] of probes) {
    if (probe.length === needle.length) continue;
    for (const start of nearest(haystack, probe, hint).starts) all.add(start + offset);
  }
  return [...all];
}

function nearest(haystack: string, needle: string, hint: number | undefined): { starts: number[]; complete: boolean } {
  const starts: number[] = [];
  if (hint === undefined) {
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
      if (starts.length === MAX_OCCURRENCES) return { starts, complete: false };
      starts.push(at);
    }
    return { starts, complete: true };
  }
  // Walk outward from the hint in both directions, always taking the nearer occurrence.
  let forward = haystack.indexOf(needle, hint);
  let backward = hint > 0 ? haystack.lastIndexOf(needle, hint - 1) : -1;
  while (forward !== -1 || backward !== -1) {
    if (starts.length === MAX_OCCURRENCES) return { starts, complete: false };
    if (backward === -1 || (forward !== -1 && forward - hint <= hint - backward)) {
      starts.push(forward);
      forward = haystack.indexOf(needle, forward + 1);
    } else {
      starts.push(backward);
      backward = backward > 0 ? haystack.lastIndexOf(needle, backward - 1) : -1;
    }
  }
  return { starts, complete: true };
}
