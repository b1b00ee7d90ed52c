/** Re-running cleanup: stored originals parsed again, text replaced where it differs, no highlight ever dropped. */
import { describe, expect, it } from 'vitest';
import { countDocuments, getDocument, insertDocument, updateDocumentText } from '../../db/repos/documents';
import { getDocumentSource } from '../../db/repos/document-sources';
import { countWords, plainText, type Block } from '../../main/library/article';
import { reparseSource } from '../../main/library/import/index';
import { ParseCancelled } from '../../main/library/import/parser';
import { recleanDocument, recleanLibrary } from '../../main/library/sources/reclean';
import { apiFor, rangeOf } from './annotations-helpers';
import { newDocument, tempLibrary } from './helpers';
import { CLUTTERED, importText } from './sources-helpers';

type Db = ReturnType<typeof tempLibrary>['db'];

/** As an older, weaker cleaner left it: the ad and the share label still in the text. */
function makeCluttered(db: Db, id: number): string {
  const blocks = JSON.parse(getDocument(db, id)!.blocksJson) as Block[];
  const at = blocks.findIndex((b) => b.text.startsWith('The lakes threaten'));
  const old: Block[] = [{ kind: 'paragraph', text: 'Share this article' }, ...blocks.slice(0, at), { kind: 'paragraph', text: 'Advertisement' }, ...blocks.slice(at)];
  const text = plainText(old);
  updateDocumentText(db, id, { blocksJson: JSON.stringify(old), plainText: text, wordCount: countWords(text) });
  return text;
}

