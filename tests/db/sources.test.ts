/** Kept originals and removed passages: stored by the importer, shown by library.get, restored and un-restored. */
import { describe, expect, it } from 'vitest';
import { getDocument, insertDocument } from '../../db/repos/documents';
import { getDocumentSource } from '../../db/repos/document-sources';
import type { Block } from '../../main/library/article';
import { apiFor, rangeOf } from './annotations-helpers';
import { newDocument, tempLibrary } from './helpers';
import { CLUTTERED, importText, setRemoved } from './sources-helpers';

const blocksOf = (db: Parameters<typeof getDocument>[0], id: number) => JSON.parse(getDocument(db, id)!.blocksJson) as Block[];

describe('kept sources', () => {
  it('stores every imported article’s original and parsed title, and lists removed passages in the reader', async () => {
    const { db } = tempLibrary();
    const [id] = await importText(db, 'lakes.txt', CLUTTERED);
    const source = getDocumentSource(db, id!)!;
    expect(source.original).toBe(CLUTTERED);
    expect(source.parsedTitle).toBe('Glacier lakes are rising in the Karakoram');
    // The share bar and the advertisement label, each where it stood.
    const removed = [
      { before: 0, text: 'Share this article', why: 'boilerplate' },
      { before: 1, text: 'Advertisement', why: 'boilerplate' },
    ];
    expect(JSON.parse(source.removedJson)).toEqual(removed);
    const detail = await apiFor(db).call('library.get', { id: id! });
    expect(detail.cleanup).toEqual({ available: true, reason: null });
    expect(detail.removed).toEqual(removed);
  });

  it('says clearly that an article imported before originals were kept cannot be re-cleaned', async () => {
    const { db } = tempLibrary();
    const id = insertDocument(db, newDocument());
    const api = apiFor(db);
    const detail = await api.call('library.get', { id });
    expect(detail.cleanup?.available).toBe(false);
    expect(detail.cleanup?.reason).toMatch(/imported before Commonplace kept original files/);
    expect(await api.reply('library.reclean', { jobId: 'one', id })).toMatchObject({ ok: false, error: { code: 'unsupported', message: expect.stringMatching(/cannot be re-run/) } });
    expect(await api.reply('library.restoreRemoved', { id, index: 0 })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('restores a removed passage as a paragraph at its place, re-anchoring highlights, and undoes it', async () => {
    const { db } = tempLibrary();
    const [id] = await importText(db, 'lakes.txt', CLUTTERED);
    const api = apiFor(db);
    const before = blocksOf(db, id!);
    expect(before.map((b) => b.text)).not.toContain('Advertisement');
    const adAt = before.findIndex((b) => b.text.startsWith('The lakes threaten'));
    setRemoved(db, id!, [
      { before: 0, text: 'Share this article', why: 'widget' },
      { before: adAt, text: 'Advertisement', why: 'banner' },
    ]);
    const text = getDocument(db, id!)!.plainText;
    const later = await api.call('highlights.create', { documentId: id!, ...rangeOf(text, 'moved two hundred families'), color: 'yellow' });

    const shown = await api.call('library.get', { id: id! });
    expect(shown.removed).toEqual([
      { before: 0, text: 'Share this article', why: 'widget' },
      { before: adAt, text: 'Advertisement', why: 'banner' },
    ]);

    const restored = await api.call('library.restoreRemoved', { id: id!, index: 1 });
    expect(restored).toMatchObject({ blockIndex: adAt, passage: { text: 'Advertisement', why: 'banner' }, needAttention: 0 });
    const after = blocksOf(db, id!);
    expect(after[adAt]).toEqual({ kind: 'paragraph', text: 'Advertisement' });
    expect(after.length).toBe(before.length + 1);
    const moved = (await api.call('highlights.list', { documentId: id! })).highlights.find((h) => h.id === later.id)!;
    expect(moved.status).toBe('ok');
    expect(getDocument(db, id!)!.plainText.slice(moved.start!, moved.end!)).toBe('moved two hundred families');
    expect((await api.call('library.get', { id: id! })).removed).toEqual([{ before: 0, text: 'Share this article', why: 'widget' }]);
    expect(api.events.map((e) => e.event)).toEqual(expect.arrayContaining(['library.changed', 'highlights.changed']));

    // Undo: out of the text, back into the list at its place.
    await api.call('library.unrestoreRemoved', { id: id!, blockIndex: adAt, passage: { text: 'Advertisement', why: 'banner' } });
    expect(blocksOf(db, id!)).toEqual(before);
    expect((await api.call('library.get', { id: id! })).removed).toEqual(shown.removed);
    const back = (await api.call('highlights.list', { documentId: id! })).highlights.find((h) => h.id === later.id)!;
    expect(getDocument(db, id!)!.plainText.slice(back.start!, back.end!)).toBe('moved two hundred families');
    expect(JSON.parse(getDocumentSource(db, id!)!.restoredJson)).toEqual([]);
  });

  it('refuses bad restores with a clear message and changes nothing', async () => {
    const { db } = tempLibrary();
    const [id] = await importText(db, 'lakes.txt', CLUTTERED);
    const api = apiFor(db);
    const before = getDocument(db, id!);
    expect(await api.reply('library.restoreRemoved', { id: id!, index: 3 })).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/no longer listed/) } });
    expect(await api.reply('library.restoreRemoved', { id: id!, index: -1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await api.reply('library.unrestoreRemoved', { id: id!, blockIndex: 0, passage: { text: 'Not there', why: 'banner' } })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringMatching(/no longer at that place/) },
    });
    expect(await api.reply('library.restoreRemoved', { id: 999, index: 0 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(getDocument(db, id!)).toEqual(before);
  });
});
