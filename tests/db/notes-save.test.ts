/** Creating and saving notes through the real handlers: saved, unchanged, conflict (keep both), refusals. */
import { describe, expect, it } from 'vitest';
import { NOTE_MAX_BYTES } from '../../main/contract/note-schema';
import { doc, h, noteLink, p, tag, text } from '../unit/note-fixtures';
import { apiFor } from './annotations-helpers';
import { tempLibrary } from './helpers';

const ftsIds = (db: ReturnType<typeof tempLibrary>['db'], q: string) =>
  (db.prepare('SELECT rowid AS id FROM notes_fts WHERE notes_fts MATCH ?').all(q) as { id: number }[]).map((r) => r.id);

describe('notes: create and save', () => {
  it('creates an empty note and lists it without its content', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const note = await api.call('notes.create', { title: 'First thoughts' });
    expect(note).toMatchObject({ title: 'First thoughts', version: 1, excerpt: '', tags: [], aliases: [], deletedAt: null });
    expect(note.content).toEqual(doc(p()));
    expect(api.events).toEqual([{ event: 'notes.changed', payload: { id: note.id } }]);
    const { notes } = await api.call('notes.list', {});
    expect(notes).toEqual([expect.objectContaining({ id: note.id, title: 'First thoughts' })]);
    expect(notes[0]).not.toHaveProperty('content');
    expect((await api.call('notes.create', {})).title).toBe('');
  });

  it('saves content: bumps the version, derives text, excerpt, links and tags, keeps search in sync', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const other = await api.call('notes.create', { title: 'Other' });
    const note = await api.call('notes.create', { title: 'Drone strikes', content: doc(p(text('Waziristan first.'))) });
    expect(ftsIds(db, 'waziristan')).toEqual([note.id]);
    api.events.length = 0;
    const content = doc(h(1, text('Drone strikes')), p(text('Kandahar, see '), noteLink(other.id, 'Other'), text(' and '), tag('region/af'), text(' #open')));
    const saved = await api.call('notes.save', { id: note.id, baseVersion: 1, content });
    expect(saved.status).toBe('saved');
    expect(saved.note).toMatchObject({ version: 2, excerpt: 'Kandahar, see Other and #region/af #open', tags: ['open', 'region/af'] });
    expect(saved.conflictCopy).toBeUndefined();
    expect(api.events).toEqual([
      { event: 'notes.changed', payload: { id: note.id } },
      { event: 'tags.changed', payload: {} },
    ]);
    expect(ftsIds(db, 'waziristan')).toEqual([]);
    expect(ftsIds(db, 'kandahar')).toEqual([note.id]);
    expect(db.prepare('SELECT target_kind AS kind, target_id AS id, context FROM note_links WHERE source_note_id = ?').all(note.id)).toEqual([
      { kind: 'note', id: other.id, context: 'Kandahar, see Other and #region/af #open' },
    ]);
    expect((await api.call('tags.list', {})).tags.map((t) => t.name)).toEqual(['open', 'region/af']);
    expect((await api.call('notes.get', { id: note.id })).content).toEqual(content);
    // Dropping a tag from the text drops it from the note.
    const fewer = await api.call('notes.save', { id: note.id, baseVersion: 2, content: doc(p(text('Only #open now'))) });
    expect(fewer.note.tags).toEqual(['open']);
  });

  it('skips an unchanged save: no write, same version, no event', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const note = await api.call('notes.create', { title: 'Same', content: doc(p(text('Text'))) });
    api.events.length = 0;
    const again = await api.call('notes.save', { id: note.id, baseVersion: 1, title: 'Same', content: doc(p(text('Te'), text('xt'))) });
    expect(again).toEqual({ status: 'unchanged', note: expect.objectContaining({ version: 1, updatedAt: note.updatedAt }) });
    expect(api.events).toEqual([]);
  });

  it('keeps both versions when two editors save from the same version', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const note = await api.call('notes.create', { title: 'Shared', content: doc(p(text('Start'))) });
    const first = await api.call('notes.save', { id: note.id, baseVersion: 1, content: doc(p(text('Window A wrote this'))) });
    expect(first.note.version).toBe(2);
    api.events.length = 0;
    const second = await api.call('notes.save', { id: note.id, baseVersion: 1, title: 'Shared (B)', content: doc(p(text('Window B wrote #this'))) });
    expect(second.status).toBe('conflict');
    expect(second.note).toMatchObject({ id: note.id, title: 'Shared', version: 2 });
    expect(second.conflictCopy).toMatchObject({ version: 1, excerpt: 'Window B wrote #this', tags: ['this'] });
    expect(second.conflictCopy!.title).toMatch(/^Shared \(B\) \(conflict \d{4}-\d\d-\d\d \d\d:\d\d\)$/);
    expect((await api.call('notes.get', { id: note.id })).content).toEqual(doc(p(text('Window A wrote this'))));
    expect((await api.call('notes.get', { id: second.conflictCopy!.id })).content).toEqual(doc(p(text('Window B wrote #this'))));
    expect(api.events.map((e) => e.payload)).toEqual([{ id: note.id }, { id: second.conflictCopy!.id }, {}]);
    // A stale editor whose text already matches the stored text has nothing to lose: no conflict.
    expect((await api.call('notes.save', { id: note.id, baseVersion: 1, content: doc(p(text('Window A wrote this'))) })).status).toBe('unchanged');
  });

  it('renames without bumping the version, so the editor’s next save is not a conflict', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const note = await api.call('notes.create', { title: 'Old name', content: doc(h(1, text('New name')), p(text('Body'))) });
    const renamed = await api.call('notes.rename', { id: note.id, title: 'New name' });
    expect(renamed).toMatchObject({ title: 'New name', version: 1, excerpt: 'Body' });
    expect(ftsIds(db, 'title : new')).toEqual([note.id]);
    const saved = await api.call('notes.save', { id: note.id, baseVersion: 1, content: doc(p(text('Typed meanwhile'))) });
    expect(saved).toMatchObject({ status: 'saved', note: { title: 'New name', version: 2 } });
    const titled = await api.call('notes.save', { id: note.id, baseVersion: 1, title: 'Title only', aliases: ['Alias', 'alias', 'Other'], content: doc(p(text('Typed meanwhile'))) });
    expect(titled).toMatchObject({ status: 'saved', note: { title: 'Title only', version: 2, aliases: ['Alias', 'Other'] } });
  });

  it('refuses invalid or oversized content with a clear message, leaving the stored note untouched', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const note = await api.call('notes.create', { title: 'Safe', content: doc(p(text('Precious words'))) });
    const stored = () => db.prepare('SELECT version, content, updated_at FROM notes WHERE id = ?').get(note.id);
    const before = stored();
    const unknown = await api.reply('notes.save', { id: note.id, baseVersion: 1, content: doc(p(text('x')), { type: 'table' }) });
    expect(unknown).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'This note’s content is not valid, so it was not saved: Unknown element “table”: this version of Commonplace cannot store it (at /content/1). The note in your library was not changed.',
      },
    });
    const badAttrs = await api.reply('notes.save', { id: note.id, baseVersion: 1, content: doc(p(noteLink(-3, 'x'))) });
    expect(!badAttrs.ok && badAttrs.error.message).toMatch(/noteId must be a positive whole number/);
    const huge = await api.reply('notes.save', { id: note.id, baseVersion: 1, content: doc(p(text('x'.repeat(NOTE_MAX_BYTES)))) });
    expect(!huge.ok && huge.error.message).toMatch(/The note is too large \(2\.1 MB; the limit is 2\.0 MB\)\. Split it into several notes\./);
    const notDoc = await api.reply('notes.save', { id: note.id, baseVersion: 1, content: [] });
    expect(!notDoc.ok && notDoc.error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/must be a document/) });
    const longTitle = await api.reply('notes.save', { id: note.id, baseVersion: 1, title: 'x'.repeat(501), content: doc(p()) });
    expect(!longTitle.ok && longTitle.error.message).toMatch(/at most 500 characters/);
    expect(stored()).toEqual(before);
    const missing = await api.reply('notes.save', { id: 999, baseVersion: 1, content: doc(p()) });
    expect(!missing.ok && missing.error.code).toBe('not_found');
    const create = await api.reply('notes.create', { title: 'Bad', content: doc({ type: 'nope' }) });
    expect(!create.ok && create.error.code).toBe('invalid_input');
    expect(db.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 1 });
  });

  it('says so when the note was moved to the trash meanwhile: nothing written, restore then save lands the text', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const note = await api.call('notes.create', { title: 'Binned', content: doc(p(text('Before'))) });
    await api.call('notes.delete', { id: note.id });
    api.events.length = 0;
    const typed = doc(p(text('Typed after')));
    const saved = await api.call('notes.save', { id: note.id, baseVersion: 1, content: typed });
    expect(saved).toMatchObject({ status: 'trashed', note: { id: note.id, version: 1, deletedAt: expect.any(String) } });
    expect(saved.conflictCopy).toBeUndefined();
    expect(api.events).toEqual([]);
    expect((await api.call('notes.get', { id: note.id })).content).toEqual(doc(p(text('Before'))));
    // What the editor offers: restore, then the same save again.
    await api.call('notes.restore', { id: note.id });
    const again = await api.call('notes.save', { id: note.id, baseVersion: 1, content: typed });
    expect(again).toMatchObject({ status: 'saved', note: { version: 2, deletedAt: null, excerpt: 'Typed after' } });
  });

  it('keeps titles on one line', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    expect((await api.call('notes.create', { title: 'Two\nlines\there' })).title).toBe('Two lines here');
  });
});
