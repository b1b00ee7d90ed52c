/**
 * The open `[[`, `((` or `#` list, under the caret, or above it when there is no room below
 * (components/floating.ts). Keyboard focus stays in the note (arrows, Enter and Escape are
 * handled by the editor and reach the store); the list is a named listbox whose active option
 * the text box points at, so screen readers follow along.
 */
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { Editor } from '@tiptap/core';
import { anchorOf, useFloating } from '../components/floating';
import { colorLabel, meaningOf, useColors } from '../highlights/colors';
import { SUGGESTION_LABELS, type SuggestionItem, type SuggestionStore } from './suggestions';

const LIST_ID = 'note-suggestions';
const optionId = (index: number) => `${LIST_ID}-${index}`;

function ItemText({ item }: { item: SuggestionItem }) {
  const colors = useColors();
  switch (item.type) {
    case 'note':
      return (
        <>
          <span className="suggestion-title">{item.title || 'Untitled'}</span>
          {item.excerpt && <span className="suggestion-detail">{item.excerpt}</span>}
        </>
      );
    case 'create-note':
      return <span className="suggestion-title">Create note “{item.title}”</span>;
    case 'highlight':
      return (
        <>
          <span className="suggestion-title suggestion-quote" data-color={item.highlight.color}>
            {item.highlight.exact}
          </span>
          <span className="suggestion-detail">
            {item.highlight.documentTitle} · {colorLabel(item.highlight.color, meaningOf(colors, item.highlight.color))}
          </span>
        </>
      );
    case 'tag':
      return (
        <>
          <span className="suggestion-title">#{item.name}</span>
          <span className="suggestion-detail">{item.count === 1 ? '1 use' : `${item.count} uses`}</span>
        </>
      );
    case 'create-tag':
      return <span className="suggestion-title">Create tag #{item.name}</span>;
  }
}

export function SuggestionPopup({ store, editor }: { store: SuggestionStore; editor: Editor | null }) {
  const state = useSyncExternalStore(store.subscribe, store.get);
  const element = useRef<HTMLDivElement>(null);
  const clientRect = state?.clientRect ?? null;
  const anchor = useMemo(() => {
    if (!clientRect) return null;
    // The trigger's last known place, should it be measured mid-redraw (no decoration yet).
    let last = new DOMRect();
    return anchorOf(() => (last = clientRect() ?? last), editor && !editor.isDestroyed ? editor.view.dom : null);
  }, [clientRect, editor]);
  useFloating(element, anchor, { strategy: 'fixed', gap: 4 });

  useEffect(() => {
    const dom = editor && !editor.isDestroyed ? editor.view.dom : null;
    if (!dom) return;
    if (state && state.items.length > 0) {
      dom.setAttribute('aria-controls', LIST_ID);
      dom.setAttribute('aria-activedescendant', optionId(state.selected));
    } else {
      dom.removeAttribute('aria-controls');
      dom.removeAttribute('aria-activedescendant');
    }
  }, [editor, state]);

  useEffect(() => {
    if (state) document.getElementById(optionId(state.selected))?.scrollIntoView({ block: 'nearest' });
  }, [state]);

  if (!state) return null;
  const empty = state.items.length === 0;
  return (
    <div ref={element} className="suggestions">
      <ul id={LIST_ID} role="listbox" aria-label={SUGGESTION_LABELS[state.kind]} className="suggestion-list">
        {state.items.map((item, index) => (
          <li
            key={index}
            id={optionId(index)}
            role="option"
            aria-selected={index === state.selected}
            className="suggestion-option"
            // Keep the caret in the note: a click picks without taking focus.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => state.pick(item)}
          >
            <ItemText item={item} />
          </li>
        ))}
      </ul>
      {empty && (
        <p className="suggestion-empty" aria-live="polite">
          {state.loading ? 'Looking…' : state.kind === 'highlight' ? 'No highlights match. Keep typing, or press Escape.' : state.kind === 'tag' ? 'Type a tag name.' : 'Type a title.'}
        </p>
      )}
    </div>
  );
}
