/**
 * The library list as the UI sees it: every article (light columns only) in the chosen order,
 * narrowed by the chosen filter (a tag, with the tags below it; having highlights), refetched
 * when it goes stale (renderer/data/invalidation.ts). Old rows stay on screen while another
 * order or filter loads, and a slow, stale answer never overwrites a newer one (useCall).
 */
import { useCallback, useState } from 'react';
import type { ArticleSummary, SortKey } from '../../main/contract';
import type { ApiError } from '../api';
import { useCall } from '../data/useCall';

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
  const narrow = { ...(filter.tag !== null ? { tag: filter.tag } : {}), ...(filter.hasHighlights ? { hasHighlights: true } : {}) };
  const list = useCall('library.list', { sort: sort.key, direction: sort.direction, ...narrow }, { keepPrevious: true });
  const { update, refetch: refresh } = list;

  const toggleSort = useCallback((key: SortKey) => {
    setSort((current) => (current.key === key ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: FIRST_DIRECTION[key] }));
  }, []);

  const removeLocally = useCallback((id: number) => update(({ articles }) => ({ articles: articles.filter((a) => a.id !== id) })), [update]);

  return { articles: list.data?.articles ?? null, error: list.error, sort, filter, setFilter, toggleSort, refresh, removeLocally };
}
