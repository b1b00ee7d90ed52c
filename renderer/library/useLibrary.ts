/**
 * The library list as the UI sees it: every article (light columns only) in the chosen order,
 * refetched whenever the Node side says the library changed. Old rows stay on screen while a
 * refetch is in flight, and a slow, stale answer never overwrites a newer one.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ArticleSummary, SortKey } from '../../main/contract';
import { api, toApiError, type ApiError } from '../api';

export type Direction = 'asc' | 'desc';
export interface Sort {
  key: SortKey;
  direction: Direction;
}

/** Text reads best A→Z; numbers and dates are most useful newest or largest first. */
const FIRST_DIRECTION: Record<SortKey, Direction> = {
  title: 'asc',
  site: 'asc',
  publishedAt: 'desc',
  wordCount: 'desc',
  importedAt: 'desc',
};

export interface Library {
  articles: ArticleSummary[] | null;
  error: ApiError | null;
  sort: Sort;
  toggleSort(key: SortKey): void;
  refresh(): void;
  /** Drops a row at once (after a delete) instead of waiting for the refetch. */
  removeLocally(id: number): void;
}

export function useLibrary(): Library {
  const [sort, setSort] = useState<Sort>({ key: 'importedAt', direction: 'desc' });
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // Bumped by "library changed" events and explicit refreshes; each bump refetches.
  const [version, setVersion] = useState(0);

  useEffect(() => api.on('library.changed', () => setVersion((v) => v + 1)), []);

  useEffect(() => {
    let live = true;
    api.call('library.list', { sort: sort.key, direction: sort.direction }).then(
      (result) => {
        if (!live) return;
        setArticles(result.articles);
        setError(null);
      },
      (failure: unknown) => live && setError(toApiError(failure)),
    );
    return () => {
      live = false;
    };
  }, [sort, version]);

  const toggleSort = useCallback((key: SortKey) => {
    setSort((current) => (current.key === key ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: FIRST_DIRECTION[key] }));
  }, []);

  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  const removeLocally = useCallback((id: number) => {
    setArticles((list) => (list ? list.filter((a) => a.id !== id) : list));
  }, []);

  return { articles, error, sort, toggleSort, refresh, removeLocally };
}
