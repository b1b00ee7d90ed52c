/**
 * The renderer's server data: `useCall(method, input)` asks the library once per input and again
 * whenever a push event makes the answer stale (renderer/data/invalidation.ts says which), keeps
 * the last answer on screen meanwhile, and takes only the newest request's reply. Typed from the
 * contract: `data` is the method's output. There is no shared cache: each component owns its
 * answer, as before (two views of the same call ask twice).
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Input, Method, Output } from '../../main/contract';
import { api, toApiError, type ApiError } from '../api';
import { CallStore } from './call-store';
import { onEvent } from './events';
import { eventsInvalidating, staleAfter } from './invalidation';

export interface CallOptions<M extends Method> {
  /**
   * Builds the kept answer from the previous one for the same input and the fresh one (e.g.
   * reusing unchanged objects). Read once per component: pass a module-level function.
   */
  merge?: (previous: Output<M> | undefined, next: Output<M>) => Output<M>;
  /** Show the last answer to an earlier input while the new input loads (`previous` is then true). */
  keepPrevious?: boolean;
  /** false: events do not refetch (the caller refetches when it matters, e.g. a list not shown). */
  follow?: boolean;
}

export interface CallResult<M extends Method> {
  /** The answer to this input (kept while it is refetched), or with `keepPrevious` an earlier one. */
  data: Output<M> | undefined;
  /** Why the last request for this input failed; `data` keeps what it had. */
  error: ApiError | null;
  /** A request for this input is in flight (the first one or a refetch). */
  loading: boolean;
  /** `data` answers an earlier input (only with `keepPrevious`). */
  previous: boolean;
  /** The input `data` answers. */
  answers: Input<M> | undefined;
  refetch(): void;
  /** Applies a change the UI made itself at once; the next answer replaces it. */
  update(change: (data: Output<M>) => Output<M>): void;
}

/** `input: null` asks nothing (the call waits for something it needs). */
export function useCall<M extends Method>(method: M, input: Input<M> | null, options: CallOptions<M> = {}): CallResult<M> {
  const { merge, keepPrevious = false, follow = true } = options;
  // The method is in the key, so a component that switches methods never takes the other's reply.
  const key = input === null ? null : JSON.stringify([method, input]);
  const [store] = useState(
    () =>
      new CallStore<Output<M>, ApiError>({
        fetch: (asked) => {
          const [m, i] = JSON.parse(asked) as [M, Input<M>];
          return api.call(m, i);
        },
        toError: toApiError,
        merge,
      }),
  );

  useEffect(() => store.request(key), [store, key]);
  useEffect(() => () => store.stop(), [store]);

  useEffect(() => {
    if (key === null || !follow) return;
    const [, asked] = JSON.parse(key) as [M, Input<M>];
    const offs = eventsInvalidating(method).map((event) =>
      onEvent(event, (payload) => {
        const wait = staleAfter(event, payload, method, asked);
        if (wait !== null) store.invalidate(wait);
      }),
    );
    return () => offs.forEach((off) => off());
  }, [store, method, key, follow]);

  const refetch = useCallback(() => store.refetch(), [store]);
  const update = useCallback((change: (data: Output<M>) => Output<M>) => store.update(change), [store]);

  const snap = useSyncExternalStore(store.subscribe, store.snapshot);
  const answered = key !== null && snap.dataKey === key;
  const data = answered || (keepPrevious && key !== null) ? snap.data : undefined;
  const answers = useMemo(() => (snap.dataKey === null ? undefined : (JSON.parse(snap.dataKey) as [M, Input<M>])[1]), [snap.dataKey]);
  return {
    data,
    previous: data !== undefined && !answered,
    answers: data === undefined ? undefined : answers,
    error: key !== null && snap.key === key ? snap.error : null,
    loading: key !== null && (snap.key !== key || snap.loading),
    refetch,
    update,
  };
}
