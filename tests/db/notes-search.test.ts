/** `[[` title search, note lists by tag, and note tags living alongside article and highlight tags. */
import { describe, expect, it } from 'vitest';
import { doc, p, tag, text } from '../unit/note-fixtures';
import { apiFor } from './annotations-helpers';
import { tempLibrary } from './helpers';

describe('notes: title search for [[', () => {
  it('ranks the exact title, then titles starting with the query, then word prefixes, then anywhere; accents ignored', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const titles = ['The cold war in Asia', 'Cold War', 'Coldwater notes', 'Warfare, cold', 'Zabīḥullāh Mujahid', 'Uncold'];
    const ids = new Map<string, number>();
    for (const title of titles) ids.set(title, (await api.call('notes.create', { title })).id);
    const search = async (query: string, extra: object = {}) => (await api.call('notes.searchTitles', { query, ...extra })).notes.map((n) => n.title);
    expect(await search('cold war')).toEqual(['Cold War', 'The cold war in Asia', 'Warfare, cold']);
    expect(await search('cold')).toEqual(['Cold War', 'Coldwater notes', 'Warfare, cold', 'The cold war in Asia', 'Uncold']);
    expect(await search('zabihullah')).toEqual(['Zabīḥullāh Mujahid']);
    expect(await search('cold', { limit: 2, excludeId: ids.get('Cold War') })).toEqual(['Coldwater notes', 'Warfare, cold']);
    expect(await search('100%_"')).toEqual([]);
    expect((await search('')).length).toBe(6);
  });

  it('finds aliases, and never offers a note in the trash', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const ussr = await api.call('notes.create', { title: 'Soviet Union', aliases: ['USSR'] });
    const gone = await api.call('notes.create', { title: 'USSR archives' });
    await api.call('notes.delete', { id: gone.id });
    expect((await api.call('notes.searchTitles', { query: 'ussr' })).notes.map((n) => n.id)).toEqual([ussr.id]);
  });
});

describe('notes: tags', () => {
  it('lists notes by tag (and the tags below it)', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const af = await api.call('notes.create', { title: 'Af', content: doc(p(tag('region/af'))) });
    const pk = await api.call('notes.create', { title: 'Pk', content: doc(p(text('#region/pk'))) });
    await api.call('notes.create', { title: 'None' });
    const listed = async (tagName: string) => (await api.call('notes.list', { tag: tagName })).notes.map((n) => n.id).sort();
    expect(await listed('region')).toEqual([af.id, pk.id].sort());
    expect(await listed('region/pk')).toEqual([pk.id]);
  });

  it('carries a tag rename into the notes’ text, so their next save keeps the new name', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const note = await api.call('notes.create', { title: 'Tagged', content: doc(p(text('On #region/pk and '), tag('region'))) });
    const untouched = await api.call('notes.create', { title: 'Other', content: doc(p(text('#elsewhere'))) });
    api.events.length = 0;
    await api.call('tags.rename', { from: 'region', to: 'place' });
    expect(api.events.filter((e) => e.event === 'notes.changed')).toEqual([{ event: 'notes.changed', payload: { id: note.id } }]);
    const after = await api.call('notes.get', { id: note.id });
    expect(after).toMatchObject({ version: 2, tags: ['place', 'place/pk'] });
    expect(after.content).toEqual(doc(p(text('On #place/pk and '), tag('place'))));
    expect((await api.call('notes.get', { id: untouched.id })).version).toBe(1);
    const saved = await api.call('notes.save', { id: note.id, baseVersion: 2, content: after.content });
    expect(saved).toMatchObject({ status: 'unchanged', note: { tags: ['place', 'place/pk'] } });
  });

  it('keeps a note’s tagging through a tag merge, and counts it when the tag is deleted', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const note = await api.call('notes.create', { title: 'Tagged', content: doc(p(text('#drones'))) });
    await api.call('notes.create', { title: 'Other', content: doc(p(text('#uav'))) });
    await api.call('tags.merge', { from: 'drones', into: 'uav' });
    expect(await api.call('notes.get', { id: note.id })).toMatchObject({ tags: ['uav'], content: doc(p(text('#uav'))) });
    expect(await api.call('tags.delete', { name: 'uav' })).toEqual({ deleted: 1, taggings: 2 });
    expect((await api.call('notes.get', { id: note.id })).tags).toEqual([]);
  });
});
