import type { EventName, EventPayload, Method, Output, ParsedInput } from '../contract';

/** What a handler can do besides returning: push events to the UI that called it. */
export interface HandlerContext {
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
}

export type Handler<M extends Method> = (input: ParsedInput<M>, ctx: HandlerContext) => Output<M> | Promise<Output<M>>;

export type Handlers = { [M in Method]: Handler<M> };

/** The OS-facing slice each host implements its own way. */
export type HostMethod = Extract<Method, `host.${string}`>;
export type HostHandlers = { [M in HostMethod]: Handler<M> };
export type CoreHandlers = { [M in Exclude<Method, HostMethod>]: Handler<M> };
