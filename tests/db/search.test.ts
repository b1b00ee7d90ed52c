/** `search.query` over a real library: words, phrases, every operator, diacritics and apostrophes, malformed input. */
import { describe, expect, it } from 'vitest';
import { MARK_END, MARK_START } from '../../db/repos/search-all';
import { tempLibrary } from './helpers';
import { found, searchLibrary } from './search-helpers';

describe('search: words, phrases and ranking', () => {
  it('finds articles, highlights and notes in one search, with marked snippets and counts', async () => {
    const { db } = tempLibrary();
    const lib = await searchLibrary(db);
    const r = await lib.api.call('search.query', { query: 'doha talks' });
    // The Dawn article mentions the Doha talks too.
    expect(r.hits.map((h) => `${h.kind}:${h.id}`).sort()).toEqual([`article:${lib.dawn}`, `article:${lib.zabih}`, `highlight:${lib.pink}`, `note:${lib.note}`].sort());
    expect(r.counts).toEqual({ article: 2, highlight: 1, note: 1 });
    expect(r.notice).toBeNull();
    const highlight = r.hits.find((h) => h.kind === 'highlight')!;
    expect(highlight).toMatchObject({ documentId: lib.zabih, color: 'pink', title: 'Statement from Kabul' });
    expect(highlight.start).toBe(lib.zabihText.indexOf('talks in Doha'));
    expect(highlight.snippet).toContain(`${MARK_START}Doha${MARK_END}`);
  });

  it('ranks a title match above body matches', async () => {
    const { db } = tempLibrary();
    const lib = await searchLibrary(db);
    // "Taliban" is in the titles of the Dawn article and of 000_…'s fifth article, and in the
    // text of others: the two title matches come first.
    const hits = await found(lib.api, 'taliban ', ['article']);
    const analysis = (await lib.api.call('library.list', {})).articles.find((a) => a.title.startsWith('Analysis: Why Pakistan'))!;
    expect(hits.slice(0, 2).sort()).toEqual([`article:${lib.dawn}`, `article:${analysis.id}`].sort());
  });

  it('prefix-matches the last word; phrases keep word order; OR and exclusions', async () => {
    const { db } = tempLibrary();
    const lib = await searchLibrary(db);
    expect(await found(lib.api, 'Venezu', ['article'])).toEqual([`article:${lib.venezuela}`]);
    expect(await found(lib.api, 'Venezu ', ['article'])).toEqual([]);
    expect(await found(lib.api, '"talks in Doha"', ['article'])).toEqual([`article:${lib.zabih}`]);
    expect(await found(lib.api, '"Doha in talks"', ['article'])).toEqual([]);
    expect((await found(lib.api, 'maduro OR mujāhid', ['article'])).sort()).toEqual([`article:${lib.venezuela}`, `article:${lib.dawn}`, `article:${lib.zabih}`].sort());
    expect(await found(lib.api, 'maduro', ['article'])).toEqual([`article:${lib.venezuela}`]);
    expect(await found(lib.api, 'mujahid -doha', ['article'])).not.toContain(`article:${lib.zabih}`);
    expect(await found(lib.api, 'doha -"border war"', ['note'])).toEqual([]);
  });

  it('folds diacritics both ways and treats curly and straight apostrophes alike', async () => {
    const { db } = tempLibrary();
    const lib = await searchLibrary(db);
    expect(await found(lib.api, 'Zabihullah Mujahid', ['article'])).toContain(`article:${lib.zabih}`);
    expect(await found(lib.api, 'Zabīḥullāh', ['article'])).toEqual(expect.arrayContaining([`article:${lib.zabih}`, `article:${lib.dawn}`]));
    // The fixtures write Taliban’s (curly); typing either apostrophe finds them.
    const straight = await found(lib.api, "Taliban's", ['article']);
    expect(straight.length).toBeGreaterThan(0);
    expect(await found(lib.api, 'Taliban’s', ['article'])).toEqual(straight);
    expect(await found(lib.api, '"the Taliban\'s"', ['article'])).toEqual(await found(lib.api, '"the Taliban’s"', ['article']));
  });
});

