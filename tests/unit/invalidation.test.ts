import { describe, expect, it } from 'vitest';
import { eventsInvalidating, INVALIDATIONS, staleAfter } from '../../renderer/data/invalidation';

describe('which calls an event makes stale', () => {
  it('highlights.changed is about one document: only that article’s list, not another’s', () => {
    expect(staleAfter('highlights.changed', { documentId: 7 }, 'highlights.list', { documentId: 7, limit: 10_000 })).toBe(0);
    expect(staleAfter('highlights.changed', { documentId: 7 }, 'highlights.list', { documentId: 8, limit: 10_000 })).toBeNull();
    // A library-wide list reads every document's highlights.
    expect(staleAfter('highlights.changed', { documentId: 7 }, 'highlights.list', {})).toBe(0);
  });

  it('the library list follows highlights only when it is narrowed by them', () => {
    expect(staleAfter('highlights.changed', { documentId: 1 }, 'library.list', { sort: 'title', direction: 'asc' })).toBeNull();
    expect(staleAfter('highlights.changed', { documentId: 1 }, 'library.list', { sort: 'title', direction: 'asc', hasHighlights: true })).toBe(0);
    expect(staleAfter('library.changed', {}, 'library.list', { sort: 'title', direction: 'asc' })).toBe(0);
  });

  it('notes.changed waits for an autosave burst to settle; a call it does not concern is untouched', () => {
    expect(staleAfter('notes.changed', { id: 3 }, 'notes.backlinks', { target: { kind: 'note', id: 9 } })).toBe(400);
    expect(staleAfter('notes.changed', { id: 3 }, 'notes.list', { trash: true })).toBe(200);
    expect(staleAfter('notes.changed', { id: 3 }, 'colors.list', {})).toBeNull();
    expect(staleAfter('notes.changed', { id: 3 }, 'notes.get', { id: 3 })).toBeNull();
  });

  it('fixes what the hand-rolled hooks forgot', () => {
    // A deleted article (library.changed only) changes tag counts and the passages waiting.
    expect(staleAfter('library.changed', {}, 'tags.list', {})).toBe(0);
    expect(staleAfter('library.changed', {}, 'highlights.needingAttention', { includePending: true })).toBe(0);
    // The notes under a tag in the tag browser follow notes being edited, trashed or restored.
    expect(staleAfter('notes.changed', { id: 1 }, 'notes.list', { tag: 'history', limit: 200 })).toBe(200);
  });

  it('review.changed (an answer, More, settings) refreshes the round and the figures; the settings only when they changed', () => {
    const answer = { highlightId: 4, documentId: 2 };
    expect(staleAfter('review.changed', answer, 'review.stats', { timeZone: 'UTC', days: 84 })).toBe(0);
    expect(staleAfter('review.changed', answer, 'review.round', { timeZone: 'UTC' })).toBe(0);
    expect(staleAfter('review.changed', answer, 'review.settings', {})).toBeNull();
    expect(staleAfter('review.changed', {}, 'review.settings', {})).toBe(0);
    expect(staleAfter('review.changed', answer, 'library.list', { sort: 'title', direction: 'asc' })).toBeNull();
  });

  it('progress and menu events invalidate nothing', () => {
    for (const event of ['import.progress', 'reclean.progress', 'export.progress', 'menu.command'] as const) expect(INVALIDATIONS[event]).toEqual([]);
  });

  it('lists the events each call must listen to', () => {
    expect(eventsInvalidating('highlights.list').sort()).toEqual(['colors.changed', 'highlights.changed', 'tags.changed']);
    expect(eventsInvalidating('search.query').sort()).toEqual(['highlights.changed', 'library.changed', 'notes.changed']);
    expect(eventsInvalidating('host.info')).toEqual([]);
  });
});
