/**
 * How many notes quote each highlight of the open article (“In 2 notes” in the side panel): one
 * call for the whole article (`notes.backlinkCounts`), never one per highlight, and only once the
 * article is drawn (`ready`: its highlights have arrived; the call then starts from an effect,
 * after that frame is painted), so it never delays opening a long one. Refetched when notes change.
 */
import { useMemo } from 'react';
import { useCall } from '../data/useCall';

const EMPTY: ReadonlyMap<number, number> = new Map();

export function useBacklinkCounts(documentId: number, ready: boolean): ReadonlyMap<number, number> {
  // Failures stay quiet: counts are a hint, and the panel works without them.
  const { data } = useCall('notes.backlinkCounts', ready ? { documentId } : null);
  return useMemo(() => (data ? new Map(data.counts.map((r) => [r.highlightId, r.notes])) : EMPTY), [data]);
}
