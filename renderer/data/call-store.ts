/**
 * One call's answer over time, without React: which request's reply counts, what stays on
 * screen while the next one is in flight, and refetches that wait for a burst of events to end.
 * `useCall` wraps one of these per component; the rules live here so they are unit-tested
 * (tests/unit/call-store.test.ts) without a browser.
 *
 * Inputs are identified by a key (the hook uses the input's JSON), so a caller may pass a new
 * object with the same contents on every render without asking again.
 */

export interface CallSnapshot<T, E> {
  /** The input last asked for (null: nothing is asked). */
  key: string | null;
  /** The newest answer taken, and the input it answers. */
  data: T | undefined;
  dataKey: string | null;
  /** Why the last request for `key` failed; the data it had stays beside it. */
  error: E | null;
  /** A request for `key` is in flight. */
  loading: boolean;
}

export interface CallStoreOptions<T, E> {
  fetch(key: string): Promise<T>;
  toError(failure: unknown): E;
  /**
   * Builds what is kept from a fresh answer and the previous one for the same input, e.g. to
   * keep unchanged objects so memoised views skip them.
   */
  merge?(previous: T | undefined, next: T): T;
}

export class CallStore<T, E> {
  /** The newest request's ticket: only its reply is taken (a later input or refetch wins). */
  private ticket = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private state: CallSnapshot<T, E> = { key: null, data: undefined, dataKey: null, error: null, loading: false };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: CallStoreOptions<T, E>) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): CallSnapshot<T, E> => this.state;

  /** Asks for `key`: a new input, or the same one again. Any reply still on its way is ignored from now on. */
  request(key: string | null): void {
    clearTimeout(this.timer);
    const ticket = ++this.ticket;
    if (key === null) {
      this.set({ ...this.state, key, error: null, loading: false });
      return;
    }
    // Another input's error does not belong to this one; the same input's stays until answered.
    this.set({ ...this.state, key, error: key === this.state.key ? this.state.error : null, loading: true });
    this.options.fetch(key).then(
      (value) => {
        if (ticket !== this.ticket) return;
        const previous = this.state.dataKey === key ? this.state.data : undefined;
        const data = this.options.merge ? this.options.merge(previous, value) : value;
        this.set({ key, data, dataKey: key, error: null, loading: false });
      },
      (failure: unknown) => {
        if (ticket !== this.ticket) return;
        this.set({ ...this.state, error: this.options.toError(failure), loading: false });
      },
    );
  }

  /** Asks again for the current input. */
  refetch(): void {
    this.request(this.state.key);
  }

  /** Something it reads changed: refetch after `waitMs` without another such call (0: now). */
  invalidate(waitMs: number): void {
    clearTimeout(this.timer);
    if (waitMs <= 0) this.refetch();
    else this.timer = setTimeout(() => this.refetch(), waitMs);
  }

  /** A change the UI made itself, shown at once; the next answer replaces it. */
  update(change: (data: T) => T): void {
    const { data, dataKey, key } = this.state;
    if (data === undefined || dataKey !== key) return;
    this.set({ ...this.state, data: change(data) });
  }

  /** The component is gone: no reply or pending refetch may touch it any more. */
  stop(): void {
    clearTimeout(this.timer);
    this.ticket++;
  }

  private set(next: CallSnapshot<T, E>): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
