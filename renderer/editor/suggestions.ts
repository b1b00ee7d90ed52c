/**
 * The editor's three pickers, on @tiptap/suggestion: `[[` links a note (or creates one with the
 * typed title), `((` quotes a highlight, `#` tags the note. The plugin finds the trigger and the
 * query; what to offer and what to insert is here; the list itself is drawn by React
 * (SuggestionPopup) from a small store, so it is an ordinary listbox in the page.
 */
import { Extension, type Editor, type Range } from '@tiptap/core';
import { PluginKey } from '@tiptap/pm/state';
import Suggestion, { type SuggestionOptions, type SuggestionProps } from '@tiptap/suggestion';
import type { Highlight } from '../../main/contract';
import { api } from '../api';
import { NOTE_LINK } from '../../main/contract/note-schema';
import { HASHTAG_OPENERS, tidyTagName } from '../../main/contract/tags';

export type SuggestionKind = 'note' | 'highlight' | 'tag';

export type SuggestionItem =
  | { type: 'note'; id: number; title: string; excerpt: string }
  | { type: 'create-note'; title: string }
  | { type: 'highlight'; highlight: Highlight }
  | { type: 'tag'; name: string; count: number }
  | { type: 'create-tag'; name: string };

export interface SuggestionState {
  kind: SuggestionKind;
  items: SuggestionItem[];
  selected: number;
  loading: boolean;
  query: string;
  /** Measures the typed trigger (`[[`, `((`, `#`) afresh, for placing the list; null when it cannot. */
  clientRect: (() => DOMRect | null) | null;
  pick(item: SuggestionItem): void;
}

export const SUGGESTION_LABELS: Record<SuggestionKind, string> = {
  note: 'Link to a note',
  highlight: 'Quote a highlight',
  tag: 'Tag this note',
};

/** One store per editor: the plugin writes it, the popup reads it. */
export class SuggestionStore {
  private state: SuggestionState | null = null;
  private readonly listeners = new Set<() => void>();

  get = (): SuggestionState | null => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  set(next: SuggestionState | null): void {
    this.state = next;
    for (const listener of this.listeners) listener();
  }

  /** Arrow keys, Enter/Tab to pick; returns whether the key was used. */
  key(event: KeyboardEvent): boolean {
    const state = this.state;
    if (!state) return false;
    const count = state.items.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return true;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.set({ ...state, selected: (state.selected + step + count) % count });
      return true;
    }
    if (event.key === 'Enter' || event.key === 'Tab') {
      const item = state.items[state.selected];
      if (!item) return false;
      state.pick(item);
      return true;
    }
    return false;
  }
}

export interface SuggestionContext {
  store: SuggestionStore;
  /** The note being edited: `[[` never offers a link to itself. */
  noteId: number;
  onError(title: string, error: unknown): void;
}

const LIMIT = 8;

/** `[[Title]]` typed out in full still looks the title up rather than keeping the brackets. */
const cleanTitle = (query: string) => query.replace(/\]\]?$/, '').trim();

async function noteItems(query: string, noteId: number): Promise<SuggestionItem[]> {
  const title = cleanTitle(query);
  const { notes } = await api.call('notes.searchTitles', { query: title, limit: LIMIT, excludeId: noteId });
  const items: SuggestionItem[] = notes.map((n) => ({ type: 'note', id: n.id, title: n.title, excerpt: n.excerpt }));
  const exact = notes.some((n) => n.title.trim().toLowerCase() === title.toLowerCase());
  if (title !== '' && !exact) items.push({ type: 'create-note', title });
  return items;
}

async function highlightItems(query: string): Promise<SuggestionItem[]> {
  const { highlights } = await api.call('highlights.search', { query: query.trim(), limit: LIMIT });
  return highlights.map((highlight) => ({ type: 'highlight', highlight }));
}

async function tagItems(query: string): Promise<SuggestionItem[]> {
  const name = tidyTagName(query);
  // A bare `#` (the start of a heading, often) offers nothing, so Enter stays a new line.
  if (name === null) return [];
  const { tags } = await api.call('tags.suggest', { prefix: name, limit: LIMIT });
  const items: SuggestionItem[] = tags.map((t) => ({ type: 'tag', name: t.name, count: t.count }));
  if (!tags.some((t) => t.name.toLowerCase() === name.toLowerCase())) items.push({ type: 'create-tag', name });
  return items;
}

