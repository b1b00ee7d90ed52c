/** tags.* and the library's tag and highlight filters, through the real handlers. */
import { describe, expect, it } from 'vitest';
import { apiFor, insertArticle, paragraph, rangeOf } from './annotations-helpers';
import { tempLibrary } from './helpers';

function setup() {
  const { db } = tempLibrary();
  const a = insertArticle(db, [paragraph('Kabul and Islamabad.')], { title: 'A' });
  const b = insertArticle(db, [paragraph('Kandahar.')], { title: 'B' });
  const c = insertArticle(db, [paragraph('Elsewhere.')], { title: 'C' });
  return { db, api: apiFor(db), a, b, c };
}

describe('tags through the contract', () => {
  it('tags and untags articles and highlights, creating tags on first use', async () => {
    const { api, a } = setup();
    expect(await api.call('tags.addToDocument', { documentId: a.id, name: 'Region/Pakistan' })).toEqual({ tags: ['Region/Pakistan'] });
    // Same tag, another spelling: the first spelling is kept, nothing duplicated.
    expect(await api.call('tags.addToDocument', { documentId: a.id, name: 'region/pakistan' })).toEqual({ tags: ['Region/Pakistan'] });
    expect(api.events).toContainEqual({ event: 'library.changed', payload: {} });
    const h = await api.call('highlights.create', { documentId: a.id, ...rangeOf(a.text, 'Kabul') });
    expect(await api.call('tags.addToHighlight', { highlightId: h.id, name: 'capital' })).toEqual({ tags: ['capital'] });
    expect(api.events).toContainEqual({ event: 'highlights.changed', payload: { documentId: a.id } });
    expect(await api.call('tags.removeFromHighlight', { highlightId: h.id, name: 'CAPITAL' })).toEqual({ tags: [] });
    expect(await api.call('tags.removeFromHighlight', { highlightId: h.id, name: 'never-existed' })).toEqual({ tags: [] });
    expect(await api.call('tags.removeFromDocument', { documentId: a.id, name: 'region/PAKISTAN' })).toEqual({ tags: [] });
    expect(await api.reply('tags.addToHighlight', { highlightId: 999, name: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await api.reply('tags.addToDocument', { documentId: 999, name: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('lists every tag with its counts, and suggests while typing', async () => {
    const { api, a, b } = setup();
    await api.call('tags.addToDocument', { documentId: a.id, name: 'region/pakistan' });
    await api.call('tags.addToDocument', { documentId: b.id, name: 'region/pakistan' });
    await api.call('highlights.create', { documentId: a.id, ...rangeOf(a.text, 'Kabul'), tags: ['region/afghanistan', 'region/pakistan'] });
    expect((await api.call('tags.list', {})).tags).toEqual([
      { name: 'region/afghanistan', documents: 0, highlights: 1, notes: 0, count: 1 },
      { name: 'region/pakistan', documents: 2, highlights: 1, notes: 0, count: 3 },
    ]);
    expect(await api.call('tags.suggest', { prefix: 'pak' })).toEqual({ tags: [{ name: 'region/pakistan', count: 3 }] });
    expect((await api.call('tags.suggest', { prefix: 'reg', limit: 1 })).tags.map((t) => t.name)).toEqual(['region/pakistan']);
  });

  it('filters the library by tag (parents include children) and by having highlights', async () => {
    const { api, a, b, c } = setup();
    await api.call('tags.addToDocument', { documentId: a.id, name: 'region' });
    await api.call('tags.addToDocument', { documentId: b.id, name: 'Region/Pakistan' });
    await api.call('tags.addToDocument', { documentId: c.id, name: 'regional' });
    await api.call('highlights.create', { documentId: b.id, ...rangeOf(b.text, 'Kandahar') });
    const titles = async (input: Record<string, unknown>) => (await api.call('library.list', { sort: 'title', direction: 'asc', ...input })).articles.map((x) => x.title);
    expect(await titles({ tag: 'region' })).toEqual(['A', 'B']);
    expect(await titles({ tag: 'REGION/pakistan' })).toEqual(['B']);
    expect(await titles({ hasHighlights: true })).toEqual(['B']);
    expect(await titles({ hasHighlights: false })).toEqual(['A', 'C']);
    expect(await titles({ tag: 'region', hasHighlights: false })).toEqual(['A']);
    // Existing callers, with no filter, see everything as before.
    expect((await api.call('library.list', {})).articles).toHaveLength(3);
  });

  it('renames a tag and the ones below it, keeping every tagging; refuses a name already taken', async () => {
    const { api, a, b } = setup();
    await api.call('tags.addToDocument', { documentId: a.id, name: 'region' });
    const h = await api.call('highlights.create', { documentId: b.id, ...rangeOf(b.text, 'Kandahar'), tags: ['region/afghanistan'] });
    await api.call('tags.addToDocument', { documentId: b.id, name: 'place' });
    expect(await api.call('tags.rename', { from: 'Region', to: 'area' })).toEqual({ changed: 2 });
    expect((await api.call('library.get', { id: a.id })).tags).toEqual(['area']);
    expect((await api.call('highlights.list', { documentId: b.id })).highlights[0]!.tags).toEqual(['area/afghanistan']);
    expect(await api.call('tags.rename', { from: 'area', to: 'Area' })).toEqual({ changed: 2 });
    const taken = await api.reply('tags.rename', { from: 'area', to: 'PLACE' });
    expect(taken).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(/“place” already exists\. Merge/) } });
    expect(await api.reply('tags.rename', { from: 'nothing', to: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await api.reply('tags.rename', { from: 'area', to: 'area/sub' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(h.id).toBeGreaterThan(0);
  });

  it('merges two tags keeping every tagging once, then deletes tags with or without their children', async () => {
    const { api, a, b } = setup();
    await api.call('tags.addToDocument', { documentId: a.id, name: 'pak' });
    await api.call('tags.addToDocument', { documentId: a.id, name: 'pakistan' });
    await api.call('tags.addToDocument', { documentId: b.id, name: 'pak' });
    await api.call('highlights.create', { documentId: a.id, ...rangeOf(a.text, 'Islamabad'), tags: ['pak', 'pakistan', 'pak/capital'] });
    expect(await api.call('tags.merge', { from: 'pak', into: 'pakistan' })).toEqual({ changed: 2 });
    expect((await api.call('tags.list', {})).tags).toEqual([
      { name: 'pakistan', documents: 2, highlights: 1, notes: 0, count: 3 },
      { name: 'pakistan/capital', documents: 0, highlights: 1, notes: 0, count: 1 },
    ]);
    expect(await api.reply('tags.merge', { from: 'pakistan', into: 'PAKISTAN' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await api.call('tags.delete', { name: 'pakistan' })).toEqual({ deleted: 1, taggings: 3 });
    expect((await api.call('tags.list', {})).tags.map((t) => t.name)).toEqual(['pakistan/capital']);
    await api.call('tags.addToDocument', { documentId: a.id, name: 'pakistan' });
    expect(await api.call('tags.delete', { name: 'pakistan', includeChildren: true })).toEqual({ deleted: 2, taggings: 2 });
    expect((await api.call('tags.list', {})).tags).toEqual([]);
    expect(await api.reply('tags.delete', { name: 'pakistan' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
