/** Tags reach notes: counted in tags.list and tags.suggest, renamed and merged in the notes' text, and removed from it on delete. */
import { describe, expect, it } from 'vitest';
import { removeTagFromNote } from '../../main/library/notes/doc';
import { code, doc, p, tag, text } from '../unit/note-fixtures';
import { apiFor, insertArticle, paragraph } from './annotations-helpers';
import { tempLibrary } from './helpers';

function setup() {
  const { db } = tempLibrary();
  return { db, api: apiFor(db) };
}

describe('tags and notes', () => {
  it('counts live notes in tags.list and tags.suggest, and filters notes by a tag and the tags below it', async () => {
    const { db, api } = setup();
    const article = insertArticle(db, [paragraph('Text.')]);
    await api.call('tags.addToDocument', { documentId: article.id, name: 'drones' });
    const a = await api.call('notes.create', { title: 'A', content: doc(p(text('On #drones and '), tag('drones/policy'))) });
    await api.call('notes.create', { title: 'B', content: doc(p(text('#drones again'))) });
    const trashed = await api.call('notes.create', { title: 'C', content: doc(p(text('#drones in the bin'))) });
    await api.call('notes.delete', { id: trashed.id });

    expect((await api.call('tags.list', {})).tags).toEqual([
      { name: 'drones', documents: 1, highlights: 0, notes: 2, count: 3 },
      { name: 'drones/policy', documents: 0, highlights: 0, notes: 1, count: 1 },
    ]);
    expect((await api.call('tags.suggest', { prefix: 'dro' })).tags).toEqual([
      { name: 'drones', count: 3 },
      { name: 'drones/policy', count: 1 },
    ]);
    expect((await api.call('notes.list', { tag: 'drones/policy' })).notes.map((n) => n.id)).toEqual([a.id]);
    expect((await api.call('notes.list', { tag: 'drones' })).notes.map((n) => n.title).sort()).toEqual(['A', 'B']);
  });

  it('merges a tag in the notes’ text: tag nodes and typed tags alike, code left alone', async () => {
    const { api } = setup();
    const note = await api.call('notes.create', { title: 'N', content: doc(p(text('#uav, '), tag('UAV'), text(' and #uav/cost')), code(null, '#uav')) });
    await api.call('notes.create', { title: 'Other', content: doc(p(text('#drones'))) });
    await api.call('tags.merge', { from: 'uav', into: 'drones' });
    const after = await api.call('notes.get', { id: note.id });
    expect(after).toMatchObject({ version: 2, tags: ['drones', 'drones/cost'] });
    expect(after.content).toEqual(doc(p(text('#drones, '), tag('drones'), text(' and #drones/cost')), code(null, '#uav')));
  });

  it('deletes a tag from notes: its words stay as plain text, the tagging goes, and the next save does not bring it back', async () => {
    const { api } = setup();
    const note = await api.call('notes.create', {
      title: 'N',
      content: doc(p(text('About #drones, '), tag('Drones'), text(' and #drones/policy.')), code(null, '#drones')),
    });
    const untouched = await api.call('notes.create', { title: 'Other', content: doc(p(text('#dronesque is another tag'))) });
    api.events.length = 0;
    expect(await api.call('tags.delete', { name: 'drones' })).toEqual({ deleted: 1, taggings: 1 });
    expect(api.events.filter((e) => e.event === 'notes.changed')).toEqual([{ event: 'notes.changed', payload: { id: note.id } }]);
    const after = await api.call('notes.get', { id: note.id });
    expect(after).toMatchObject({ version: 2, tags: ['drones/policy'] });
    expect(after.content).toEqual(doc(p(text('About drones, Drones and #drones/policy.')), code(null, '#drones')));
    expect((await api.call('notes.get', { id: untouched.id })).version).toBe(1);
    expect(await api.call('notes.save', { id: note.id, baseVersion: 2, content: after.content })).toMatchObject({ status: 'unchanged', note: { tags: ['drones/policy'] } });
    expect((await api.call('tags.list', {})).tags.map((t) => t.name)).toEqual(['drones/policy', 'dronesque']);
  });

  it('deletes the tags below too when asked, in notes as everywhere', async () => {
    const { api } = setup();
    const note = await api.call('notes.create', { title: 'N', content: doc(p(text('#region/pk, #region and '), tag('region/af/kabul'), text(' but #regional'))) });
    expect(await api.call('tags.delete', { name: 'region', includeChildren: true })).toEqual({ deleted: 3, taggings: 3 });
    const after = await api.call('notes.get', { id: note.id });
    expect(after.tags).toEqual(['regional']);
    expect(after.content).toEqual(doc(p(text('region/pk, region and region/af/kabul but #regional'))));
  });

  it('removeTagFromNote leaves link text and other tags alone and says when nothing changed', () => {
    const linked = doc(p(text('#x', { type: 'link', attrs: { href: 'https://example.org' } }), text(' #xy (#x)')));
    expect(removeTagFromNote(linked, 'x', false)).toEqual(doc(p(text('#x', { type: 'link', attrs: { href: 'https://example.org' } }), text(' #xy (x)'))));
    expect(removeTagFromNote(doc(p(text('no tags here'))), 'x', true)).toBeNull();
  });
});
