/** library.rejoin: the articles one file held joined back into one; highlights and tags move, the others go. */
import { describe, expect, it } from 'vitest';
import { countDocuments, getDocument, insertDocument } from '../../db/repos/documents';
import { importSources } from '../../main/library/importer';
import { fixtureArticle } from '../unit/fixtures';
import { getDocumentSource } from '../../db/repos/document-sources';
import { apiFor, rangeOf } from './annotations-helpers';
import { newDocument, tempLibrary } from './helpers';
import { importText } from './sources-helpers';

const FIRST = 'Floods in Swat\n\nThe river rose four metres overnight and washed away the old bridge at Bahrain.\n';
const SECOND = 'Schools reopen in Chitral\n\nAfter the floods, teachers held classes in tents beside the ruined school building.\n';

describe('joining articles back into one', () => {
  it('parses the originals in order into the first article, moving highlights and tags, deleting the others', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const [a] = await importText(db, 'a.txt', FIRST);
    const [b] = await importText(db, 'b.txt', SECOND);
    await api.call('tags.addToDocument', { documentId: a!, name: 'floods' });
    await api.call('tags.addToDocument', { documentId: b!, name: 'schools' });
    const onA = await api.call('highlights.create', { documentId: a!, ...rangeOf(getDocument(db, a!)!.plainText, 'washed away the old bridge'), color: 'yellow' });
    const onB = await api.call('highlights.create', { documentId: b!, ...rangeOf(getDocument(db, b!)!.plainText, 'classes in tents'), color: 'blue', comment: 'Where?', tags: ['education'] });

    const result = await api.call('library.rejoin', { ids: [a!, b!] });
    expect(result).toMatchObject({ id: a, title: 'Floods in Swat', deleted: [b], movedHighlights: 1, needAttention: 0 });
    expect(getDocument(db, b!)).toBeUndefined();
    const joined = getDocument(db, a!)!;
    expect(joined.plainText).toMatch(/old bridge at Bahrain\.[\s\S]*classes in tents/);
    expect(getDocumentSource(db, a!)!.original).toBe(FIRST + SECOND);
    const highlights = (await api.call('highlights.list', { documentId: a! })).highlights;
    expect(highlights.map((h) => h.id).sort()).toEqual([onA.id, onB.id].sort());
    for (const h of highlights) {
      expect(h.status).toBe('ok');
      expect(joined.plainText.slice(h.start!, h.end!)).toBe(h.exact);
    }
    expect(highlights.find((h) => h.id === onB.id)).toMatchObject({ comment: 'Where?', tags: ['education'], exact: 'classes in tents' });
    expect((await api.call('library.get', { id: a! })).tags).toEqual(['floods', 'schools']);
    expect(api.events).toContainEqual({ event: 'library.changed', payload: {} });
  });

  it('still knows the file after its articles were joined: importing it again adds nothing', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const first = await importSources(db, [{ kind: 'path', path: fixtureArticle('000_5772afeb88b3367e.txt') }]);
    const { ids } = first.split![0]!;
    expect(ids).toHaveLength(5);
    await api.call('library.rejoin', { ids });
    const again = await importSources(db, [{ kind: 'path', path: fixtureArticle('000_5772afeb88b3367e.txt') }]);
    expect(again.imported).toEqual([]);
    expect(again.duplicates).toEqual([expect.objectContaining({ existingId: ids[0] })]);
    expect(countDocuments(db)).toBe(1);
  });

  it('refuses what cannot be joined, changing nothing', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const [a] = await importText(db, 'a.txt', FIRST);
    const legacy = insertDocument(db, newDocument());
    const before = getDocument(db, a!);
    expect(await api.reply('library.rejoin', { ids: [a!] })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await api.reply('library.rejoin', { ids: [a!, a!] })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/twice/) } });
    expect(await api.reply('library.rejoin', { ids: [a!, 999] })).toMatchObject({ ok: false, error: { code: 'not_found', message: expect.stringMatching(/Nothing was changed/) } });
    expect(await api.reply('library.rejoin', { ids: [a!, legacy] })).toMatchObject({ ok: false, error: { code: 'unsupported', message: expect.stringMatching(/no kept original/) } });
    expect(getDocument(db, a!)).toEqual(before);
    expect(getDocument(db, legacy)).toBeDefined();
  });
});
