/** db/repos/documents.ts additions (kind, tag and highlight filters, text updates) and the card search queries. */
import { describe, expect, it } from 'vitest';
import {
  getDocumentSummary,
  getDocumentText,
  insertDocument,
  listDocuments,
  updateDocumentText,
} from '../../db/repos/documents';
import { insertHighlight } from '../../db/repos/highlights';
import { articlesWithAnyTerm, documentFrequencies, searchDocuments } from '../../db/repos/search';
import { ensureTag, tagDocument } from '../../db/repos/tags';
import type { Db } from '../../db/open';
import { newDocument, tempLibrary } from './helpers';

function tagged(db: Db, title: string, ...tags: string[]): number {
  const id = insertDocument(db, newDocument({ title }));
  for (const t of tags) tagDocument(db, id, ensureTag(db, t));
  return id;
}

const titles = (db: Db, filter: { tag?: string; hasHighlights?: boolean }) =>
  listDocuments(db, { sort: 'title', direction: 'asc', ...filter }).map((d) => d.title);

describe('documents: filters and text', () => {
  it('filters by a tag including the tags below it, case-insensitively, and nothing that merely looks alike', () => {
    const { db } = tempLibrary();
    tagged(db, 'A', 'region');
    tagged(db, 'B', 'Region/Pakistan');
    tagged(db, 'C', 'region/pakistan/kp', 'other');
    tagged(db, 'D', 'regional');
    tagged(db, 'E', 'region-x', 'region0');
    tagged(db, 'F');
    expect(titles(db, { tag: 'REGION' })).toEqual(['A', 'B', 'C']);
    expect(titles(db, { tag: 'region/pakistan' })).toEqual(['B', 'C']);
    expect(titles(db, { tag: 'region%' })).toEqual([]);
    expect(titles(db, { tag: 'nothing' })).toEqual([]);
    expect(titles(db, {})).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('filters by "has highlights", and combines both filters', () => {
    const { db } = tempLibrary();
    const a = tagged(db, 'A', 'x');
    tagged(db, 'B', 'x');
    tagged(db, 'C');
    insertHighlight(db, {
      documentId: a, sourceDocumentId: null, color: 'yellow', comment: null, start: 0, end: 4, exact: 'Body', prefix: '', suffix: '',
      status: 'ok', score: 1, previousExact: null, createdAt: 't', updatedAt: 't',
    });
    expect(titles(db, { hasHighlights: true })).toEqual(['A']);
    expect(titles(db, { hasHighlights: false })).toEqual(['B', 'C']);
    expect(titles(db, { tag: 'x', hasHighlights: false })).toEqual(['B']);
  });

  it('filters by tag through indexes only: tag names, then taggings, then documents by id', () => {
    const { db } = tempLibrary();
    const plan = (
      db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT id FROM documents WHERE id IN (SELECT dt.document_id FROM document_tags dt
             WHERE dt.tag_id IN (SELECT t.id FROM tags t WHERE t.name = ? OR (t.name >= ? AND t.name < ?)))
           ORDER BY title COLLATE NOCASE ASC, id ASC`,
        )
        .all('a', 'a/', 'a0') as { detail: string }[]
    ).map((p) => p.detail).join(' | ');
    // The (usually few) tagged documents are then sorted; no table is scanned whole.
    expect(plan).toMatch(/SEARCH t USING COVERING INDEX sqlite_autoindex_tags_1 \(name>\? AND name<\?\)/);
    expect(plan).toMatch(/SEARCH dt USING COVERING INDEX document_tags_by_tag/);
    expect(plan).toMatch(/SEARCH documents USING INTEGER PRIMARY KEY/);
    expect(plan).not.toMatch(/\bSCAN\b/);
  });

  it('records the kind, lists one summary, reads the text, and replaces it (the index follows)', () => {
    const { db } = tempLibrary();
    const card = insertDocument(db, newDocument({ title: 'Card', kind: 'card', plainText: 'Summary of Waziristan' }));
    expect(getDocumentSummary(db, card)).toMatchObject({ id: card, title: 'Card', kind: 'card' });
    expect(getDocumentSummary(db, card + 1)).toBeUndefined();
    expect(getDocumentText(db, card)).toEqual({ title: 'Card', plainText: 'Summary of Waziristan', kind: 'card' });
    expect(updateDocumentText(db, card, { blocksJson: '[{"kind":"paragraph","text":"Now Kandahar"}]', plainText: 'Now Kandahar', wordCount: 2 })).toBe(true);
    expect(getDocumentText(db, card)!.plainText).toBe('Now Kandahar');
    expect(searchDocuments(db, 'waziristan')).toEqual([]);
    expect(searchDocuments(db, 'kandahar').map((h) => h.id)).toEqual([card]);
    expect(updateDocumentText(db, card + 1, { blocksJson: '[]', plainText: '', wordCount: 0 })).toBe(false);
  });

  it('finds articles (never cards) by their rarest shared words', () => {
    const { db } = tempLibrary();
    const common = insertDocument(db, newDocument({ plainText: 'Pakistan and Afghanistan talk.' }));
    const rare = insertDocument(db, newDocument({ plainText: 'Pakistan struck Waziristan; Afghanistan answered.' }));
    insertDocument(db, newDocument({ kind: 'card', plainText: 'Pakistan Waziristan Afghanistan' }));
    expect(documentFrequencies(db, ['pakistan', 'waziristan', 'absent'])).toEqual(new Map([['pakistan', 3], ['waziristan', 2]]));
    expect(articlesWithAnyTerm(db, ['waziristan', 'pakistan'], 5)).toEqual([rare, common]);
    expect(articlesWithAnyTerm(db, ['waziristan'], 5)).toEqual([rare]);
    expect(articlesWithAnyTerm(db, [], 5)).toEqual([]);
    expect(articlesWithAnyTerm(db, ['or"and'], 5)).toEqual([]);
  });
});
