/**
 * The library list as the UI sees it: every article (light columns only) in the chosen order,
 * narrowed by the chosen filter (a tag, with the tags below it; having highlights), refetched
 * whenever the Node side says the library changed. Old rows stay on screen while a refetch is
 * in flight, and a slow, stale answer never overwrites a newer one.
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

export interface Filter {
  tag: string | null;
  hasHighlights: boolean;
}

export const NO_FILTER: Filter = { tag: null, hasHighlights: false };

export function isFiltered(filter: Filter): boolean {
  return filter.tag !== null || filter.hasHighlights;
}

export interface Library {
  articles: ArticleSummary[] | null;
  error: ApiError | null;
  sort: Sort;
  filter: Filter;
  setFilter(filter: Filter): void;
  toggleSort(key: SortKey): void;
  refresh(): void;
  /** Drops a row at once (after a delete) instead of waiting for the refetch. */
  removeLocally(id: number): void;
}

export function useLibrary(): Library {
  const [sort, setSort] = useState<Sort>({ key: 'importedAt', direction: 'desc' });
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  // Bumped by "library changed" events and explicit refreshes; each bump refetches.
  const [version, setVersion] = useState(0);

  useEffect(() => api.on('library.changed', () => setVersion((v) => v + 1)), []);
  // Highlights do not change the list, except when it shows only articles that have some.
  useEffect(() => (filter.hasHighlights ? api.on('highlights.changed', () => setVersion((v) => v + 1)) : undefined), [filter.hasHighlights]);

  useEffect(() => {
    let live = true;
    const narrow = { ...(filter.tag !== null ? { tag: filter.tag } : {}), ...(filter.hasHighlights ? { hasHighlights: true } : {}) };
    api.call('library.list', { sort: sort.key, direction: sort.direction, ...narrow }).then(
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
  }, [sort, filter, version]);

  const toggleSort = useCallback((key: SortKey) => {
    setSort((current) => (current.key === key ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: FIRST_DIRECTION[key] }));
  }, []);

  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  const removeLocally = useCallback((id: number) => {
    setArticles((list) => (list ? list.filter((a) => a.id !== id) : list));
  }, []);

  return { articles, error, sort, filter, setFilter, toggleSort, refresh, removeLocally };
}
