/**
 * Every change to a highlight goes through here, so each one can be undone: creating
 * (undone by deleting), editing colour, comment, tags or placement (undone by restoring the
 * highlight as it was), and deleting (undone by restoring the snapshot the delete returned,
 * same id and tags). The last action is announced in a toast with its Undo button; Ctrl/Cmd+Z
 * in the reader undoes the same way, one step further back each time.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Highlight, HighlightColor } from '../../main/contract';
import { api } from '../api';
import { useReportError } from '../components/Notices';

type Entry = { kind: 'create'; highlight: Highlight; label: string } | { kind: 'edit'; before: Highlight; label: string } | { kind: 'delete'; highlight: Highlight; label: string };

export interface Toast {
  id: number;
  message: string;
  undoable: boolean;
  /** A follow-up the message offers (“Quoted in …” → Open note). */
  action?: ToastAction;
}

export interface ToastAction {
  label: string;
  run(): void;
}

/** Enough to step back through a working session; older steps fall off. */
const DEPTH = 50;
let nextToast = 1;

export interface HighlightActions {
  toast: Toast | null;
  dismissToast(): void;
  /** A plain message in the toast (copied, split…): nothing to undo. */
  notify(message: string): void;
  /** A plain message with a follow-up button, e.g. “Quoted in “Title”” with Open note. */
  announce(message: string, action: ToastAction): void;
  create(input: { documentId: number; start: number; end: number; color: HighlightColor }): Promise<Highlight | null>;
  setColor(h: Highlight, color: HighlightColor, label: string): Promise<Highlight | null>;
  setComment(h: Highlight, comment: string | null): Promise<Highlight | null>;
  addTag(h: Highlight, name: string): Promise<string[] | null>;
  removeTag(h: Highlight, name: string): Promise<string[] | null>;
  reattach(h: Highlight, range: { start: number; end: number; documentId?: number }, label?: string): Promise<Highlight | null>;
  remove(h: Highlight): Promise<boolean>;
  undo(): Promise<void>;
}

export function useHighlightActions(): HighlightActions {
  const reportError = useReportError();
  const stack = useRef<Entry[]>([]);
  const [toast, setToast] = useState<Toast | null>(null);

  const show = useCallback((message: string, undoable: boolean) => setToast({ id: nextToast++, message, undoable }), []);

  const record = useCallback(
    (entry: Entry) => {
      stack.current = [...stack.current.slice(-(DEPTH - 1)), entry];
      show(entry.label, true);
    },
    [show],
  );

  /** Runs a call; a failure becomes a message saying what did not happen. */
  const attempt = useCallback(
    async <T>(what: string, work: () => Promise<T>): Promise<T | null> => {
      try {
        return await work();
      } catch (error) {
        reportError(what, error);
        return null;
      }
    },
    [reportError],
  );

  const edit = useCallback(
    async <T>(before: Highlight, label: string, what: string, work: () => Promise<T>) => {
      const result = await attempt(what, work);
      if (result !== null) record({ kind: 'edit', before, label });
      return result;
    },
    [attempt, record],
  );

  const undo = useCallback(async () => {
    const entry = stack.current.pop();
    if (!entry) {
      show('Nothing to undo', false);
      return;
    }
    const done = await attempt('Couldn’t undo', async () => {
      if (entry.kind === 'create') await api.call('highlights.delete', { id: entry.highlight.id });
      else await api.call('highlights.restore', { highlight: entry.kind === 'edit' ? entry.before : entry.highlight });
      return true;
    });
    if (done) show(`Undone: ${entry.label.charAt(0).toLowerCase()}${entry.label.slice(1)}`, false);
    else stack.current.push(entry);
  }, [attempt, show]);

  return useMemo<HighlightActions>(
    () => ({
      toast,
      dismissToast: () => setToast(null),
      notify: (message) => show(message, false),
      announce: (message, action) => setToast({ id: nextToast++, message, undoable: false, action }),
      create: async (input) => {
        const created = await attempt('Couldn’t save the highlight', () => api.call('highlights.create', input));
        if (created) record({ kind: 'create', highlight: created, label: 'Highlight added' });
        return created;
      },
      setColor: (h, color, label) => edit(h, `Highlight changed to ${label}`, 'Couldn’t change the colour', () => api.call('highlights.update', { id: h.id, color })),
      setComment: (h, comment) =>
        edit(h, comment === null ? 'Comment removed' : 'Comment saved', 'Couldn’t save the comment', () => api.call('highlights.update', { id: h.id, comment })),
      addTag: async (h, name) => (await edit(h, `Tagged “${name}”`, 'Couldn’t add the tag', () => api.call('tags.addToHighlight', { highlightId: h.id, name })))?.tags ?? null,
      removeTag: async (h, name) =>
        (await edit(h, `Tag “${name}” removed`, 'Couldn’t remove the tag', () => api.call('tags.removeFromHighlight', { highlightId: h.id, name })))?.tags ?? null,
      reattach: (h, range, label = 'Highlight re-attached') => edit(h, label, 'Couldn’t re-attach the highlight', () => api.call('highlights.reattach', { id: h.id, ...range })),
      remove: async (h) => {
        const result = await attempt('Couldn’t delete the highlight', () => api.call('highlights.delete', { id: h.id }));
        if (!result) return false;
        record({ kind: 'delete', highlight: result.highlight ?? h, label: 'Highlight deleted' });
        return true;
      },
      undo,
    }),
    [toast, attempt, record, edit, show, undo],
  );
}
