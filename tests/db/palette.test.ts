/** `palette.items` over a real library: fuzzy titles of articles, notes and tags, ranking, the trash, and the title cache. */
import { describe, expect, it } from 'vitest';
import { insertDocument } from '../../db/repos/documents';
import { openLibrary } from '../../db/open';
import { apiFor } from './annotations-helpers';
import { newDocument, tempLibrary } from './helpers';

const names = (items: { kind: string; name: string }[]) => items.map((i) => `${i.kind}:${i.name}`);

describe('palette.items', () => {
  it('finds articles, notes and tags by a few letters of their titles, best first', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const pakistan = insertDocument(db, newDocument({ title: 'Pakistan and the Taliban', site: 'dawn.com', byline: 'A. Writer' }));
    insertDocument(db, newDocument({ title: 'Parking tickets in Toulouse: a ballad' }));
    insertDocument(db, newDocument({ title: 'Venezuela' }));
    const note = await api.call('notes.create', { title: 'Field notes' });
    await api.call('tags.addToDocument', { documentId: pakistan, name: 'region/pakistan' });

    const found = await api.call('palette.items', { query: 'pktlbn' });
    expect(found.items[0]).toEqual({ kind: 'article', id: pakistan, name: 'Pakistan and the Taliban', detail: 'dawn.com · A. Writer' });
    expect(names(found.items)).not.toContain('article:Venezuela');

    const notes = await api.call('palette.items', { query: 'fldnts' });
    expect(notes.items).toEqual([{ kind: 'note', id: note.id, name: 'Field notes', detail: '' }]);

    const tags = await api.call('palette.items', { query: 'rgnpak' });
    expect(tags.items).toEqual([{ kind: 'tag', id: null, name: 'region/pakistan', detail: '1 article' }]);
  });

  it('ranks whole words and word starts above scattered letters, across kinds', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    insertDocument(db, newDocument({ title: 'Strategy and tactics of the aggregate' }));
    insertDocument(db, newDocument({ title: 'Tags and taxonomies' }));
    await api.call('notes.create', { title: 'On tagging' });
    await api.call('tags.addToDocument', { documentId: insertDocument(db, newDocument({ title: 'Other' })), name: 'tag' });
    const { items } = await api.call('palette.items', { query: 'tag' });
    expect(names(items)).toEqual(['tag:tag', 'article:Tags and taxonomies', 'note:On tagging', 'article:Strategy and tactics of the aggregate']);
  });

  it('leaves out notes in the trash, and brings them back when restored', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const kept = await api.call('notes.create', { title: 'Doha notes' });
    const trashed = await api.call('notes.create', { title: 'Doha draft' });
    expect(names((await api.call('palette.items', { query: 'doha' })).items).sort()).toEqual(['note:Doha draft', 'note:Doha notes']);
    await api.call('notes.delete', { id: trashed.id });
    expect((await api.call('palette.items', { query: 'doha' })).items.map((i) => i.id)).toEqual([kept.id]);
    await api.call('notes.restore', { id: trashed.id });
    expect((await api.call('palette.items', { query: 'doha' })).items).toHaveLength(2);
  });

  it('sees renames, deletes and tag moves made since the last call, also by another connection', async () => {
    const { db, file } = tempLibrary();
    const api = apiFor(db);
    const note = await api.call('notes.create', { title: 'Old name' });
    const doc = insertDocument(db, newDocument({ title: 'Soon deleted' }));
    await api.call('tags.addToDocument', { documentId: doc, name: 'draft' });
    expect((await api.call('palette.items', { query: 'oldnm' })).items).toHaveLength(1);
    await api.call('notes.rename', { id: note.id, title: 'Brand new' });
    expect((await api.call('palette.items', { query: 'oldnm' })).items).toEqual([]);
    expect((await api.call('palette.items', { query: 'brnd' })).items.map((i) => i.id)).toEqual([note.id]);
    await api.call('tags.rename', { from: 'draft', to: 'final' });
    expect(names((await api.call('palette.items', { query: 'final' })).items)).toEqual(['tag:final']);
    await api.call('library.delete', { id: doc });
    expect((await api.call('palette.items', { query: 'soon' })).items).toEqual([]);

    // The CLI writes through its own connection.
    const other = openLibrary(file);
    insertDocument(other, newDocument({ title: 'Imported by the command line' }));
    other.close();
    expect(names((await api.call('palette.items', { query: 'cmdln' })).items)).toEqual(['article:Imported by the command line']);
  });

  it('with an empty query, gives the most recent articles and notes', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    for (let i = 1; i <= 4; i++) insertDocument(db, newDocument({ title: `Article ${i}`, importedAt: `2025-01-0${i}T00:00:00.000Z` }));
    await api.call('notes.create', { title: 'A note' });
    const { items } = await api.call('palette.items', { query: '  ', limit: 4 });
    expect(names(items)).toEqual(['article:Article 4', 'article:Article 3', 'note:A note']);
  });

  it('refuses a query that is too long, with a message to act on', async () => {
    const { db } = tempLibrary();
    const reply = await apiFor(db).reply('palette.items', { query: 'x'.repeat(501) });
    expect(reply).toMatchObject({ ok: false, error: { message: expect.stringContaining('at most 500 characters') } });
  });
});
