/**
 * The library list as the UI sees it: the articles (light columns only) in the chosen order,
 * narrowed by the chosen filter (a tag, with the tags below it; having highlights), refetched
 * when it goes stale (renderer/data/invalidation.ts). Old rows stay on screen while another
 * order or filter loads, and a slow, stale answer never overwrites a newer one (useCall).
 *
 * Loaded a page at a time (issue 15): the first page through useCall (so it follows events
 * like every other call), later pages as they come into view (`ensure`) or are selected (`at`).
 * `articles` is as long as the whole list (`total`); a row not loaded yet is a hole. Later
 * pages belong to the first page's answer: when it is replaced (a refetch, another order), they
 * are dropped and the pages in view are asked again for the new list.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { ArticleSummary, Input, Output, SortKey } from '../../main/contract';
import { LIBRARY_PAGE_DEFAULT } from '../../main/contract/constants';
import { api, toApiError, type ApiError } from '../api';
import { useCall } from '../data/useCall';

export type Direction = 'asc' | 'desc';
export interface Sort {
  key: SortKey;
  direction: Direction;
}

/** Rows per `library.list` call. */
export const PAGE_SIZE = LIBRARY_PAGE_DEFAULT;

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
  /** The whole list's rows by index (`length` is the total); a row not loaded yet is `undefined`. */
  articles: readonly (ArticleSummary | undefined)[] | null;
  error: ApiError | null;
  sort: Sort;
  filter: Filter;
  setFilter(filter: Filter): void;
  toggleSort(key: SortKey): void;
  refresh(): void;
  /** Drops a row at once (after a delete) instead of waiting for the refetch. */
  removeLocally(id: number): void;
  /** Loads the pages holding rows `from` to `to` (the rows in view) that are not loaded yet. */
  ensure(from: number, to: number): void;
  /** The article at `index`, loading its page if needed (undefined: past the end, or the list changed meanwhile). */
  at(index: number): Promise<ArticleSummary | undefined>;
}

type ListAnswer = Output<'library.list'>;

/** The pages after the first, of one answer of the first page. */
interface Pages {
  of: ListAnswer | undefined;
  loaded: ReadonlyMap<number, readonly ArticleSummary[]>;
}

const NO_PAGES: Pages = { of: undefined, loaded: new Map() };

export function useLibrary(): Library {
  const [sort, setSort] = useState<Sort>({ key: 'importedAt', direction: 'desc' });
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const narrow = { ...(filter.tag !== null ? { tag: filter.tag } : {}), ...(filter.hasHighlights ? { hasHighlights: true } : {}) };
  const list = useCall('library.list', { sort: sort.key, direction: sort.direction, ...narrow, offset: 0, limit: PAGE_SIZE }, { keepPrevious: true });
  const { data, answers, update, refetch: refresh } = list;
  const [pages, setPages] = useState<Pages>(NO_PAGES);
  const [pageError, setPageError] = useState<{ of: ListAnswer; error: ApiError } | null>(null);
  // Requests in flight for the current answer, by page: one request per page however often it is wanted.
  const inflight = useRef<{ of: ListAnswer | undefined; pages: Map<number, Promise<readonly ArticleSummary[] | undefined>> }>({ of: undefined, pages: new Map() });
  const loaded = pages.of === data ? pages.loaded : NO_PAGES.loaded;

  const articles = useMemo(() => {
    if (!data) return null;
    const rows = new Array<ArticleSummary | undefined>(data.total);
    data.articles.forEach((a, i) => {
      if (i < rows.length) rows[i] = a;
    });
    for (const [page, list] of loaded) {
      list.forEach((a, i) => {
        if (page * PAGE_SIZE + i < rows.length) rows[page * PAGE_SIZE + i] = a;
      });
    }
    return rows;
  }, [data, loaded]);

  /** Page `page` of the list `of` answers (asked with `input`), loaded once. */
  const loadPage = useCallback(
    (of: ListAnswer, input: Input<'library.list'>, page: number): Promise<readonly ArticleSummary[] | undefined> => {
      if (page === 0) return Promise.resolve(of.articles);
      if (inflight.current.of !== of) inflight.current = { of, pages: new Map() };
      const known = inflight.current.pages.get(page);
      if (known) return known;
      const asked = api.call('library.list', { ...input, offset: page * PAGE_SIZE, limit: PAGE_SIZE }).then(
        (answer) => {
          // Pages of a newer answer were asked meanwhile: this one's list is gone, keep theirs.
          if (inflight.current.of !== of) return answer.articles;
          setPages((current) => ({ of, loaded: new Map(current.of === of ? current.loaded : []).set(page, answer.articles) }));
          // The library changed between the first page and this one: ask again from the start.
          if (answer.total !== of.total) refresh();
          return answer.articles;
        },
        (error: unknown) => {
          // Not kept: scrolling back to it asks again.
          if (inflight.current.of === of) inflight.current.pages.delete(page);
          setPageError({ of, error: toApiError(error) });
          return undefined;
        },
      );
      inflight.current.pages.set(page, asked);
      return asked;
    },
    [refresh],
  );

  const ensure = useCallback(
    (from: number, to: number) => {
      if (!data || !answers) return;
      const last = Math.min(to, data.total - 1);
      for (let page = Math.max(0, Math.floor(from / PAGE_SIZE)); page * PAGE_SIZE <= last; page++) {
        if (page > 0 && !loaded.has(page)) void loadPage(data, answers, page);
      }
    },
    [data, answers, loaded, loadPage],
  );

  const at = useCallback(
    async (index: number): Promise<ArticleSummary | undefined> => {
      if (!data || !answers || index < 0 || index >= data.total) return undefined;
      const page = Math.floor(index / PAGE_SIZE);
      const rows = loaded.get(page) ?? (await loadPage(data, answers, page));
      return rows?.[index - page * PAGE_SIZE];
    },
    [data, answers, loaded, loadPage],
  );

  const toggleSort = useCallback((key: SortKey) => {
    setSort((current) => (current.key === key ? { key, direction: current.direction === 'asc' ? 'desc' : 'asc' } : { key, direction: FIRST_DIRECTION[key] }));
  }, []);

  // The first page's answer is replaced, so later pages are asked again, shifted by the removal.
  const removeLocally = useCallback(
    (id: number) =>
      update((answer) => {
        const articles = answer.articles.filter((a) => a.id !== id);
        const removed = articles.length < answer.articles.length || [...loaded.values()].some((page) => page.some((a) => a.id === id));
        return { ...answer, articles, total: removed ? answer.total - 1 : answer.total };
      }),
    [update, loaded],
  );

  const error = list.error ?? (pageError && pageError.of === data ? pageError.error : null);
  return { articles, error, sort, filter, setFilter, toggleSort, refresh, removeLocally, ensure, at };
}
