/** An article's text changes: every highlight is found again, or kept and listed as needing attention. */
import { describe, expect, it } from 'vitest';
import { replaceDocumentBlocks } from '../../main/library/highlights/reanchor';
import { apiFor, insertArticle, paragraph, rangeOf } from './annotations-helpers';
import { tempLibrary } from './helpers';

const KEPT = 'The ceasefire brokered in Doha held for nine days before the border clashes resumed.';
const MOVED = 'Trade through the Torkham crossing fell by half during the closure, traders said.';
const EDITED = 'Officials in Islamabad said the strikes targeted hideouts of the Pakistani Taliban.';
const REMOVED = 'A spokesman for the Afghan government rejected the claim as baseless on Thursday.';

function setup() {
  const { db } = tempLibrary();
  const article = insertArticle(db, [paragraph(KEPT), paragraph(MOVED), paragraph(EDITED), paragraph(REMOVED)]);
  return { db, api: apiFor(db), ...article };
}

describe('re-anchoring after a text change', () => {
  it('keeps, moves, fuzzily places or orphans each highlight, and never drops one', async () => {
    const { db, api, id, text } = setup();
    const create = (words: string, comment?: string) =>
      api.call('highlights.create', { documentId: id, ...rangeOf(text, words), ...(comment ? { comment, tags: ['check'] } : {}) });
    const kept = await create('brokered in Doha held for nine days');
    const moved = await create('Torkham crossing fell by half');
    const edited = await create('the strikes targeted hideouts of the Pakistani Taliban');
    const removed = await create('rejected the claim as baseless', 'Who said this?');

    const newText = [
      paragraph('Updated on Friday with reactions from Kabul.'),
      paragraph(KEPT),
      paragraph(MOVED),
      paragraph('Officials in Islamabad said the air strikes had targeted hideouts of the Pakistani Taliban.'),
    ];
    const summary = replaceDocumentBlocks(db, id, newText, new Date('2025-10-20T00:00:00Z'));
    expect(summary).toEqual({ ok: 2, fuzzy: 1, orphaned: 1 });

    const after = new Map((await api.call('highlights.list', { documentId: id })).highlights.map((h) => [h.id, h]));
    expect(after.size).toBe(4);
    const doc = await api.call('library.get', { id });
    const plain = doc.blocks.map((b) => b.text).join('\n\n');
    for (const h of [kept, moved]) {
      const now = after.get(h.id)!;
      expect(now).toMatchObject({ status: 'ok', exact: h.exact, previousExact: null });
      expect(plain.slice(now.start!, now.end!)).toBe(h.exact);
      expect(now.start).toBeGreaterThan(h.start!);
    }
    const fuzzy = after.get(edited.id)!;
    expect(fuzzy).toMatchObject({ status: 'fuzzy', previousExact: edited.exact });
    expect(plain.slice(fuzzy.start!, fuzzy.end!)).toBe(fuzzy.exact);
    expect(fuzzy.exact).toContain('air strikes had targeted hideouts');
    expect(fuzzy.score).toBeGreaterThan(0.6);
    expect(fuzzy.score).toBeLessThan(1);
    // The orphan keeps its words, comment, tags and last position.
    expect(after.get(removed.id)).toMatchObject({
      status: 'orphaned', exact: removed.exact, comment: 'Who said this?', tags: ['check'], start: removed.start, end: removed.end, score: null,
    });

    const attention = await api.call('highlights.needingAttention', {});
    expect(attention.highlights.map((h) => [h.id, h.status])).toEqual([
      [edited.id, 'fuzzy'],
      [removed.id, 'orphaned'],
    ]);
    expect((await api.call('highlights.needingAttention', { documentId: id + 1 })).highlights).toEqual([]);

    // The user confirms the fuzzy one where it is, and re-attaches the orphan by selecting text.
    await api.call('highlights.reattach', { id: fuzzy.id, start: fuzzy.start!, end: fuzzy.end! });
    await api.call('highlights.reattach', { id: removed.id, ...rangeOf(plain, 'reactions from Kabul') });
    expect((await api.call('highlights.needingAttention', {})).highlights).toEqual([]);
    expect((await api.call('highlights.list', { documentId: id })).highlights.map((h) => h.status)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  it('finds an orphan again when its words come back, and leaves an unchanged text alone', async () => {
    const { db, api, id, text } = setup();
    const h = await api.call('highlights.create', { documentId: id, ...rangeOf(text, 'rejected the claim as baseless') });
    replaceDocumentBlocks(db, id, [paragraph(KEPT)], new Date());
    expect((await api.call('highlights.list', { documentId: id })).highlights[0]!.status).toBe('orphaned');
    replaceDocumentBlocks(db, id, [paragraph(KEPT), paragraph(REMOVED)], new Date());
    const back = (await api.call('highlights.list', { documentId: id })).highlights[0]!;
    expect(back).toMatchObject({ status: 'ok', exact: h.exact });
    const before = back.updatedAt;
    replaceDocumentBlocks(db, id, [paragraph(KEPT), paragraph(REMOVED)], new Date('2030-01-01T00:00:00Z'));
    expect((await api.call('highlights.list', { documentId: id })).highlights[0]!.updatedAt).toBe(before);
  });

  it('leaves a card’s pending passages pending', async () => {
    const { db, api } = setup();
    const { storeCardPassages } = await import('../../main/library/highlights/cards');
    const card = insertArticle(db, [paragraph('A summary.')], { kind: 'card' });
    storeCardPassages(db, card.id, [{ quote: 'A passage from elsewhere entirely.' }], new Date());
    replaceDocumentBlocks(db, card.id, [paragraph('Another summary.')], new Date());
    expect((await api.call('highlights.list', { documentId: card.id })).highlights[0]).toMatchObject({ status: 'pending', start: null, end: null });
    expect((await api.call('highlights.needingAttention', {})).highlights).toEqual([]);
    expect((await api.call('highlights.needingAttention', { includePending: true })).highlights).toHaveLength(1);
  });
});
