/** “Quote in note…”: notes.appendHighlights adds highlight references to the end of a note, atomically. */
import { describe, expect, it } from 'vitest';
import { doc, p, quoteRef, text } from '../unit/note-fixtures';
import { apiFor, insertArticle, paragraph, rangeOf } from './annotations-helpers';
import { tempLibrary } from './helpers';

async function setup() {
  const { db } = tempLibrary();
  const api = apiFor(db);
  const article = insertArticle(db, [paragraph('The recent downward spiral in relations began in 2021. Talks stalled.')], { title: 'Friends to foes' });
  const first = await api.call('highlights.create', { documentId: article.id, ...rangeOf(article.text, 'downward spiral') });
  const second = await api.call('highlights.create', { documentId: article.id, ...rangeOf(article.text, 'Talks stalled') });
  return { db, api, article, first, second };
}

describe('notes.appendHighlights', () => {
  it('appends the quotes in the order given, before a fresh empty paragraph, and links them', async () => {
    const { api, article, first, second } = await setup();
    const note = await api.call('notes.create', { title: 'Reading log', content: doc(p(text('So far:')), p()) });
    api.events.length = 0;
    const meta = await api.call('notes.appendHighlights', { noteId: note.id, highlightIds: [second.id, first.id, second.id] });
    expect(meta).toMatchObject({ id: note.id, version: 2, title: 'Reading log' });
    expect(api.events).toEqual([{ event: 'notes.changed', payload: { id: note.id } }]);
    const after = await api.call('notes.get', { id: note.id });
    expect(after.content).toEqual(doc(p(text('So far:')), quoteRef(second.id, article.id, 'Talks stalled'), quoteRef(first.id, article.id, 'downward spiral'), p()));
    expect((await api.call('notes.backlinks', { target: { kind: 'highlight', id: first.id } })).backlinks.map((b) => b.noteId)).toEqual([note.id]);
    expect((await api.call('notes.backlinks', { target: { kind: 'document', id: article.id } })).backlinks.map((b) => [b.noteId, b.target.id])).toEqual([
      [note.id, first.id],
      [note.id, second.id],
    ]);
  });

  it('keeps a note’s last paragraph when it has text, and an editor holding the old version meets a conflict instead of losing the quote', async () => {
    const { api, article, first } = await setup();
    const note = await api.call('notes.create', { title: 'Draft', content: doc(p(text('Last words'))) });
    await api.call('notes.appendHighlights', { noteId: note.id, highlightIds: [first.id] });
    const after = await api.call('notes.get', { id: note.id });
    expect(after.content).toEqual(doc(p(text('Last words')), quoteRef(first.id, article.id, 'downward spiral'), p()));
    const stale = await api.call('notes.save', { id: note.id, baseVersion: 1, content: doc(p(text('Last words, edited'))) });
    expect(stale.status).toBe('conflict');
    expect((await api.call('notes.get', { id: note.id })).content).toEqual(after.content);
  });

  it('refuses missing highlights, trashed and unknown notes, leaving the note untouched', async () => {
    const { db, api, first } = await setup();
    const note = await api.call('notes.create', { title: 'Kept', content: doc(p(text('Unchanged'))) });
    const before = db.prepare('SELECT content, version FROM notes WHERE id = ?').get(note.id);

    const missing = await api.reply('notes.appendHighlights', { noteId: note.id, highlightIds: [first.id, 9999] });
    expect(!missing.ok && missing.error).toMatchObject({ code: 'not_found', message: expect.stringMatching(/#9999 is no longer in your library.*not changed/) });
    expect((await api.reply('notes.appendHighlights', { noteId: 424242, highlightIds: [first.id] })).ok).toBe(false);
    expect((await api.reply('notes.appendHighlights', { noteId: note.id, highlightIds: [] })).ok).toBe(false);
    expect((await api.reply('notes.appendHighlights', { noteId: note.id, highlightIds: [-1] })).ok).toBe(false);

    await api.call('notes.delete', { id: note.id });
    const trashed = await api.reply('notes.appendHighlights', { noteId: note.id, highlightIds: [first.id] });
    expect(!trashed.ok && trashed.error).toMatchObject({ code: 'refused', message: expect.stringMatching(/in the trash/) });
    expect(db.prepare('SELECT content, version FROM notes WHERE id = ?').get(note.id)).toEqual(before);
    expect(db.prepare('SELECT count(*) AS n FROM note_links').get()).toEqual({ n: 0 });
  });
});