/** Finds the link inserted for a note being created and points it at the new note. */
function linkCreated(editor: Editor, title: string, id: number) {
  if (editor.isDestroyed) return;
  const { state } = editor;
  let at: number | null = null;
  state.doc.descendants((node, pos) => {
    if (at !== null) return false;
    if (node.type.name === NOTE_LINK && node.attrs.noteId === null && node.attrs.title === title) at = pos;
    return true;
  });
  if (at === null) return;
  editor.view.dispatch(state.tr.setNodeMarkup(at, undefined, { noteId: id, title }));
}

function insert(editor: Editor, range: Range, item: SuggestionItem, context: SuggestionContext) {
  const chain = editor.chain().focus();
  switch (item.type) {
    case 'note':
      chain.insertContentAt(range, [{ type: NOTE_LINK, attrs: { noteId: item.id, title: item.title } }, { type: 'text', text: ' ' }]).run();
      return;
    case 'create-note': {
      chain.insertContentAt(range, [{ type: NOTE_LINK, attrs: { noteId: null, title: item.title } }, { type: 'text', text: ' ' }]).run();
      api.call('notes.create', { title: item.title }).then(
        (note) => linkCreated(editor, item.title, note.id),
        (error: unknown) => context.onError(`Couldn’t create the note “${item.title}”`, error),
      );
      return;
    }
    case 'highlight': {
      const h = item.highlight;
      chain.insertContentAt(range, { type: 'highlightRef', attrs: { highlightId: h.id, documentId: h.documentId, quote: h.exact } }).run();
      return;
    }
    case 'tag':
    case 'create-tag':
      chain.insertContentAt(range, [{ type: 'tag', attrs: { name: item.name } }, { type: 'text', text: ' ' }]).run();
      return;
  }
}

function picker(kind: SuggestionKind, char: string, context: SuggestionContext, load: (query: string) => Promise<SuggestionItem[]>): Omit<SuggestionOptions<SuggestionItem, SuggestionItem>, 'editor'> {
  const { store } = context;
  const show = (props: SuggestionProps<SuggestionItem, SuggestionItem>) => {
    const previous = store.get();
    const sameList = previous?.kind === kind && previous.items.length === props.items.length;
    store.set({
      kind,
      items: props.items,
      selected: sameList ? Math.min(previous.selected, Math.max(0, props.items.length - 1)) : 0,
      loading: props.loading,
      query: props.query,
      clientRect: props.clientRect ?? null,
      pick: (item) => props.command(item),
    });
  };
  return {
    pluginKey: new PluginKey(`suggest-${kind}`),
    char,
    allowSpaces: kind !== 'tag',
    // The hashtag grammar's openers (main/contract/tags.ts): `#` after a space, a bracket or a quote starts a tag.
    allowedPrefixes: kind === 'tag' ? [' ', '\u00a0', ...HASHTAG_OPENERS] : null,
    debounce: 120,
    items: async ({ query }) => {
      try {
        return await load(query);
      } catch (error) {
        context.onError('Couldn’t look up suggestions', error);
        return [];
      }
    },
    command: ({ editor, range, props: item }) => insert(editor, range, item, context),
    render: () => ({
      onStart: show,
      onUpdate: show,
      onExit: () => store.set(null),
      onKeyDown: ({ event }) => (event.key === 'Escape' ? (store.set(null), true) : store.key(event)),
    }),
  };
}

/** The three pickers as one extension, made per editor (each knows its note and its store). */
export function noteSuggestions(context: SuggestionContext) {
  return Extension.create({
    name: 'noteSuggestions',
    // Before the keymaps, so Enter and the arrows reach an open list first.
    priority: 200,
    addProseMirrorPlugins() {
      return [
        Suggestion({ editor: this.editor, ...picker('note', '[[', context, (q) => noteItems(q, context.noteId)) }),
        Suggestion({ editor: this.editor, ...picker('highlight', '((', context, highlightItems) }),
        Suggestion({ editor: this.editor, ...picker('tag', '#', context, tagItems) }),
      ];
    },
  });
}
