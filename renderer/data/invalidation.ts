/**
 * Which push events make which calls' answers stale: the one table every `useCall` reads, so no
 * view picks its own events (and forgets one). Written from what each call *reads*: an answer is
 * stale when an event says something it reads changed. Pure data and two pure queries, unit
 * tested in tests/unit/invalidation.test.ts.
 */
import type { EventName, EventPayload, Input, Method } from '../../main/contract';

/** Autosave sends `notes.changed` every few hundred ms while the user types: refetch once it settles. */
const NOTE_BURST_MS = 400;
/** The notes list shows titles being typed: it follows a little closer than the rest. */
const NOTE_LIST_MS = 200;
/** Search re-runs whole queries: any burst of changes (an import, a typing note) asks once. */
const SEARCH_MS = 400;

export interface Rule<E extends EventName> {
  method: Method;
  /** false: this event is about something the call with this input does not read. Absent: every call. */
  about?: (payload: EventPayload<E>, input: unknown) => boolean;
  /** Wait this long after the last such event before refetching (0: at once). */
  settleMs: number;
}

/**
 * One rule. `input` is typed from the contract here; the hook only ever asks a rule about the
 * input of a call of the rule's own method, which is what makes the cast below sound.
 */
function stale<M extends Method, E extends EventName>(method: M, about?: (payload: EventPayload<E>, input: Input<M>) => boolean, settleMs = 0): Rule<E> {
  return about ? { method, settleMs, about: (payload, input) => about(payload, input as Input<M>) } : { method, settleMs };
}

/** Every event is listed, even those that invalidate nothing, so a new event needs a decision here. */
export const INVALIDATIONS: { readonly [E in EventName]: readonly Rule<E>[] } = {
  'library.changed': [
    stale('library.list'),
    stale('library.get'),
    // Tag counts include articles: a deleted article (which sends only this event) or an
    // imported card's copied tags change them.
    stale('tags.list'),
    // A deleted article takes its highlights, a deleted card its passages still waiting.
    stale('highlights.needingAttention'),
    stale('search.query', undefined, SEARCH_MS),
    stale('search.saved.list', undefined, SEARCH_MS),
    // A deleted article takes its highlights out of review; a retitled one shows on its cards.
    stale('review.round'),
    stale('review.stats'),
  ],
  'highlights.changed': [
    stale('highlights.list', (p, input) => input.documentId === undefined || input.documentId === p.documentId),
    stale('highlights.needingAttention', (p, input) => input.documentId === undefined || input.documentId === p.documentId),
    // Only a list narrowed to articles with (or without) highlights can change.
    stale('library.list', (_p, input) => input.hasHighlights !== undefined),
    stale('search.query', undefined, SEARCH_MS),
    stale('search.saved.list', undefined, SEARCH_MS),
    // New and deleted highlights change the round and what is due; a deleted one takes its recall cards.
    stale('review.round'),
    stale('review.stats'),
    stale('recall.list'),
  ],
  // Each highlight carries its tags' names and its colour's meaning, edited elsewhere too.
  'tags.changed': [stale('tags.list'), stale('highlights.list'), stale('review.round')],
  'colors.changed': [stale('colors.list'), stale('highlights.list'), stale('review.round')],
  'notes.changed': [
    stale('notes.list', undefined, NOTE_LIST_MS),
    stale('notes.backlinks', undefined, NOTE_BURST_MS),
    stale('notes.unlinkedMentions', undefined, NOTE_BURST_MS),
    stale('notes.backlinkCounts', undefined, NOTE_BURST_MS),
    stale('search.query', undefined, SEARCH_MS),
    stale('search.saved.list', undefined, SEARCH_MS),
  ],
  // An answer, "More" or new settings: the round and the figures; the settings only when they changed.
  // (No highlight list reads review state, so none follows an answer.)
  // A recall card made, answered or deleted names its highlight: that highlight's list of cards.
  'review.changed': [
    stale('review.round'),
    stale('review.stats'),
    stale('review.settings', (p) => p.highlightId === undefined),
    stale('recall.list', (p, input) => p.highlightId === undefined || p.highlightId === input.highlightId),
  ],
  // Progress and commands change no stored data.
  'import.progress': [],
  'reclean.progress': [],
  'export.progress': [],
  'menu.command': [],
};

const EVENT_NAMES = Object.keys(INVALIDATIONS) as EventName[];

/** The events a call of `method` must listen to. */
export function eventsInvalidating(method: Method): EventName[] {
  return EVENT_NAMES.filter((event) => INVALIDATIONS[event].some((rule) => rule.method === method));
}

/**
 * How long to wait before refetching the call `method(input)` after `event(payload)` arrived,
 * or null when that event does not make its answer stale.
 */
export function staleAfter<E extends EventName>(event: E, payload: EventPayload<E>, method: Method, input: unknown): number | null {
  const rules: readonly Rule<E>[] = INVALIDATIONS[event];
  let wait: number | null = null;
  for (const rule of rules) {
    if (rule.method !== method || (rule.about && !rule.about(payload, input))) continue;
    wait = wait === null ? rule.settleMs : Math.min(wait, rule.settleMs);
  }
  return wait;
}