describe('re-running cleanup', () => {
  it('cleans what changed across the library, keeps every highlight, and counts what needs attention', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const [cluttered] = await importText(db, 'lakes.txt', CLUTTERED);
    const [clean] = await importText(db, 'other.txt', 'Rivers in Sindh\n\nThe Indus carried twice its usual water this August, officials said.\n');
    const legacy = insertDocument(db, newDocument({ title: 'Imported long ago' }));
    const cleanBefore = getDocument(db, clean!);
    const text = makeCluttered(db, cluttered!);
    const kept = await api.call('highlights.create', { documentId: cluttered!, ...rangeOf(text, 'moved two hundred families'), color: 'green', comment: 'Numbers' });
    const onClutter = await api.call('highlights.create', { documentId: cluttered!, ...rangeOf(text, 'Advertisement'), color: 'pink' });

    const report = await api.call('library.reclean', { jobId: 'all' });
    expect(report).toMatchObject({ checked: 2, needAttention: 1, notRecleanable: 1, failed: [], cancelled: false });
    expect(report.cleaned).toEqual([{ id: cluttered, title: 'Glacier lakes are rising in the Karakoram', cleaned: true, needAttention: 1 }]);
    expect(report.message).toBe('Cleaned 1 of 2 articles; 1 highlight needs attention. 1 article was left as it is: imported before Commonplace kept original files, split, read from a PDF, or books from EPUB files (taken whole, with no cleanup to re-run).');

    const after = getDocument(db, cluttered!)!;
    expect(after.plainText).not.toMatch(/Advertisement|Share this article/);
    expect(getDocument(db, clean!)).toEqual(cleanBefore);
    expect(getDocument(db, legacy)).toBeDefined();
    const highlights = (await api.call('highlights.list', { documentId: cluttered! })).highlights;
    expect(highlights.map((h) => h.id).sort()).toEqual([kept.id, onClutter.id].sort());
    const moved = highlights.find((h) => h.id === kept.id)!;
    expect(moved).toMatchObject({ status: 'ok', comment: 'Numbers' });
    expect(after.plainText.slice(moved.start!, moved.end!)).toBe('moved two hundred families');
    expect(highlights.find((h) => h.id === onClutter.id)!.status).toMatch(/fuzzy|orphaned/);
    // Progress for the UI, and the changed article announced.
    expect(api.events.filter((e) => e.event === 'reclean.progress').at(-1)).toEqual({ event: 'reclean.progress', payload: { jobId: 'all', done: 2, total: 2 } });
    expect(api.events).toContainEqual({ event: 'highlights.changed', payload: { documentId: cluttered } });

    // Nothing more to do the second time.
    expect((await api.call('library.reclean', { jobId: 'again' })).message).toMatch(/^Cleaned 0 of 2 articles\./);
  });

  it('re-cleans one article, keeping a title the user chose and the passages the user restored', async () => {
    const { db } = tempLibrary();
    const [id] = await importText(db, 'lakes.txt', CLUTTERED);
    makeCluttered(db, id!);
    db.prepare("UPDATE documents SET title = 'Lakes (my title)' WHERE id = ?").run(id!);
    // A cleaner that lists the ad it removed, as the plain-text cleaner is about to.
    const listing = async (...args: Parameters<typeof reparseSource>) => {
      const article = reparseSource(...args);
      const at = article.blocks.findIndex((b) => b.text.startsWith('The lakes threaten'));
      return { ...article, removed: [{ before: at, text: 'Advertisement', why: 'banner' as const }] };
    };
    db.prepare('UPDATE document_sources SET restored_json = ? WHERE document_id = ?').run('["Advertisement"]', id!);

    const outcome = await recleanDocument(db, id!, listing, new Date());
    expect(outcome).toMatchObject({ cleaned: true, title: 'Lakes (my title)' });
    const doc = getDocument(db, id!)!;
    expect(doc.title).toBe('Lakes (my title)');
    expect(doc.plainText).not.toMatch(/Share this article/);
    expect(doc.plainText).toMatch(/Advertisement\n\nThe lakes threaten/);
    const source = getDocumentSource(db, id!)!;
    expect(JSON.parse(source.removedJson)).toEqual([]);
    expect(JSON.parse(source.restoredJson)).toEqual(['Advertisement']);
    expect(countDocuments(db)).toBe(1);
  });

  it('ends a library-wide run whose parse was given up by the cancel, the article untouched', async () => {
    const { db } = tempLibrary();
    const [first] = await importText(db, 'a.txt', CLUTTERED);
    const before = getDocument(db, first!)!.blocksJson;
    makeCluttered(db, first!);
    const cluttered = getDocument(db, first!)!.blocksJson;
    const report = await recleanLibrary(db, { reparse: () => Promise.reject(new ParseCancelled()) });
    expect(report).toMatchObject({ checked: 0, cancelled: true, failed: [] });
    expect(getDocument(db, first!)!.blocksJson).toBe(cluttered);
    expect(cluttered).not.toBe(before);
  });

  it('stops between articles when cancelled, and refuses a split article', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const [first] = await importText(db, 'a.txt', CLUTTERED);
    await importText(db, 'b.txt', CLUTTERED.replace('Glacier lakes', 'Glacial lakes'));
    await api.call('library.recleanCancel', { jobId: 'early' });
    expect(await api.call('library.reclean', { jobId: 'early' })).toMatchObject({ checked: 0, cancelled: true, message: expect.stringMatching(/Cancelled/) });

    expect(first).toBeDefined();
    expect(await api.reply('library.reclean', { jobId: '' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    // A split article's original gives more than its text now: re-cleaning it would undo the split.
    const [collected] = await importText(db, 'collected.md', '# Collected stories\n\nVenezuela braces for covert operations.\n\n## Madagascar’s new army ruler\n\nColonel Randrianirina will be sworn in on Friday.\n');
    const blocks = JSON.parse(getDocument(db, collected!)!.blocksJson) as Block[];
    const { created } = await api.call('library.split', { id: collected!, blockIndex: blocks.findIndex((b) => b.text === 'Madagascar’s new army ruler') });
    for (const id of [collected!, created.id]) {
      expect(await api.reply('library.reclean', { jobId: 'one', id })).toMatchObject({ ok: false, error: { code: 'unsupported', message: expect.stringMatching(/was split/) } });
    }
    expect(getDocumentSource(db, created.id)!.original).toBe(getDocumentSource(db, collected!)!.original);
    expect((await api.call('library.get', { id: collected! })).cleanup).toEqual({ available: false, reason: expect.stringMatching(/was split/) });
  });
});
