/** A target's backlinks (and, for a note, its unlinked mentions), refetched when notes change. */
import { useCallback, useEffect, useState } from 'react';
import type { Backlink, LinkTarget, Mention } from '../../main/contract';
import { api, toApiError, type ApiError } from '../api';
import { useNotesChanged } from './useNotesChanged';

export interface BacklinksState {
  backlinks: Backlink[] | null;
  /** Null until loaded, and always for targets other than notes. */
  mentions: Mention[] | null;
  error: ApiError | null;
  reload(): void;
}

export function useBacklinks(target: LinkTarget): BacklinksState {
  const { kind, id } = target;
  const [state, setState] = useState<{ key: string; backlinks: Backlink[] | null; mentions: Mention[] | null; error: ApiError | null }>({
    key: '',
    backlinks: null,
    mentions: null,
    error: null,
  });
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useNotesChanged(reload);

  const key = `${kind}:${id}`;
  useEffect(() => {
    let live = true;
    Promise.all([
      api.call('notes.backlinks', { target: { kind, id } }),
      kind === 'note' ? api.call('notes.unlinkedMentions', { id }) : Promise.resolve(null),
    ]).then(
      ([links, mentions]) => live && setState({ key, backlinks: links.backlinks, mentions: mentions?.mentions ?? null, error: null }),
      // A refetch that fails keeps what is on screen, with the reason beside it.
      (error: unknown) => live && setState((current) => ({ ...(current.key === key ? current : { backlinks: null, mentions: null }), key, error: toApiError(error) })),
    );
    return () => {
      live = false;
    };
  }, [kind, id, key, version]);

  // Another target's results are never shown, even for the moment before the new ones arrive.
  if (state.key !== key) return { backlinks: null, mentions: null, error: null, reload };
  return { backlinks: state.backlinks, mentions: state.mentions, error: state.error, reload };
}
