/** Backlinks with their context, broken links, renames, references to articles and highlights, trash. */
import { describe, expect, it } from 'vitest';
import { articleRef, doc, noteLink, p, quoteRef, text } from '../unit/note-fixtures';
import { apiFor, insertArticle, paragraph, rangeOf } from './annotations-helpers';
import { tempLibrary } from './helpers';

async function twoLinkedNotes() {
  const { db } = tempLibrary();
  const api = apiFor(db);
  const target = await api.call('notes.create', { title: 'Cold War parallels' });
  const source = await api.call('notes.create', {
    title: 'Drone strikes',
    content: doc(p(text('The strikes began in 2004. The pattern, as '), noteLink(target.id, 'Cold War parallels'), text(' argues, changed. Unrelated.'))),
  });
  return { db, api, target, source };
}

describe('notes: links and backlinks', () => {
  it('lists the notes linking to a note, with the sentence around each link', async () => {
    const { api, target, source } = await twoLinkedNotes();
    const { backlinks } = await api.call('notes.backlinks', { target: { kind: 'note', id: target.id } });
    expect(backlinks).toEqual([
      { noteId: source.id, title: 'Drone strikes', context: 'The pattern, as Cold War parallels argues, changed.', updatedAt: source.updatedAt, target: { kind: 'note', id: target.id } },
    ]);
    expect((await api.call('notes.backlinks', { target: { kind: 'note', id: source.id } })).backlinks).toEqual([]);
  });

  it('keeps links through a rename: the link holds the id, the new title shows', async () => {
    const { api, target, source } = await twoLinkedNotes();
    await api.call('notes.rename', { id: target.id, title: 'Echoes of the Cold War' });
    expect((await api.call('notes.backlinks', { target: { kind: 'note', id: target.id } })).backlinks.map((b) => b.noteId)).toEqual([source.id]);
    expect(await api.call('notes.resolve', { notes: [target.id] })).toEqual({ notes: [{ id: target.id, title: 'Echoes of the Cold War', deleted: false }], highlights: [], documents: [] });
    // The linking note itself was not touched.
    expect((await api.call('notes.get', { id: source.id })).version).toBe(1);
  });

  it('shows a link to a deleted note as broken, mends it on restore, and keeps it after a purge', async () => {
    const { db, api, target, source } = await twoLinkedNotes();
    const trashed = await api.call('notes.delete', { id: target.id });
    expect(trashed).toMatchObject({ deleted: true, note: { id: target.id, deletedAt: expect.any(String) } });
    expect((await api.call('notes.resolve', { notes: [target.id] })).notes).toEqual([{ id: target.id, title: 'Cold War parallels', deleted: true }]);
    expect((await api.call('notes.list', {})).notes.map((n) => n.id)).toEqual([source.id]);
    expect((await api.call('notes.list', { trash: true })).notes.map((n) => n.id)).toEqual([target.id]);
    expect(await api.call('notes.delete', { id: target.id })).toMatchObject({ deleted: false });

    await api.call('notes.restore', { id: target.id });
    expect((await api.call('notes.resolve', { notes: [target.id] })).notes[0]!.deleted).toBe(false);

    const refused = await api.reply('notes.purge', { id: target.id });
    expect(!refused.ok && refused.error).toMatchObject({ code: 'refused', message: expect.stringMatching(/trash first/) });
    await api.call('notes.delete', { id: target.id });
    expect(await api.call('notes.purge', { id: target.id })).toEqual({ purged: true });
    expect((await api.call('notes.resolve', { notes: [target.id] })).notes).toEqual([]);
    expect((await api.call('notes.backlinks', { target: { kind: 'note', id: target.id } })).backlinks.map((b) => b.noteId)).toEqual([source.id]);
    expect((await api.reply('notes.restore', { id: target.id })).ok).toBe(false);
    expect(db.prepare('SELECT count(*) AS n FROM note_links').get()).toEqual({ n: 1 });
  });

  it('hides a trashed note’s links from backlinks until it is restored', async () => {
    const { api, target, source } = await twoLinkedNotes();
    await api.call('notes.delete', { id: source.id });
    expect((await api.call('notes.backlinks', { target: { kind: 'note', id: target.id } })).backlinks).toEqual([]);
    await api.call('notes.restore', { id: source.id });
    expect((await api.call('notes.backlinks', { target: { kind: 'note', id: target.id } })).backlinks).toHaveLength(1);
  });

  it('links articles and highlights: an article’s backlinks include notes quoting its highlights', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const article = insertArticle(db, [paragraph('The recent downward spiral in relations began in 2021.')], { title: 'Friends to foes' });
    const highlight = await api.call('highlights.create', { documentId: article.id, ...rangeOf(article.text, 'downward spiral'), color: 'green' });
    const mentions = await api.call('notes.create', { title: 'Mentions', content: doc(p(text('Read '), articleRef(article.id, 'Friends to foes'), text(' today.'))) });
    const quotes = await api.call('notes.create', { title: 'Quotes', content: doc(p(text('As it says:')), quoteRef(highlight.id, article.id, 'downward spiral')) });

    const forArticle = (await api.call('notes.backlinks', { target: { kind: 'document', id: article.id } })).backlinks;
    expect(forArticle.map((b) => [b.noteId, b.target.kind, b.context])).toEqual([
      [quotes.id, 'highlight', 'As it says:'],
      [mentions.id, 'document', 'Read Friends to foes today.'],
    ]);
    expect((await api.call('notes.backlinks', { target: { kind: 'highlight', id: highlight.id } })).backlinks.map((b) => b.noteId)).toEqual([quotes.id]);

    const resolved = await api.call('notes.resolve', { highlights: [highlight.id, 999], documents: [article.id, 998] });
    expect(resolved.highlights).toEqual([expect.objectContaining({ id: highlight.id, exact: 'downward spiral', color: 'green', colorMeaning: 'Evidence', documentTitle: 'Friends to foes' })]);
    expect(resolved.documents).toEqual([{ id: article.id, title: 'Friends to foes', kind: 'article' }]);

    // Deleting the highlight breaks the reference but never the note; undo mends it.
    const removed = await api.call('highlights.delete', { id: highlight.id });
    expect((await api.call('notes.resolve', { highlights: [highlight.id] })).highlights).toEqual([]);
    expect((await api.call('notes.get', { id: quotes.id })).content.content).toContainEqual(quoteRef(highlight.id, article.id, 'downward spiral'));
    await api.call('highlights.restore', { highlight: removed.highlight! });
    expect((await api.call('notes.resolve', { highlights: [highlight.id] })).highlights).toHaveLength(1);
  });

  it('makes a new note quoting highlights in reading order', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const article = insertArticle(db, [paragraph('First passage here. Second passage there. Third passage last.')], { title: 'The article' });
    const [third, first] = [
      await api.call('highlights.create', { documentId: article.id, ...rangeOf(article.text, 'Third passage') }),
      await api.call('highlights.create', { documentId: article.id, ...rangeOf(article.text, 'First passage') }),
    ];
    const note = await api.call('notes.fromHighlights', { highlightIds: [third.id, first.id] });
    expect(note.title).toBe('Notes on The article');
    expect(note.content).toEqual(doc(quoteRef(first.id, article.id, 'First passage'), quoteRef(third.id, article.id, 'Third passage'), p()));
    expect((await api.call('notes.backlinks', { target: { kind: 'highlight', id: third.id } })).backlinks.map((b) => b.noteId)).toEqual([note.id]);
    expect((await api.call('notes.fromHighlights', { highlightIds: [first.id], title: 'Mine' })).title).toBe('Mine');
    const missing = await api.reply('notes.fromHighlights', { highlightIds: [first.id, 404] });
    expect(missing).toEqual({ ok: false, error: { code: 'not_found', message: 'Highlight #404 is no longer in your library. Choose the highlights again.' } });
  });

  it('searches highlights for `((` by word prefixes, and lists recent ones for an empty query', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const article = insertArticle(db, [paragraph('Zabīḥullāh Mujahid spoke about Kandahar. Later, the border closed.')]);
    const a = await api.call('highlights.create', { documentId: article.id, ...rangeOf(article.text, 'Zabīḥullāh Mujahid spoke about Kandahar') });
    const b = await api.call('highlights.create', { documentId: article.id, ...rangeOf(article.text, 'the border closed'), comment: 'about Kandahar too' });
    expect((await api.call('highlights.search', { query: 'zabih muj' })).highlights.map((h) => h.id)).toEqual([a.id]);
    // A quote's words weigh more than a comment's.
    expect((await api.call('highlights.search', { query: 'kandahar' })).highlights.map((h) => h.id)).toEqual([a.id, b.id]);
    expect((await api.call('highlights.search', { query: '' })).highlights.map((h) => h.id)).toEqual([b.id, a.id]);
    expect((await api.call('highlights.search', { query: 'nothing-like-it' })).highlights).toEqual([]);
  });
});
