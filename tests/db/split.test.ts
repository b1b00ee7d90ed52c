/** library.split: an article cut at a heading; highlights, comments and tags move with their text. */
import { describe, expect, it } from 'vitest';
import { getDocument } from '../../db/repos/documents';
import { searchDocuments } from '../../db/repos/search';
import type { Block } from '../../main/library/article';
import { importSources } from '../../main/library/importer';
import { fixtureArticle } from '../unit/fixtures';
import { apiFor, heading, insertArticle, paragraph, rangeOf } from './annotations-helpers';
import { tempLibrary } from './helpers';

const BLOCKS: Block[] = [
  paragraph('Venezuela braces for covert operations.'),
  paragraph('Caracas called the order a violation.'),
  heading('Madagascar’s new army ruler'),
  paragraph('Colonel Randrianirina will be sworn in on Friday.'),
  paragraph('Rajoelina confirmed his departure.'),
];

function setup() {
  const { db } = tempLibrary();
  const article = insertArticle(db, BLOCKS, { title: 'Collected stories' });
  db.prepare("UPDATE documents SET site = 'Al Jazeera', byline = 'Staff', source_url = 'https://example.test/a' WHERE id = ?").run(article.id);
  return { db, api: apiFor(db), ...article };
}

describe('splitting an article at a heading', () => {
  it('makes a new article from the heading on; highlights, comments and tags move with their text', async () => {
    const { db, api, id, text } = setup();
    await api.call('tags.addToDocument', { documentId: id, name: 'news/world' });
    const create = (words: string, extra: { comment?: string; tags?: string[] } = {}) => api.call('highlights.create', { documentId: id, ...rangeOf(text, words), ...extra });
    const stays = await create('the order a violation', { comment: 'CIA' });
    const goes = await create('sworn in on Friday', { comment: 'When?', tags: ['date'] });
    const later = await create('confirmed his departure');
    const straddlesMostlyAfter = await create('violation.\n\nMadagascar’s new army ruler\n\nColonel Randrianirina');
    const inHeading = await create('new army ruler');

    const result = await api.call('library.split', { id, blockIndex: 2 });
    expect(result.original).toMatchObject({ id, title: 'Collected stories', site: 'Al Jazeera', byline: 'Staff' });
    expect(result.created).toMatchObject({ title: 'Madagascar’s new army ruler', site: 'Al Jazeera', byline: null, kind: 'article' });
    expect(result.movedHighlights).toBe(4);
    const newId = result.created.id;

    const original = getDocument(db, id)!;
    const created = getDocument(db, newId)!;
    expect(original.plainText).toBe('Venezuela braces for covert operations.\n\nCaracas called the order a violation.');
    expect(created.plainText).toBe('Colonel Randrianirina will be sworn in on Friday.\n\nRajoelina confirmed his departure.');
    expect(JSON.parse(created.blocksJson)).toEqual(BLOCKS.slice(3));
    expect(created.wordCount).toBe(12);
    expect(created.contentHash).not.toBe(original.contentHash);
    expect((await api.call('library.get', { id: newId })).tags).toEqual(['news/world']);
    expect((await api.call('library.get', { id })).tags).toEqual(['news/world']);

    const kept = (await api.call('highlights.list', { documentId: id })).highlights;
    expect(kept.map((h) => [h.id, h.start, h.end, h.status, h.comment])).toEqual([[stays.id, stays.start, stays.end, 'ok', 'CIA']]);
    // Its context is re-described from the shortened text (it used to run on into the heading).
    expect(stays.suffix).toBe('.\n\nMadagascar’s new army ruler\n\n');
    expect(kept[0]!.suffix).toBe('.');

    const moved = new Map((await api.call('highlights.list', { documentId: newId })).highlights.map((h) => [h.id, h]));
    const at = (words: string) => rangeOf(created.plainText, words);
    expect(moved.get(goes.id)).toMatchObject({ ...at('sworn in on Friday'), status: 'ok', comment: 'When?', tags: ['date'], documentId: newId, documentTitle: 'Madagascar’s new army ruler' });
    expect(moved.get(later.id)).toMatchObject({ ...at('confirmed his departure'), status: 'ok' });
    // Highlights that lost words to the cut are kept, placed as well as can be or orphaned.
    expect(['fuzzy', 'orphaned']).toContain(moved.get(straddlesMostlyAfter.id)!.status);
    expect(moved.get(inHeading.id)).toMatchObject({ status: 'orphaned', exact: 'new army ruler' });
    expect(moved.get(inHeading.id)!.end!).toBeLessThanOrEqual(created.plainText.length);

    // The full-text index follows both documents.
    expect(searchDocuments(db, 'randrianirina').map((h) => h.id)).toEqual([newId]);
    expect(searchDocuments(db, 'caracas').map((h) => h.id)).toEqual([id]);
    db.exec("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')");
    expect(api.events).toContainEqual({ event: 'library.changed', payload: {} });
    expect(api.events).toContainEqual({ event: 'highlights.changed', payload: { documentId: newId } });
  });

  it('keeps a highlight that straddles the cut with the part holding most of it', async () => {
    const { api, id, text } = setup();
    const mostlyBefore = await api.call('highlights.create', { documentId: id, ...rangeOf(text, 'Caracas called the order a violation.\n\nMadagascar') });
    const { created } = await api.call('library.split', { id, blockIndex: 2 });
    const [h] = (await api.call('highlights.list', { documentId: id })).highlights;
    expect(h).toMatchObject({ id: mostlyBefore.id, status: 'fuzzy', exact: 'Caracas called the order a violation.' });
    expect((await api.call('highlights.list', { documentId: created.id })).highlights).toEqual([]);
  });

  it('refuses to split off a part that is already in the library, changing nothing', async () => {
    const { db, api, id } = setup();
    await api.call('library.split', { id, blockIndex: 2 });
    const again = insertArticle(db, BLOCKS, { title: 'Collected stories, saved twice' });
    const reply = await api.reply('library.split', { id: again.id, blockIndex: 2 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'refused', message: expect.stringMatching(/already in your library as “Madagascar’s new army ruler”/) } });
    expect(getDocument(db, again.id)!.plainText).toBe(again.text);
  });

  it('moves the card passages with the fifth article of 000_… when, joined back into one, it is split off again', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const report = await importSources(db, [fixtureArticle('000_5772afeb88b3367e.txt'), fixtureArticle('001_c89224927097a675.txt')].map((path) => ({ kind: 'path' as const, path })));
    // The file's five articles, imported as five, joined back ("Import as one article").
    const { ids } = report.split![0]!;
    await api.call('library.rejoin', { ids });
    const hostId = ids[0]!;
    const before = (await api.call('highlights.list', { documentId: hostId })).highlights;
    const blocks = (await api.call('library.get', { id: hostId })).blocks;
    const at = blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith('Analysis: Why Pakistan and the Taliban'));
    expect(at).toBeGreaterThan(0);

    const { created, movedHighlights } = await api.call('library.split', { id: hostId, blockIndex: at });
    expect(created.title).toBe('Analysis: Why Pakistan and the Taliban won’t find it easy to patch up');
    expect(movedHighlights).toBe(3);
    expect((await api.call('highlights.list', { documentId: hostId })).highlights).toEqual([]);
    const text = getDocument(db, created.id)!.plainText;
    const after = (await api.call('highlights.list', { documentId: created.id })).highlights;
    expect(after.map((h) => [h.id, h.status, h.exact, h.previousExact])).toEqual(before.map((h) => [h.id, h.status, h.exact, h.previousExact]));
    for (const h of after) expect(text.slice(h.start!, h.end!)).toBe(h.exact);
    expect(after[0]!.start).toBe(text.indexOf('The recent downward spiral'));
    expect((await api.call('library.get', { id: created.id })).tags).toContain('taliban-resurgence');
    expect((await api.call('library.list', { tag: 'taliban-resurgence', hasHighlights: true })).articles.map((a) => a.id)).toEqual([created.id]);
  });
});
