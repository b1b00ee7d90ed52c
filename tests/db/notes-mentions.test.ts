/** Unlinked mentions of a note's title or aliases, and linking one with a click. */
import { describe, expect, it } from 'vitest';
import { doc, noteLink, p, text } from '../unit/note-fixtures';
import { apiFor } from './annotations-helpers';
import { tempLibrary } from './helpers';

async function library() {
  const { db } = tempLibrary();
  const api = apiFor(db);
  const target = await api.call('notes.create', { title: 'Cold War', aliases: ['Soviet era'], content: doc(p(text('The Cold War note itself.'))) });
  const plain = await api.call('notes.create', { title: 'Plain', content: doc(p(text('Nothing yet.')), p(text('In the cold war, drones did not exist.'))) });
  const alias = await api.call('notes.create', { title: 'Alias', content: doc(p(text('Back in the Soviet-era files.'))) });
  const linked = await api.call('notes.create', { title: 'Linked', content: doc(p(noteLink(target.id, 'Cold War'), text(' and the cold war again.'))) });
  const code = await api.call('notes.create', { title: 'Code', content: doc(p(text('cold war', 'code'))) });
  const trashed = await api.call('notes.create', { title: 'Trashed', content: doc(p(text('Cold War in the trash.'))) });
  await api.call('notes.delete', { id: trashed.id });
  return { db, api, target, plain, alias, linked, code };
}

describe('notes: unlinked mentions', () => {
  it('finds notes naming the title or an alias in plain words, not those linking it, trashed ones, code or the note itself', async () => {
    const { api, target, plain, alias } = await library();
    const { mentions } = await api.call('notes.unlinkedMentions', { id: target.id });
    expect(mentions.map((m) => [m.noteId, m.matched, m.context])).toEqual([
      [alias.id, 'Soviet-era', 'Back in the Soviet-era files.'],
      [plain.id, 'cold war', 'In the cold war, drones did not exist.'],
    ]);
    expect(mentions[0]).toMatchObject({ title: 'Alias', version: 1 });
  });

  it('links the first mention: the note gains the link, a backlink appears, the mention goes', async () => {
    const { api, target, plain, linked } = await library();
    api.events.length = 0;
    const result = await api.call('notes.linkMention', { noteId: target.id, mentionNoteId: plain.id, baseVersion: 1 });
    expect(result).toMatchObject({ matched: 'cold war', note: { id: plain.id, version: 2 } });
    expect(api.events).toEqual([{ event: 'notes.changed', payload: { id: plain.id } }]);
    expect((await api.call('notes.get', { id: plain.id })).content).toEqual(
      doc(p(text('Nothing yet.')), p(text('In the '), noteLink(target.id, 'cold war'), text(', drones did not exist.'))),
    );
    const { backlinks } = await api.call('notes.backlinks', { target: { kind: 'note', id: target.id } });
    expect(backlinks.map((b) => [b.noteId, b.context]).sort()).toEqual([
      [plain.id, 'In the cold war, drones did not exist.'],
      [linked.id, 'Cold War and the cold war again.'],
    ]);
    expect((await api.call('notes.unlinkedMentions', { id: target.id })).mentions.map((m) => m.noteId)).not.toContain(plain.id);
  });

  it('refuses a stale version, a vanished mention and self-links; an editor holding the old text meets a conflict', async () => {
    const { api, target, plain, code } = await library();
    const stale = await api.reply('notes.linkMention', { noteId: target.id, mentionNoteId: plain.id, baseVersion: 7 });
    expect(!stale.ok && stale.error).toMatchObject({ code: 'conflict', message: expect.stringMatching(/“Plain” has changed since/) });
    const none = await api.reply('notes.linkMention', { noteId: target.id, mentionNoteId: code.id });
    expect(!none.ok && none.error).toMatchObject({ code: 'not_found', message: expect.stringMatching(/no longer mentions this note/) });
    const self = await api.reply('notes.linkMention', { noteId: target.id, mentionNoteId: target.id });
    expect(!self.ok && self.error.code).toBe('invalid_input');

    await api.call('notes.linkMention', { noteId: target.id, mentionNoteId: plain.id });
    // The editor still at version 1 saves its own typing: both versions are kept.
    const save = await api.call('notes.save', { id: plain.id, baseVersion: 1, content: doc(p(text('Typed in the old window.'))) });
    expect(save.status).toBe('conflict');
    expect((await api.call('notes.get', { id: plain.id })).content.content).toHaveLength(2);
  });

  it('skips titles too short to mean anything, and a trashed target', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const short = await api.call('notes.create', { title: 'A' });
    await api.call('notes.create', { title: 'Other', content: doc(p(text('A word.'))) });
    expect((await api.call('notes.unlinkedMentions', { id: short.id })).mentions).toEqual([]);
    await api.call('notes.delete', { id: short.id });
    expect((await api.reply('notes.unlinkedMentions', { id: short.id })).ok).toBe(false);
  });
});
