/**
 * The notes, newest first: title, when it last changed, tags and its first line. One focus
 * stop (a listbox whose active option follows the arrows); arrows open the note under them after
 * a short pause, Enter goes into its text, Delete moves it to the trash. Rows have one fixed
 * height and only those in view exist (VirtualList), so thousands of notes cost what a screenful
 * does, and the list refreshing after each autosave stays cheap.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { NoteMeta } from '../../main/contract';
import { scrollRowIntoView, useVirtualWindow } from '../components/VirtualList';
import { useListScroll, type ListScrollChannel } from '../listScroll';
import { relativeTime } from './time';

/** Must match `.note-item`'s height in notes.css (title line, excerpt line, tags line). */
const ROW_HEIGHT = 78;

/** Holding an arrow skims the list; the editor catches up once it rests. */
const OPEN_DELAY_MS = 150;

interface Props {
  notes: NoteMeta[];
  openId: number | null;
  focusToken: number;
  onOpen(id: number, focus: 'text' | null): void;
  onDelete(note: NoteMeta): void;
  /** Back and forward: the list's scroll, reported and brought back (renderer/listScroll.ts). */
  listScroll?: ListScrollChannel;
}

export const optionId = (id: number) => `note-option-${id}`;

export function NoteList({ notes, openId, focusToken, onOpen, onDelete, listScroll }: Props) {
  const list = useRef<HTMLUListElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const [activeId, setActiveId] = useState<number | null>(openId);
  const [, setClock] = useState(0);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  // The active option follows the open note whenever that changes (a click, a link, a new note).
  const [activeFor, setActiveFor] = useState(openId);
  if (activeFor !== openId) {
    setActiveFor(openId);
    setActiveId(openId);
  }
  useEffect(() => {
    if (focusToken > 0) list.current?.focus();
  }, [focusToken]);
  // "3 min ago" moves on by itself.
  useEffect(() => {
    const timer = setInterval(() => setClock((n) => n + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
  useEffect(() => () => void (pending.current && clearTimeout(pending.current)), []);

  const active = notes.find((n) => n.id === activeId) ?? notes.find((n) => n.id === openId) ?? notes[0] ?? null;
  const activeIndex = active ? notes.indexOf(active) : -1;
  const view = useVirtualWindow(scroller, notes.length, ROW_HEIGHT, 0);

  // A layout effect, as the one below: going back to a note moves the active row and brings the
  // list's scroll in the same render, and the scroll brought must win.
  useLayoutEffect(() => {
    if (activeIndex >= 0 && scroller.current) scrollRowIntoView(scroller.current, activeIndex, ROW_HEIGHT, 0);
  }, [activeIndex]);
  // The list mounts once the notes have loaded, so it is ready as soon as it exists.
  const onScroll = useListScroll(listScroll, 'notes', scroller, true);

  function move(index: number) {
    const next = notes[Math.max(0, Math.min(notes.length - 1, index))];
    if (!next) return;
    setActiveId(next.id);
    if (pending.current) clearTimeout(pending.current);
    pending.current = setTimeout(() => onOpen(next.id, null), OPEN_DELAY_MS);
  }

  function onKeyDown(event: KeyboardEvent) {
    const index = activeIndex;
    switch (event.key) {
      case 'ArrowDown':
        move(index + 1);
        break;
      case 'ArrowUp':
        move(index - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(notes.length - 1);
        break;
      case 'PageDown':
        move(index + view.pageSize);
        break;
      case 'PageUp':
        move(index - view.pageSize);
        break;
      case 'Enter':
        if (!active) return;
        if (pending.current) clearTimeout(pending.current);
        onOpen(active.id, 'text');
        break;
      case 'Delete':
      case 'Backspace':
        if (!active) return;
        onDelete(active);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  if (notes.length === 0) {
    return <p className="pane-placeholder">No notes yet. Create one with “New note”.</p>;
  }
  const rows = notes.slice(view.first, view.last + 1);
  return (
    <div ref={scroller} className="note-list-scroll" onScroll={onScroll}>
      <ul
        ref={list}
        className="note-list"
        role="listbox"
        aria-label="Notes"
        tabIndex={0}
        style={{ height: notes.length * ROW_HEIGHT }}
        aria-activedescendant={active && activeIndex >= view.first && activeIndex <= view.last ? optionId(active.id) : undefined}
        onKeyDown={onKeyDown}
      >
        {rows.map((note, i) => (
          <li
            key={note.id}
            id={optionId(note.id)}
            role="option"
            aria-selected={note.id === openId}
            aria-setsize={notes.length}
            aria-posinset={view.first + i + 1}
            className={`note-item${note.id === active?.id ? ' active' : ''}`}
            style={{ top: (view.first + i) * ROW_HEIGHT }}
            onClick={() => {
              setActiveId(note.id);
              onOpen(note.id, null);
            }}
          >
            <span className="note-item-title">{note.title || 'Untitled'}</span>
            <span className="note-item-time">
              <time dateTime={note.updatedAt} title={new Date(note.updatedAt).toLocaleString()}>
                {relativeTime(note.updatedAt)}
              </time>
            </span>
            <span className="note-item-excerpt">{note.excerpt}</span>
            <span className="note-item-tags" aria-label={note.tags.length > 0 ? 'Tags' : undefined}>
              {note.tags.map((tag) => (
                <span key={tag} className="note-item-tag">
                  #{tag}
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
