/** Saved searches: create, list with live counts, rename, delete and undo; names refused clearly. */
import { describe, expect, it } from 'vitest';
import { insertArticle, paragraph } from './annotations-helpers';
import { tempLibrary } from './helpers';
import { searchLibrary } from './search-helpers';

describe('saved searches', () => {
  it('lists by name with counts that follow the library', async () => {
    const { db } = tempLibrary();
    const lib = await searchLibrary(db);
    const doha = await lib.api.call('search.saved.create', { name: 'Doha talks', query: 'doha' });
    const before = (await lib.api.call('search.query', { query: 'doha' })).counts;
    expect(before.article).toBeGreaterThan(0);
    expect(doha).toMatchObject({ name: 'Doha talks', query: 'doha', counts: before });
    await lib.api.call('search.saved.create', { name: '  afghan tags ', query: 'tag:region/afghanistan' });
    const listed = await lib.api.call('search.saved.list', {});
    expect(listed.searches.map((s) => s.name)).toEqual(['afghan tags', 'Doha talks']);
    expect(listed.searches[0]!.counts).toEqual({ article: 1, highlight: 1, note: 1 });

    insertArticle(db, [paragraph('A second round in Doha was announced.')], { title: 'Doha again' });
    expect((await lib.api.call('search.saved.list', {})).searches.find((s) => s.id === doha.id)!.counts.article).toBe(before.article + 1);
  });

  it('renames, deletes, and undoes a delete by saving it again', async () => {
    const { db } = tempLibrary();
    const lib = await searchLibrary(db);
    const s = await lib.api.call('search.saved.create', { name: 'Pink', query: 'color:pink' });
    expect(await lib.api.call('search.saved.rename', { id: s.id, name: 'Pink highlights' })).toMatchObject({ id: s.id, name: 'Pink highlights', counts: { highlight: 1 } });
    // Renaming to the same name in another case is allowed (it is the same search).
    expect((await lib.api.call('search.saved.rename', { id: s.id, name: 'PINK highlights' })).name).toBe('PINK highlights');
    const { deleted } = await lib.api.call('search.saved.delete', { id: s.id });
    expect(deleted).toMatchObject({ name: 'PINK highlights', query: 'color:pink' });
    expect((await lib.api.call('search.saved.list', {})).searches).toEqual([]);
    expect(await lib.api.call('search.saved.delete', { id: s.id })).toEqual({ deleted: null });
    await lib.api.call('search.saved.create', { name: deleted!.name, query: deleted!.query });
    expect((await lib.api.call('search.saved.list', {})).searches.map((x) => x.name)).toEqual(['PINK highlights']);
  });

  it('refuses empty, too long, duplicate and control-character names, and empty queries, with clear messages', async () => {
    const { db } = tempLibrary();
    const lib = await searchLibrary(db);
    const a = await lib.api.call('search.saved.create', { name: 'Taliban', query: 'taliban' });
    const b = await lib.api.call('search.saved.create', { name: 'Other', query: 'kabul' });
    await expect(lib.api.call('search.saved.create', { name: '   ', query: 'x' })).rejects.toThrow(/needs a name/);
    await expect(lib.api.call('search.saved.create', { name: 'x'.repeat(201), query: 'x' })).rejects.toThrow(/at most 200 characters/);
    await expect(lib.api.call('search.saved.create', { name: 'tab\there', query: 'x' })).rejects.toThrow(/control characters/);
    await expect(lib.api.call('search.saved.create', { name: 'taliban', query: 'x' })).rejects.toThrow(/“Taliban” already exists/);
    await expect(lib.api.call('search.saved.create', { name: 'New', query: '  ' })).rejects.toThrow(/nothing to save/);
    await expect(lib.api.call('search.saved.rename', { id: b.id, name: 'TALIBAN' })).rejects.toThrow(/already exists/);
    await expect(lib.api.call('search.saved.rename', { id: 9999, name: 'Gone' })).rejects.toThrow(/no longer there/);
    // Nothing stored changed.
    expect((await lib.api.call('search.saved.list', {})).searches.map((s) => [s.id, s.name])).toEqual([
      [b.id, 'Other'],
      [a.id, 'Taliban'],
    ]);
    // A 200-character name is fine.
    expect((await lib.api.call('search.saved.create', { name: 'y'.repeat(200), query: 'x' })).name).toHaveLength(200);
  });
});
