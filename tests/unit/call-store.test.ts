import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CallStore } from '../../renderer/data/call-store';

/** A fetch whose replies the test sends, in any order. */
function manual() {
  const pending: { key: string; resolve(v: string): void; reject(e: unknown): void }[] = [];
  const fetch = (key: string) => new Promise<string>((resolve, reject) => pending.push({ key, resolve, reject }));
  return { fetch, pending };
}

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function storeWith(fetch: (key: string) => Promise<string>, merge?: (previous: string | undefined, next: string) => string) {
  return new CallStore<string, string>({ fetch, toError: (e) => String(e), merge });
}

describe('CallStore: the stale-response rule', () => {
  it('a later input wins even when the earlier reply arrives last', async () => {
    const { fetch, pending } = manual();
    const store = storeWith(fetch);
    store.request('a');
    store.request('b');
    pending[1]!.resolve('answer b');
    await flush();
    pending[0]!.resolve('answer a');
    await flush();
    expect(store.snapshot()).toMatchObject({ key: 'b', data: 'answer b', dataKey: 'b', loading: false });
  });

  it('a refetch wins over the request before it, and a stale failure is ignored too', async () => {
    const { fetch, pending } = manual();
    const store = storeWith(fetch);
    store.request('a');
    store.refetch();
    pending[0]!.reject('old failure');
    pending[1]!.resolve('fresh');
    await flush();
    expect(store.snapshot()).toMatchObject({ data: 'fresh', error: null, loading: false });
  });

  it('keeps the answer on screen while refetching, and beside a failed refetch', async () => {
    const { fetch, pending } = manual();
    const store = storeWith(fetch);
    store.request('a');
    pending[0]!.resolve('first');
    await flush();
    store.refetch();
    expect(store.snapshot()).toMatchObject({ data: 'first', dataKey: 'a', loading: true });
    pending[1]!.reject('offline');
    await flush();
    expect(store.snapshot()).toMatchObject({ data: 'first', error: 'offline', loading: false });
  });

  it('an error belongs to its input: asking for another clears it', async () => {
    const { fetch, pending } = manual();
    const store = storeWith(fetch);
    store.request('a');
    pending[0]!.reject('gone');
    await flush();
    store.request('b');
    expect(store.snapshot()).toMatchObject({ key: 'b', error: null, loading: true });
  });

  it('after stop, no reply lands', async () => {
    const { fetch, pending } = manual();
    const store = storeWith(fetch);
    const seen = vi.fn();
    store.subscribe(seen);
    store.request('a');
    store.stop();
    seen.mockClear();
    pending[0]!.resolve('late');
    await flush();
    expect(seen).not.toHaveBeenCalled();
    expect(store.snapshot().data).toBeUndefined();
  });

  it('merges a fresh answer with the previous one for the same input only', async () => {
    const { fetch, pending } = manual();
    const merge = vi.fn((previous: string | undefined, next: string) => `${previous ?? '∅'}+${next}`);
    const store = storeWith(fetch, merge);
    store.request('a');
    pending[0]!.resolve('1');
    await flush();
    store.refetch();
    pending[1]!.resolve('2');
    await flush();
    expect(store.snapshot().data).toBe('∅+1+2');
    store.request('b');
    pending[2]!.resolve('3');
    await flush();
    expect(store.snapshot().data).toBe('∅+3');
  });

  it('a local update shows at once, only on the current input’s answer', async () => {
    const { fetch, pending } = manual();
    const store = storeWith(fetch);
    store.update((d) => `${d}!`);
    expect(store.snapshot().data).toBeUndefined();
    store.request('a');
    pending[0]!.resolve('x');
    await flush();
    store.update((d) => `${d}!`);
    expect(store.snapshot().data).toBe('x!');
  });
});

describe('CallStore: invalidation', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('refetches at once, or once a burst of events has settled', () => {
    const fetch = vi.fn(() => new Promise<string>(() => undefined));
    const store = storeWith(fetch);
    store.request('a');
    store.invalidate(0);
    expect(fetch).toHaveBeenCalledTimes(2);
    store.invalidate(400);
    vi.advanceTimersByTime(300);
    store.invalidate(400);
    vi.advanceTimersByTime(300);
    expect(fetch).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(100);
    expect(fetch).toHaveBeenCalledTimes(3);
    expect(fetch).toHaveBeenLastCalledWith('a');
  });

  it('a new input or stop cancels a refetch still waiting', () => {
    const fetch = vi.fn(() => new Promise<string>(() => undefined));
    const store = storeWith(fetch);
    store.request('a');
    store.invalidate(400);
    store.stop();
    vi.advanceTimersByTime(1000);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('asks nothing for a null input', () => {
    const fetch = vi.fn(() => Promise.resolve('x'));
    const store = storeWith(fetch);
    store.request(null);
    store.invalidate(0);
    expect(fetch).not.toHaveBeenCalled();
    expect(store.snapshot().loading).toBe(false);
  });
});
