/** A target's backlinks (and, for a note, its unlinked mentions), refetched once a burst of note saves settles. */
import { useCallback } from 'react';
import type { Backlink, LinkTarget, Mention } from '../../main/contract';
import type { ApiError } from '../api';
import { useCall } from '../data/useCall';

export interface BacklinksState {
  backlinks: Backlink[] | null;
  /** Null until loaded, and always for targets other than notes. */
  mentions: Mention[] | null;
  error: ApiError | null;
  reload(): void;
}

export function useBacklinks(target: LinkTarget): BacklinksState {
  const { kind, id } = target;
  // Another target's results are never shown, even for the moment before the new ones arrive.
  const links = useCall('notes.backlinks', { target: { kind, id } });
  const mentions = useCall('notes.unlinkedMentions', kind === 'note' ? { id } : null);
  const { refetch: reloadLinks } = links;
  const { refetch: reloadMentions } = mentions;
  const reload = useCallback(() => {
    reloadLinks();
    reloadMentions();
  }, [reloadLinks, reloadMentions]);

  // Shown together, as one answer: the mentions' list does not appear before the backlinks'.
  const ready = links.data !== undefined && (kind !== 'note' || mentions.data !== undefined);
  return {
    backlinks: ready ? (links.data?.backlinks ?? null) : null,
    mentions: ready ? (mentions.data?.mentions ?? null) : null,
    error: links.error ?? mentions.error,
    reload,
  };
}
