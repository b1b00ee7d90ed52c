/**
 * Search as you type: at most one question every ~120 ms while keys keep coming (the first key
 * after a pause is asked at once; the rest wait for the 120 ms since the last question, and the
 * last keystroke is always asked). A reply that arrives after a newer question was asked is
 * dropped (useCall), so the list never flickers back to an older query. Re-runs the current
 * query when the library, highlights or notes change (renderer/data/invalidation.ts), so open
 * results stay true.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Input, Output } from '../../main/contract';
import type { ApiError } from '../api';
import { useCall } from '../data/useCall';

export type SearchReply = Output<'search.query'>;
export type SearchHit = SearchReply['hits'][number];
export type SearchKind = SearchHit['kind'];
export type SavedSearch = Output<'search.saved.list'>['searches'][number];
export type KindFilter = 'all' | SearchKind;

export const TYPING_DELAY = 120;
/** Hits per kind: a screenful each when all kinds show, more when one is chosen. */
const LIMIT_ALL = 30;
const LIMIT_ONE = 200;

export interface SearchState {
  reply: SearchReply | null;
  /** The query the shown reply answers. */
  answered: string;
  busy: boolean;
  error: ApiError | null;
}

interface Question {
  query: string;
  kind: KindFilter;
}

function inputFor({ query, kind }: Question): Input<'search.query'> {
  return kind === 'all' ? { query, limit: LIMIT_ALL } : { query, limit: LIMIT_ONE, types: [kind] };
}

export function useSearch(query: string, kind: KindFilter): SearchState & { runNow(): void } {
  // The question last asked: `query` changes with every key, `asked` at most every TYPING_DELAY.
  const [asked, setAsked] = useState<Question | null>(null);
  // An empty box asks nothing (null): the view does not read the last reply then.
  const call = useCall('search.query', asked ? inputFor(asked) : null, { keepPrevious: true });
  const { refetch } = call;

  const timer = useRef<number | undefined>(undefined);
  const lastAsked = useRef(-Infinity);
  const ask = useCallback((question: Question | null) => {
    window.clearTimeout(timer.current);
    if (question) lastAsked.current = performance.now();
    setAsked((current) => (current?.query === question?.query && current?.kind === question?.kind ? current : question));
  }, []);
  useEffect(() => {
    window.clearTimeout(timer.current);
    const question = query.trim() === '' ? null : { query, kind };
    const wait = question ? Math.max(0, TYPING_DELAY - (performance.now() - lastAsked.current)) : 0;
    timer.current = window.setTimeout(() => ask(question), wait);
  }, [query, kind, ask]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const runNow = useCallback(() => {
    // The same question again (Enter on a shown reply that may be stale) asks again.
    if (query.trim() === '') return;
    if (asked?.query === query && asked.kind === kind) refetch();
    else ask({ query, kind });
  }, [asked, query, kind, ask, refetch]);

  return { reply: call.data ?? null, answered: call.answers?.query ?? '', busy: call.loading, error: call.error, runNow };
}
