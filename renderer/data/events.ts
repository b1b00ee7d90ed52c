/**
 * One bridge listener per event for every `useCall` in the window, however many are mounted: in
 * Electron each bridge listener is another IPC listener that sees every event, so a panel with
 * many calls would otherwise multiply the work of each push.
 */
import type { EventName, EventPayload } from '../../main/contract';
import { api } from '../api';

type Listener = (payload: never) => void;

const hubs = new Map<EventName, { listeners: Set<Listener>; off: () => void }>();

export function onEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  let hub = hubs.get(event);
  if (!hub) {
    const listeners = new Set<Listener>();
    // Each listener in this set was added for `event`, so it takes this event's payload.
    const off = api.on(event, (payload) => listeners.forEach((l) => (l as (p: EventPayload<E>) => void)(payload)));
    hub = { listeners, off };
    hubs.set(event, hub);
  }
  const { listeners } = hub;
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && hubs.get(event)?.listeners === listeners) {
      hubs.get(event)?.off();
      hubs.delete(event);
    }
  };
}
