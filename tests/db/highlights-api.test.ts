/** highlights.* and colors.* through the real handlers and dispatcher, on a real library. */
import { describe, expect, it } from 'vitest';
import { apiFor, insertArticle, paragraph, rangeOf } from './annotations-helpers';
import { tempLibrary } from './helpers';

function setup() {
  const { db } = tempLibrary();
  const article = insertArticle(db, [
    paragraph('The Taliban returned to power in August 2021.'),
    paragraph('Islamabad believed the new government would be friendly.'),
  ]);
  return { db, api: apiFor(db), ...article };
}

describe('highlights through the contract', () => {
  it('creates a highlight with its selector, colour meaning, comment and tags; across paragraphs too', async () => {
    const { api, id, text } = setup();
    const r = rangeOf(text, 'August 2021.\n\nIslamabad');
    const h = await api.call('highlights.create', { documentId: id, ...r, color: 'green', comment: 'Dates', tags: ['timeline', 'region/afghanistan'] });
    expect(h).toMatchObject({
      documentId: id,
      color: 'green',
      colorMeaning: 'Evidence',
      comment: 'Dates',
      start: r.start,
      end: r.end,
      exact: 'August 2021.\n\nIslamabad',
      prefix: 'he Taliban returned to power in ', // 32 characters of context
      suffix: ' believed the new government wou',
      status: 'ok',
      score: 1,
      previousExact: null,
      sourceDocumentId: null,
      tags: ['region/afghanistan', 'timeline'],
    });
    expect(api.events).toContainEqual({ event: 'highlights.changed', payload: { documentId: id } });
    expect(api.events).toContainEqual({ event: 'tags.changed', payload: {} });
    const yellow = await api.call('highlights.create', { documentId: id, ...rangeOf(text, 'Taliban') });
    expect(yellow).toMatchObject({ color: 'yellow', colorMeaning: 'Important', comment: null, tags: [] });
  });

  it('lists an article’s highlights in reading order, and highlights by tag across the library', async () => {
    const { db, api, id, text } = setup();
    const other = insertArticle(db, [paragraph('Elsewhere, a friendly word.')]);
    const late = await api.call('highlights.create', { documentId: id, ...rangeOf(text, 'friendly'), tags: ['tone'] });
    const early = await api.call('highlights.create', { documentId: id, ...rangeOf(text, 'Taliban') });
    const elsewhere = await api.call('highlights.create', { documentId: other.id, ...rangeOf(other.text, 'friendly'), tags: ['tone/warm'] });
    const ids = async (input: Parameters<typeof api.call<'highlights.list'>>[1]) => (await api.call('highlights.list', input)).highlights.map((h) => h.id);
    expect(await ids({ documentId: id })).toEqual([early.id, late.id]);
    expect(await ids({ tag: 'TONE' })).toEqual([late.id, elsewhere.id]);
    expect(await ids({ tag: 'tone/warm' })).toEqual([elsewhere.id]);
    expect(await ids({ tag: 'tone', documentId: other.id })).toEqual([elsewhere.id]);
    expect(await ids({})).toEqual([early.id, late.id, elsewhere.id]);
    expect(await ids({ limit: 1 })).toEqual([early.id]);
    expect((await api.call('highlights.list', { documentId: id })).highlights[0]!.documentTitle).toMatch(/^Article/);
  });

  it('updates colour and comment; an empty comment removes it', async () => {
    const { api, id, text } = setup();
    const h = await api.call('highlights.create', { documentId: id, ...rangeOf(text, 'Taliban'), comment: 'first' });
    expect(await api.call('highlights.update', { id: h.id, color: 'purple' })).toMatchObject({ color: 'purple', colorMeaning: 'Idea', comment: 'first' });
    expect(await api.call('highlights.update', { id: h.id, comment: 'second' })).toMatchObject({ color: 'purple', comment: 'second' });
    expect((await api.call('highlights.update', { id: h.id, comment: '  ' })).comment).toBeNull();
    expect((await api.call('highlights.update', { id: h.id, comment: null })).comment).toBeNull();
    const missing = await api.reply('highlights.update', { id: h.id + 99, color: 'blue' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('undoes a delete and an edit by restoring the snapshot: same id, comment and tags', async () => {
    const { api, id, text } = setup();
    const h = await api.call('highlights.create', { documentId: id, ...rangeOf(text, 'Taliban'), comment: 'keep me', tags: ['a', 'b'] });
    const { deleted, highlight } = await api.call('highlights.delete', { id: h.id });
    expect(deleted).toBe(true);
    expect(highlight).toEqual(h);
    expect((await api.call('highlights.list', { documentId: id })).highlights).toEqual([]);
    expect(await api.call('highlights.delete', { id: h.id })).toEqual({ deleted: false, highlight: null });
    expect(await api.call('highlights.restore', { highlight: highlight! })).toEqual(h);

    const edited = await api.call('highlights.update', { id: h.id, color: 'pink', comment: 'changed' });
    await api.call('tags.removeFromHighlight', { highlightId: h.id, name: 'a' });
    expect(edited.color).toBe('pink');
    expect(await api.call('highlights.restore', { highlight: h })).toEqual(h);
    expect((await api.call('highlights.list', { documentId: id })).highlights).toEqual([h]);
  });

  it('restores into a changed text by re-anchoring, and refuses when the article is gone', async () => {
    const { db, api, id, text } = setup();
    const h = await api.call('highlights.create', { documentId: id, ...rangeOf(text, 'Islamabad believed') });
    await api.call('highlights.delete', { id: h.id });
    const { replaceDocumentBlocks } = await import('../../main/library/highlights/reanchor');
    replaceDocumentBlocks(db, id, [paragraph('A preface.'), paragraph('The Taliban returned.'), paragraph('Islamabad believed otherwise.')], new Date());
    const back = await api.call('highlights.restore', { highlight: h });
    expect(back).toMatchObject({ id: h.id, status: 'ok', exact: 'Islamabad believed' });
    expect(back.start).toBe('A preface.\n\nThe Taliban returned.\n\n'.length);
    await api.call('library.delete', { id });
    expect(await api.reply('highlights.restore', { highlight: h })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('re-attaches a highlight by hand, in its article or another, and confirms it', async () => {
    const { db, api, id, text } = setup();
    const other = insertArticle(db, [paragraph('Another text about Islamabad.')]);
    const h = await api.call('highlights.create', { documentId: id, ...rangeOf(text, 'Taliban') });
    db.prepare("UPDATE highlights SET status = 'orphaned', score = NULL WHERE id = ?").run(h.id);
    const here = await api.call('highlights.reattach', { id: h.id, ...rangeOf(text, 'Islamabad') });
    expect(here).toMatchObject({ documentId: id, status: 'ok', exact: 'Islamabad', score: 1 });
    api.events.length = 0;
    const moved = await api.call('highlights.reattach', { id: h.id, documentId: other.id, ...rangeOf(other.text, 'Islamabad') });
    expect(moved).toMatchObject({ documentId: other.id, status: 'ok', exact: 'Islamabad', prefix: 'Another text about ' });
    expect(api.events).toContainEqual({ event: 'highlights.changed', payload: { documentId: id } });
    expect(api.events).toContainEqual({ event: 'highlights.changed', payload: { documentId: other.id } });
  });

  it('lists and edits colour meanings', async () => {
    const { api } = setup();
    const { colors } = await api.call('colors.list', {});
    expect(colors.map((c) => [c.key, c.color, c.meaning])).toEqual([
      [1, 'yellow', 'Important'], [2, 'green', 'Evidence'], [3, 'blue', 'Definition'], [4, 'pink', 'Question'], [5, 'purple', 'Idea'],
    ]);
    expect(await api.call('colors.update', { color: 'blue', meaning: '  Background ' })).toEqual({ color: 'blue', meaning: 'Background', key: 3 });
    expect(api.events).toContainEqual({ event: 'colors.changed', payload: {} });
    expect((await api.call('colors.list', {})).colors[2]!.meaning).toBe('Background');
  });
});
