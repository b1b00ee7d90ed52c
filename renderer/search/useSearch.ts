/**
 * Search as you type: at most one question every ~120 ms while keys keep coming (the first key
 * after a pause is asked at once; the rest wait for the 120 ms since the last question, and the
 * last keystroke is always asked). A reply that arrives after a newer question was asked is
 * dropped (sequence numbers), so the list never flickers back to an older query. Re-runs the
 * current query when the library, highlights or notes change, so open results stay true.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Output } from '../../main/contract';
import { api, toApiError, type ApiError } from '../api';

export type SearchReply = Output<'search.query'>;
export type SearchHit = SearchReply['hits'][number];
export type SearchKind = SearchHit['kind'];
export type SavedSearch = Output<'search.saved.list'>['searches'][number];
export type KindFilter = 'all' | SearchKind;

export const TYPING_DELAY = 120;
const CHANGE_DELAY = 400;
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

/** Debounced `fn`, plus a way to run it now. */
function useDebounced(fn: () => void, delay: number): { schedule(): void; cancel(): void } {
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef(fn);
  useEffect(() => {
    latest.current = fn;
  });
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return {
    schedule: useCallback(() => {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => latest.current(), delay);
    }, [delay]),
    cancel: useCallback(() => window.clearTimeout(timer.current), []),
  };
}

/** Runs `fn` (debounced) whenever the library, highlights or notes change. */
export function useLibraryChanges(fn: () => void, delay = CHANGE_DELAY): void {
  const { schedule } = useDebounced(fn, delay);
  useEffect(() => {
    const offs = [api.on('library.changed', schedule), api.on('highlights.changed', schedule), api.on('notes.changed', schedule)];
    return () => offs.forEach((off) => off());
  }, [schedule]);
}

export function useSearch(query: string, kind: KindFilter): SearchState & { runNow(): void } {
  const [state, setState] = useState<SearchState>({ reply: null, answered: '', busy: false, error: null });
  const seq = useRef(0);

  const run = useCallback(() => {
    const id = ++seq.current;
    // An empty box shows nothing; the view does not read the last reply then.
    if (query.trim() === '') return;
    setState((s) => ({ ...s, busy: true }));
    const input = kind === 'all' ? { query, limit: LIMIT_ALL } : { query, limit: LIMIT_ONE, types: [kind] };
    api.call('search.query', input).then(
      (reply) => {
        if (id === seq.current) setState({ reply, answered: query, busy: false, error: null });
      },
      (error: unknown) => {
        if (id === seq.current) setState((s) => ({ ...s, busy: false, error: toApiError(error) }));
      },
    );
  }, [query, kind]);

  const timer = useRef<number | undefined>(undefined);
  const lastAsked = useRef(-Infinity);
  const cancel = useCallback(() => window.clearTimeout(timer.current), []);
  const ask = useCallback(() => {
    lastAsked.current = performance.now();
    run();
  }, [run]);
  useEffect(() => {
    // Any change makes a reply still on its way stale.
    seq.current++;
    cancel();
    if (query.trim() === '') return;
    const wait = TYPING_DELAY - (performance.now() - lastAsked.current);
    if (wait <= 0) ask();
    else timer.current = window.setTimeout(ask, wait);
  }, [query, kind, ask, cancel]);
  useEffect(() => cancel, [cancel]);
  useLibraryChanges(run);

  const runNow = useCallback(() => {
    cancel();
    ask();
  }, [cancel, ask]);
  return { ...state, runNow };
}
