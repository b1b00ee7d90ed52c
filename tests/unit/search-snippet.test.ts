/** Search snippets: the U+0002/U+0003 sentinels become marked parts (text only, never HTML). */
import { describe, expect, it } from 'vitest';
import { firstMarked, snippetParts } from '../../renderer/search/snippet-parts';

describe('search snippets', () => {
  it('splits marked and unmarked text, keeping everything else as text', () => {
    expect(snippetParts('…the \u0002Taliban’s\u0003 envoy <b>met</b> \u0002Zabīḥullāh\u0003.')).toEqual([
      { text: '…the ', marked: false },
      { text: 'Taliban’s', marked: true },
      { text: ' envoy <b>met</b> ', marked: false },
      { text: 'Zabīḥullāh', marked: true },
      { text: '.', marked: false },
    ]);
    expect(snippetParts('no marks')).toEqual([{ text: 'no marks', marked: false }]);
    expect(snippetParts('')).toEqual([]);
    // A stray end sentinel, or a mark left open, never throws or drops text.
    expect(snippetParts('a\u0003b\u0002c')).toEqual([
      { text: 'a', marked: false },
      { text: 'b', marked: false },
      { text: 'c', marked: true },
    ]);
  });

  it('finds the first marked words (what an opened note scrolls to)', () => {
    expect(firstMarked('x \u0002cold war\u0003 y \u0002z\u0003')).toBe('cold war');
    expect(firstMarked('nothing marked')).toBeNull();
  });
});

describe('search query: prefixes while typing', () => {
  it('prefix-matches a last word of two letters or more, never a single letter', async () => {
    const { parseQuery } = await import('../../main/library/search/parse-query');
    expect(parseQuery('taliban a').match).toBe('"taliban" AND "a"');
    expect(parseQuery('taliban ab').match).toBe('"taliban" AND "ab"*');
    expect(parseQuery('é').match).toBe('"é"');
  });
});
