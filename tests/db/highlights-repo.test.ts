/** db/repos/highlights.ts and db/repos/colors.ts against a real library file. */
import { describe, expect, it } from 'vitest';
import { listColorMeanings, updateColorMeaning } from '../../db/repos/colors';
import {
  countHighlightsOfDocument,
  deleteHighlight,
  getHighlight,
  insertHighlight,
  insertHighlightWithId,
  listAllHighlights,
  listHighlightsByStatus,
  listHighlightsOfDocument,
  listHighlightsWithTags,
  listPendingQuotes,
  overwriteHighlight,
  updateHighlightAnchor,
  updateHighlightStyle,
  type NewHighlight,
} from '../../db/repos/highlights';
import { ensureTag, tagHighlight } from '../../db/repos/tags';
import type { Db } from '../../db/open';
import { insertArticle, paragraph } from './annotations-helpers';
import { tempLibrary } from './helpers';

function highlight(documentId: number, fields: Partial<NewHighlight> = {}): NewHighlight {
  return {
    documentId,
    sourceDocumentId: null,
    color: 'yellow',
    comment: null,
    start: 0,
    end: 5,
    exact: 'First',
    prefix: '',
    suffix: ' words',
    status: 'ok',
    score: 1,
    previousExact: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...fields,
  };
}

function setup(): { db: Db; doc: number; other: number } {
  const { db } = tempLibrary();
  const doc = insertArticle(db, [paragraph('First words of the text.'), paragraph('Second paragraph here.')], { title: 'Doc' }).id;
  const other = insertArticle(db, [paragraph('Another article.')], { title: 'Other' }).id;
  return { db, doc, other };
}

describe('highlights repository', () => {
  it('inserts and reads back every field, with the document title and colour meaning', () => {
    const { db, doc } = setup();
    const id = insertHighlight(db, highlight(doc, { color: 'green', comment: 'Why', score: 0.75, previousExact: 'first' }));
    expect(getHighlight(db, id)).toEqual({
      id,
      ...highlight(doc, { color: 'green', comment: 'Why', score: 0.75, previousExact: 'first' }),
      documentTitle: 'Doc',
      colorMeaning: 'Evidence',
      // Only highlights imported from other tools (Kindle, Readwise) have a place in a book.
      locator: null,
      partial: 0,
    });
    expect(getHighlight(db, id + 100)).toBeUndefined();
  });

  it('lists a document’s highlights in reading order, pending ones first, and counts them', () => {
    const { db, doc, other } = setup();
    const late = insertHighlight(db, highlight(doc, { start: 26, end: 32, exact: 'Second' }));
    const early = insertHighlight(db, highlight(doc, { start: 0, end: 5 }));
    const wider = insertHighlight(db, highlight(doc, { start: 0, end: 11, exact: 'First words' }));
    const pending = insertHighlight(db, highlight(doc, { start: null, end: null, status: 'pending' }));
    insertHighlight(db, highlight(other));
    expect(listHighlightsOfDocument(db, doc).map((h) => h.id)).toEqual([pending, early, wider, late]);
    expect(countHighlightsOfDocument(db, doc)).toBe(4);
    expect(listAllHighlights(db, 2).map((h) => h.id)).toEqual([pending, early]);
  });

  it('lists highlights by tag ids, across the library or in one document', () => {
    const { db, doc, other } = setup();
    const a = insertHighlight(db, highlight(doc));
    const b = insertHighlight(db, highlight(other));
    insertHighlight(db, highlight(doc, { start: 6, end: 11, exact: 'words' }));
    const tag = ensureTag(db, 'evidence');
    tagHighlight(db, a, tag);
    tagHighlight(db, b, tag);
    expect(listHighlightsWithTags(db, [tag], { limit: 10 }).map((h) => h.id)).toEqual([a, b]);
    expect(listHighlightsWithTags(db, [tag], { documentId: other, limit: 10 }).map((h) => h.id)).toEqual([b]);
    expect(listHighlightsWithTags(db, [], { limit: 10 })).toEqual([]);
  });

  it('lists by status and the quotes still pending', () => {
    const { db, doc, other } = setup();
    const fuzzy = insertHighlight(db, highlight(doc, { status: 'fuzzy', score: 0.8 }));
    const orphan = insertHighlight(db, highlight(other, { status: 'orphaned', score: null }));
    const pending = insertHighlight(db, highlight(doc, { start: null, end: null, status: 'pending', exact: 'A card passage' }));
    insertHighlight(db, highlight(doc));
    expect(listHighlightsByStatus(db, ['fuzzy', 'orphaned']).map((h) => h.id)).toEqual([fuzzy, orphan]);
    expect(listHighlightsByStatus(db, ['fuzzy', 'orphaned'], other).map((h) => h.id)).toEqual([orphan]);
    expect(listPendingQuotes(db)).toEqual([{ id: pending, exact: 'A card passage' }]);
  });

  it('updates colour and comment separately, and the comment can be cleared', () => {
    const { db, doc } = setup();
    const id = insertHighlight(db, highlight(doc, { comment: 'keep' }));
    expect(updateHighlightStyle(db, id, { color: 'pink' }, 'later')).toBe(true);
    expect(getHighlight(db, id)).toMatchObject({ color: 'pink', comment: 'keep', updatedAt: 'later', colorMeaning: 'Question' });
    updateHighlightStyle(db, id, { comment: 'changed' }, 'later');
    expect(getHighlight(db, id)).toMatchObject({ color: 'pink', comment: 'changed' });
    updateHighlightStyle(db, id, { comment: null }, 'later');
    expect(getHighlight(db, id)!.comment).toBeNull();
    expect(updateHighlightStyle(db, id + 1, { color: 'blue' }, 'later')).toBe(false);
  });

  it('moves and re-anchors a highlight', () => {
    const { db, doc, other } = setup();
    const id = insertHighlight(db, highlight(doc));
    const anchor = { start: 0, end: 7, exact: 'Another', prefix: '', suffix: ' article.', status: 'fuzzy' as const, score: 0.9, previousExact: 'First' };
    expect(updateHighlightAnchor(db, id, other, anchor, 'later')).toBe(true);
    expect(getHighlight(db, id)).toMatchObject({ documentId: other, ...anchor, updatedAt: 'later', documentTitle: 'Other' });
  });

  it('deletes, and puts back under the same id; overwrites for undo of an edit', () => {
    const { db, doc } = setup();
    const id = insertHighlight(db, highlight(doc, { comment: 'original' }));
    const before = getHighlight(db, id)!;
    expect(deleteHighlight(db, id)).toBe(true);
    expect(deleteHighlight(db, id)).toBe(false);
    insertHighlightWithId(db, id, highlight(doc, { comment: 'original' }));
    expect(getHighlight(db, id)).toEqual(before);
    updateHighlightStyle(db, id, { comment: 'edited', color: 'blue' }, 'later');
    expect(overwriteHighlight(db, id, highlight(doc, { comment: 'original' }))).toBe(true);
    expect(getHighlight(db, id)).toEqual(before);
    expect(overwriteHighlight(db, id + 50, highlight(doc))).toBe(false);
  });
});

describe('colour meanings repository', () => {
  it('lists the five colours in order and updates a meaning', () => {
    const { db } = tempLibrary();
    expect(listColorMeanings(db).map((c) => c.color)).toEqual(['yellow', 'green', 'blue', 'pink', 'purple']);
    expect(updateColorMeaning(db, 'pink', 'To check')).toEqual({ color: 'pink', meaning: 'To check', position: 4 });
    expect(listColorMeanings(db)[3]).toEqual({ color: 'pink', meaning: 'To check', position: 4 });
  });
});
