/**
 * What the references inside notes show *now*: a linked note's current title, a quoted
 * highlight's current words and colour, an article's current title. A note stores only ids (plus
 * the words seen when the link was made, for when the target is gone), so every node view asks
 * here. Requests made in the same tick go out as one `notes.resolve`; answers are cached for the
 * window and refreshed when the library says the target changed, so a rename shows everywhere.
 */
import { useSyncExternalStore } from 'react';
import type { Highlight } from '../../main/contract';
import { api } from '../api';

export type Kind = 'note' | 'highlight' | 'document';

export interface NoteRef {
  title: string;
  deleted: boolean;
}
export interface DocumentRef {
  title: string;
}

/** `undefined`: not known yet; `null`: the target does not exist (a broken link). */
type Entry<T> = T | null | undefined;

const notes = new Map<number, Entry<NoteRef>>();
const highlights = new Map<number, Entry<Highlight>>();
const documents = new Map<number, Entry<DocumentRef>>();
const maps = { note: notes, highlight: highlights, document: documents } as const;

const listeners = new Set<() => void>();
const queued: Record<Kind, Set<number>> = { note: new Set(), highlight: new Set(), document: new Set() };
let flushScheduled = false;
let subscribedToEvents = false;

function notify() {
  for (const listener of listeners) listener();
}

function queue(kind: Kind, id: number) {
  queued[kind].add(id);
  if (flushScheduled) return;
  flushScheduled = true;
  queueMicrotask(() => void flush());
}

async function flush() {
  flushScheduled = false;
  const ask = { notes: [...queued.note], highlights: [...queued.highlight], documents: [...queued.document] };
  queued.note.clear();
  queued.highlight.clear();
  queued.document.clear();
  if (ask.notes.length + ask.highlights.length + ask.documents.length === 0) return;
  try {
    const found = await api.call('notes.resolve', ask);
    const byNote = new Map(found.notes.map((n) => [n.id, n]));
    const byHighlight = new Map(found.highlights.map((h) => [h.id, h]));
    const byDocument = new Map(found.documents.map((d) => [d.id, d]));
    for (const id of ask.notes) {
      const n = byNote.get(id);
      notes.set(id, n ? { title: n.title, deleted: n.deleted } : null);
    }
    for (const id of ask.highlights) highlights.set(id, byHighlight.get(id) ?? null);
    for (const id of ask.documents) {
      const d = byDocument.get(id);
      documents.set(id, d ? { title: d.title } : null);
    }
  } catch {
    // Leave them unknown: the views keep showing the words stored in the note, never an error.
    // The next change event (or the next mount) asks again.
    for (const id of ask.notes) if (notes.get(id) === undefined) notes.delete(id);
    for (const id of ask.highlights) if (highlights.get(id) === undefined) highlights.delete(id);
    for (const id of ask.documents) if (documents.get(id) === undefined) documents.delete(id);
    return;
  }
  notify();
}

/** Asks again for everything of `kind` already known (after a change event). */
function refresh(kind: Kind, only?: number) {
  const map = maps[kind];
  if (only !== undefined) {
    if (map.has(only)) queue(kind, only);
    return;
  }
  for (const id of map.keys()) queue(kind, id);
}

function subscribeToEvents() {
  if (subscribedToEvents) return;
  subscribedToEvents = true;
  api.on('notes.changed', ({ id }) => refresh('note', id));
  api.on('highlights.changed', () => refresh('highlight'));
  api.on('colors.changed', () => refresh('highlight'));
  api.on('library.changed', () => {
    refresh('document');
    refresh('highlight');
  });
}

function subscribe(listener: () => void): () => void {
  subscribeToEvents();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function read<T>(kind: Kind, map: Map<number, Entry<T>>, id: number | null): Entry<T> {
  if (id === null) return null;
  if (!map.has(id)) {
    // Mark as asked (undefined) so a re-render does not queue it again.
    map.set(id, undefined);
    queue(kind, id);
  }
  return map.get(id);
}

export function useNoteRef(id: number | null): Entry<NoteRef> {
  return useSyncExternalStore(subscribe, () => read('note', notes, id));
}

export function useHighlightRef(id: number): Entry<Highlight> {
  return useSyncExternalStore(subscribe, () => read('highlight', highlights, id));
}

export function useDocumentRef(id: number): Entry<DocumentRef> {
  return useSyncExternalStore(subscribe, () => read('document', documents, id));
}

/** Tells the cache a note's title now (after a rename here), so links update without a round trip. */
export function rememberNoteTitle(id: number, title: string, deleted = false): void {
  notes.set(id, { title, deleted });
  notify();
}
