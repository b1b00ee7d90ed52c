/**
 * One article's highlights in reading order (pending card passages first), refetched whenever
 * the Node side says that article's highlights changed. A change the UI made itself is applied
 * at once from the call's answer, so the reader never waits for the refetch to redraw.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Highlight } from '../../main/contract';
import { api, toApiError, type ApiError } from '../api';

interface State {
  documentId: number;
  highlights: Highlight[];
}

function same(a: Highlight, b: Highlight): boolean {
  return (
    a.updatedAt === b.updatedAt &&
    a.color === b.color &&
    a.colorMeaning === b.colorMeaning &&
    a.comment === b.comment &&
    a.start === b.start &&
    a.end === b.end &&
    a.status === b.status &&
    a.exact === b.exact &&
    a.previousExact === b.previousExact &&
    a.tags.join('\n') === b.tags.join('\n')
  );
}

/** Keeps the objects of unchanged highlights, so a refetch redraws only what changed. */
function reuse(previous: readonly Highlight[] | undefined, next: Highlight[]): Highlight[] {
  if (!previous) return next;
  const byId = new Map(previous.map((h) => [h.id, h]));
  return next.map((h) => {
    const old = byId.get(h.id);
    return old && same(old, h) ? old : h;
  });
}

function readingOrder(a: Highlight, b: Highlight): number {
  return (a.start ?? -1) - (b.start ?? -1) || (a.end ?? -1) - (b.end ?? -1) || a.id - b.id;
}

export interface ArticleHighlights {
  /** null until the first answer for this article. */
  highlights: Highlight[] | null;
  error: ApiError | null;
  /** Puts a highlight the UI just created or changed in place (or removes it, when it moved away). */
  applyLocally(highlight: Highlight): void;
  removeLocally(id: number): void;
  reload(): void;
}

export function useArticleHighlights(documentId: number): ArticleHighlights {
  const [state, setState] = useState<State | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(
    () =>
      api.on('highlights.changed', (event) => {
        if (event.documentId === documentId) setVersion((v) => v + 1);
      }),
    [documentId],
  );
  // Each highlight carries its colour's meaning and its tags' names, which change elsewhere too
  // (a meaning edited, a tag renamed, merged or deleted in the tag browser).
  useEffect(() => api.on('colors.changed', () => setVersion((v) => v + 1)), []);
  useEffect(() => api.on('tags.changed', () => setVersion((v) => v + 1)), []);

  useEffect(() => {
    let live = true;
    api.call('highlights.list', { documentId, limit: 10_000 }).then(
      (result) => {
        if (!live) return;
        setState((current) => ({ documentId, highlights: reuse(current?.documentId === documentId ? current.highlights : undefined, result.highlights) }));
        setError(null);
      },
      (failure: unknown) => live && setError(toApiError(failure)),
    );
    return () => {
      live = false;
    };
  }, [documentId, version]);

  const applyLocally = useCallback(
    (highlight: Highlight) =>
      setState((current) => {
        if (!current || current.documentId !== documentId) return current;
        const others = current.highlights.filter((h) => h.id !== highlight.id);
        const next = highlight.documentId === documentId ? [...others, highlight].sort(readingOrder) : others;
        return { documentId, highlights: next };
      }),
    [documentId],
  );

  const removeLocally = useCallback(
    (id: number) => setState((current) => (current && current.documentId === documentId ? { documentId, highlights: current.highlights.filter((h) => h.id !== id) } : current)),
    [documentId],
  );

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const highlights = state?.documentId === documentId ? state.highlights : null;
  return { highlights, error, applyLocally, removeLocally, reload };
}
