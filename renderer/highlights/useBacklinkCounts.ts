/**
 * How many notes quote each highlight of the open article (“In 2 notes” in the side panel): one
 * call for the whole article (`notes.backlinkCounts`), never one per highlight, and only once the
 * article is drawn, so it never delays opening a long one. Refetched when notes change.
 */
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useNotesChanged } from '../backlinks/useNotesChanged';

const EMPTY: ReadonlyMap<number, number> = new Map();

export function useBacklinkCounts(documentId: number, ready: boolean): ReadonlyMap<number, number> {
  const [counts, setCounts] = useState<{ of: number; map: ReadonlyMap<number, number> }>({ of: documentId, map: EMPTY });
  const [version, setVersion] = useState(0);
  useNotesChanged(() => setVersion((v) => v + 1));

  useEffect(() => {
    if (!ready) return;
    let live = true;
    // After the frame that draws the article and its highlights.
    const timer = setTimeout(() => {
      api.call('notes.backlinkCounts', { documentId }).then(
        ({ counts: rows }) => live && setCounts({ of: documentId, map: new Map(rows.map((r) => [r.highlightId, r.notes])) }),
        // Counts are a hint: without them the panel still works, so a failure stays quiet.
        () => undefined,
      );
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [documentId, ready, version]);

  return counts.of === documentId ? counts.map : EMPTY;
}