describe('search: operators', () => {
  it('tag: includes child tags, and a highlight matches its own tags or its article’s', async () => {
    const { db } = tempLibrary();
    const lib = await searchLibrary(db);
    expect((await found(lib.api, 'tag:region')).sort()).toEqual(
      [`article:${lib.dawn}`, `article:${lib.zabih}`, `highlight:${lib.yellow}`, `highlight:${lib.pink}`, `note:${lib.note}`].sort(),
    );
    expect(await found(lib.api, 'doha tag:region/afghanistan', ['article', 'highlight'])).toEqual([`article:${lib.zabih}`, `highlight:${lib.pink}`]);
    expect(await found(lib.api, 'tag:negotiations')).toEqual([`highlight:${lib.pink}`]);
    expect(await found(lib.api, 'tag:region/pak')).toEqual([]);
    expect(await found(lib.api, 'tag:negotiations tag:region/pakistan')).toEqual([]);
  });

  it('type:, color:, has:comment, has:highlights and site:', async () => {
    const { db } = tempLibrary();
    const lib = await searchLibrary(db);
    expect(await found(lib.api, 'doha type:note')).toEqual([`note:${lib.note}`]);
    expect(await found(lib.api, 'color:yellow')).toEqual([`highlight:${lib.yellow}`]);
    expect(await found(lib.api, 'has:comment')).toEqual([`highlight:${lib.pink}`]);
    expect((await found(lib.api, 'has:highlights')).sort()).toEqual([`article:${lib.dawn}`, `article:${lib.zabih}`].sort());
    expect(await found(lib.api, 'volatile site:dawn')).toEqual([`article:${lib.dawn}`, `highlight:${lib.yellow}`]);
    expect(await found(lib.api, 'volatile site:www.dawn.com')).toEqual([`article:${lib.dawn}`, `highlight:${lib.yellow}`]);
    expect(await found(lib.api, 'volatile site:aljazeera.com')).toEqual([]);
    expect(await found(lib.api, 'site:dawn type:note')).toEqual([]);
    // The `types` input narrows further, whatever the query says.
    expect(await found(lib.api, 'doha', ['note'])).toEqual([`note:${lib.note}`]);
  });

  it('before: and after: compare the article’s publication date (or import date)', async () => {
    const { db } = tempLibrary();
    const lib = await searchLibrary(db);
    // The Dawn article was published on 2025-10-17.
    expect(await found(lib.api, 'taliban after:2025-10-17', ['article'])).toContain(`article:${lib.dawn}`);
    expect(await found(lib.api, 'taliban before:2025-10-17', ['article'])).not.toContain(`article:${lib.dawn}`);
    expect(await found(lib.api, 'taliban before:2025-10-18', ['article'])).toContain(`article:${lib.dawn}`);
  });
});

describe('search: malformed queries fall back with a notice, never an error', () => {
  it.each(['"unclosed doha', 'foo:doha', 'doha*', '^doha', '(doha', 'NEAR(doha talks)', 'doha:', '"', '-', 'OR', 'doha OR', 'type:book doha', 'it"s', '***'])(
    '%s',
    async (query) => {
      const { db } = tempLibrary();
      const lib = await searchLibrary(db);
      const r = await lib.api.reply('search.query', { query });
      expect(r.ok).toBe(true);
      if (r.ok) expect((r.value as { notice: string | null }).notice).not.toBeNull();
    },
  );

  it('still searches what it could read', async () => {
    const { db } = tempLibrary();
    const lib = await searchLibrary(db);
    const r = await lib.api.call('search.query', { query: '"doha talks', types: ['note'] });
    expect(r.hits.map((h) => h.id)).toEqual([lib.note]);
    expect(r.notice).toContain('unclosed quote');
  });

  it('an empty query finds nothing, quietly', async () => {
    const { db } = tempLibrary();
    const lib = await searchLibrary(db);
    expect(await lib.api.call('search.query', { query: '   ' })).toEqual({ hits: [], notice: null, counts: { article: 0, highlight: 0, note: 0 } });
  });
});

describe('search: no input can make the FTS query fail', () => {
  it('survives every mix of syntax characters, marks, emoji and control characters', async () => {
    const { db } = tempLibrary();
    const lib = await searchLibrary(db);
    const pieces = ['"', '“', '”', "'", '’', '-', '*', '^', '(', ')', ':', 'OR', 'AND', 'NOT', 'NEAR', '\u0301', '🙂', '\u0002', '\0', 'tag:', 'type:', 'doha', 'é', '{', '}', '+', ' ', ' ', '\t', '漢字'];
    // A fixed-seed generator: the same 400 queries every run.
    let seed = 42;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let i = 0; i < 400; i++) {
      const query = Array.from({ length: 1 + (next() % 8) }, () => pieces[next() % pieces.length]).join('');
      const r = await lib.api.reply('search.query', { query });
      expect(r.ok, JSON.stringify(query)).toBe(true);
    }
  });
});
