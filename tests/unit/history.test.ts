/** Back and forward (renderer/history.ts): the list of places, where we are in it, and each place's state. */
import { describe, expect, it } from 'vitest';
import { back, canBack, canForward, current, emptyHistory, forward, push, update, type History, type Place } from '../../renderer/history';

const article = (articleId: number): Place => ({ view: 'library', articleId });
const visit = (...places: Place[]): History => places.reduce((h, p) => push(h, p), emptyHistory);

describe('history', () => {
  it('starts empty, with nowhere to go', () => {
    expect(current(emptyHistory)).toBeNull();
    expect(canBack(emptyHistory)).toBe(false);
    expect(canForward(emptyHistory)).toBe(false);
    expect(back(emptyHistory)).toBe(emptyHistory);
    expect(forward(emptyHistory)).toBe(emptyHistory);
    expect(update(emptyHistory, { scrollTop: 10 })).toBe(emptyHistory);
  });

  it('goes back and forward through the places visited', () => {
    let h = visit(article(1), article(2), { view: 'notes', noteId: 7 });
    expect(current(h)).toEqual({ view: 'notes', noteId: 7 });
    expect(canBack(h)).toBe(true);
    expect(canForward(h)).toBe(false);
    h = back(h);
    expect(current(h)).toEqual(article(2));
    h = back(h);
    expect(current(h)).toEqual(article(1));
    expect(canBack(h)).toBe(false);
    expect(back(h)).toBe(h);
    h = forward(h);
    expect(current(h)).toEqual(article(2));
    expect(canForward(h)).toBe(true);
  });

  it('drops the forward part when going somewhere new', () => {
    let h = back(back(visit(article(1), article(2), article(3))));
    h = push(h, { view: 'search', query: 'taliban' });
    expect(h.places).toEqual([article(1), { view: 'search', query: 'taliban' }]);
    expect(canForward(h)).toBe(false);
  });

  it('does not push the place already current, but takes its new query', () => {
    let h = visit(article(1), article(1));
    expect(h.places).toHaveLength(1);
    h = visit({ view: 'search', query: 'a' }, { view: 'search', query: 'b' });
    expect(h.places).toEqual([{ view: 'search', query: 'b' }]);
    // The same article in another view, or under another tag, is another place.
    h = visit(article(1), { view: 'search', articleId: 1 }, { view: 'library', articleId: 1, tag: 'x' });
    expect(h.places).toHaveLength(3);
  });

  it('keeps what changed at a place (scroll, query) for coming back to it', () => {
    let h = visit(article(1));
    h = update(h, { scrollTop: 640 });
    h = push(h, article(2));
    h = back(h);
    expect(current(h)).toEqual({ view: 'library', articleId: 1, scrollTop: 640 });
    // Updating never adds a place or moves.
    expect(update(h, { query: 'q' }).index).toBe(0);
    expect(update(h, { query: 'q' }).places).toHaveLength(2);
  });

  it('keeps the list’s scroll and the note beside the article as state, not identity', () => {
    let h = visit(article(1));
    h = update(h, { scrollTop: 900, listScrollTop: 480, besideNote: 7 });
    h = push(h, article(2));
    h = update(h, { listScrollTop: 0, besideNote: null });
    h = back(h);
    expect(current(h)).toEqual({ view: 'library', articleId: 1, scrollTop: 900, listScrollTop: 480, besideNote: 7 });
    expect(forward(h).places[1]).toEqual({ view: 'library', articleId: 2, listScrollTop: 0, besideNote: null });
    // The same article with another note beside it is still the same place.
    expect(push(h, { ...article(1), besideNote: 9 }).places).toHaveLength(2);
  });

  it('keeps a search’s results scroll with the place, through a new query handed over', () => {
    let h = visit({ view: 'search', query: 'lamp' });
    h = update(h, { listScrollTop: 620 });
    // The palette hands over another query: the same place, its scroll kept until it is left again.
    h = push(h, { view: 'search', query: 'lighthouse' });
    expect(h.places).toEqual([{ view: 'search', query: 'lighthouse', listScrollTop: 620 }]);
    h = push(h, { view: 'search', articleId: 4, query: 'lighthouse' });
    h = update(h, { listScrollTop: 0 });
    expect(current(back(h))).toEqual({ view: 'search', query: 'lighthouse', listScrollTop: 620 });
    expect(current(forward(back(h)))).toEqual({ view: 'search', articleId: 4, query: 'lighthouse', listScrollTop: 0 });
  });

  it('is bounded: past the limit the oldest places go', () => {
    let h = emptyHistory;
    for (let id = 1; id <= 105; id++) h = push(h, article(id));
    expect(h.places).toHaveLength(100);
    expect(current(h)).toEqual(article(105));
    expect(h.places[0]).toEqual(article(6));
    const small = visit(article(1), article(2), article(3));
    expect(push(small, article(4), 3).places).toEqual([article(2), article(3), article(4)]);
    expect(push(small, article(4), 3).index).toBe(2);
  });
});
