/**
 * One article's highlights in reading order (pending card passages first), refetched when they
 * go stale (its highlights, any tag or colour meaning: renderer/data/invalidation.ts). A change
 * the UI made itself is applied at once from the call's answer, so the reader never waits for
 * the refetch to redraw.
 */
import { useCallback } from 'react';
import type { Highlight, Output } from '../../main/contract';
import type { ApiError } from '../api';
import { useCall } from '../data/useCall';

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

/** A refetch keeps the objects of unchanged highlights (module-level: `useCall` reads it once). */
function mergeAnswers(previous: Output<'highlights.list'> | undefined, next: Output<'highlights.list'>): Output<'highlights.list'> {
  return { highlights: reuse(previous?.highlights, next.highlights) };
}

export function useArticleHighlights(documentId: number): ArticleHighlights {
  const { data, error, refetch, update } = useCall('highlights.list', { documentId, limit: 10_000 }, { merge: mergeAnswers });

  const applyLocally = useCallback(
    (highlight: Highlight) =>
      update(({ highlights }) => {
        const others = highlights.filter((h) => h.id !== highlight.id);
        return { highlights: highlight.documentId === documentId ? [...others, highlight].sort(readingOrder) : others };
      }),
    [documentId, update],
  );

  const removeLocally = useCallback((id: number) => update(({ highlights }) => ({ highlights: highlights.filter((h) => h.id !== id) })), [update]);

  return { highlights: data?.highlights ?? null, error, applyLocally, removeLocally, reload: refetch };
}
