import { describe, expect, it } from 'vitest';
import {
  countDocuments,
  deleteDocument,
  findDocumentByHash,
  getDocument,
  insertDocument,
  listDocuments,
  type DocumentSort,
} from '../../db/repos/documents';
import { newDocument, tempLibrary } from './helpers';

describe('documents repository', () => {
  it('stores and reads back every field', () => {
    const { db } = tempLibrary();
    const doc = newDocument({ title: 'T', byline: 'B', site: 'Dawn', sourceUrl: 'https://x.test/a', publishedAt: '2025-10-17', summary: 'S' });
    const id = insertDocument(db, doc);
    const row = getDocument(db, id)!;
    expect(row).toMatchObject({ id, title: 'T', byline: 'B', site: 'Dawn', sourceUrl: 'https://x.test/a', publishedAt: '2025-10-17', summary: 'S', blocksJson: doc.blocksJson, plainText: doc.plainText, contentHash: doc.contentHash });
    expect(findDocumentByHash(db, doc.contentHash)).toEqual({ id, title: 'T' });
  });

  it('lists without the heavy columns, sorted by each key in both directions, missing values last', () => {
    const { db } = tempLibrary();
    insertDocument(db, newDocument({ title: 'banana', site: 'b.test', publishedAt: '2024-01-01', wordCount: 30 }));
    insertDocument(db, newDocument({ title: 'Apple', site: null, publishedAt: null, wordCount: 10 }));
    insertDocument(db, newDocument({ title: 'cherry', site: 'A.test', publishedAt: '2025-01-01', wordCount: 20 }));
    const titles = (sort: DocumentSort, direction: 'asc' | 'desc') => listDocuments(db, { sort, direction }).map((d) => d.title);
    expect(titles('title', 'asc')).toEqual(['Apple', 'banana', 'cherry']);
    expect(titles('title', 'desc')).toEqual(['cherry', 'banana', 'Apple']);
    expect(titles('site', 'asc')).toEqual(['cherry', 'banana', 'Apple']);
    expect(titles('site', 'desc')).toEqual(['banana', 'cherry', 'Apple']);
    expect(titles('publishedAt', 'desc')).toEqual(['cherry', 'banana', 'Apple']);
    expect(titles('wordCount', 'asc')).toEqual(['Apple', 'cherry', 'banana']);
    expect(titles('importedAt', 'desc')).toEqual(['cherry', 'Apple', 'banana']);
    expect(Object.keys(listDocuments(db, { sort: 'title', direction: 'asc' })[0]!)).not.toContain('plainText');
  });

  it('deletes one document and reports whether it existed', () => {
    const { db } = tempLibrary();
    const id = insertDocument(db, newDocument());
    const keep = insertDocument(db, newDocument());
    expect(deleteDocument(db, id)).toBe(true);
    expect(deleteDocument(db, id)).toBe(false);
    expect(getDocument(db, id)).toBeUndefined();
    expect(getDocument(db, keep)).toBeDefined();
    expect(countDocuments(db)).toBe(1);
  });

  it('serves the list sorts from indexes, not a temp B-tree sort', () => {
    const { db } = tempLibrary();
    for (const sort of ['title', 'importedAt', 'wordCount'] as const) {
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN SELECT id FROM documents ORDER BY ${sort === 'title' ? 'title COLLATE NOCASE' : sort === 'importedAt' ? 'imported_at' : 'word_count'} DESC, id DESC`)
        .all() as { detail: string }[];
      const details = plan.map((p) => p.detail).join(' | ');
      expect(details).toMatch(/USING (COVERING )?INDEX/);
      expect(details).not.toMatch(/TEMP B-TREE/);
    }
  });
});
