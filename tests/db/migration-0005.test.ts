/** 0005: the library list and its tag filter never touch the article rows themselves. */
import { describe, expect, it } from 'vitest';
import { insertDocument, listDocuments, type DocumentSort } from '../../db/repos/documents';
import { ensureTag, tagDocument } from '../../db/repos/tags';
import { newDocument, tempLibrary } from './helpers';

describe('0005 list indexes', () => {
  it('answers every sort, with or without a tag filter, from a covering index', () => {
    const { db } = tempLibrary();
    const sorts: Record<DocumentSort, string> = {
      title: 'title COLLATE NOCASE',
      site: 'site COLLATE NOCASE',
      publishedAt: 'published_at',
      wordCount: 'word_count',
      importedAt: 'imported_at',
    };
    const columns = 'id, title, site, byline, published_at, imported_at, word_count, format, kind';
    for (const order of Object.values(sorts)) {
      for (const filter of ['', "WHERE EXISTS (SELECT 1 FROM document_tags dt WHERE dt.document_id = documents.id)"]) {
        const plan = (db.prepare(`EXPLAIN QUERY PLAN SELECT ${columns} FROM documents ${filter} ORDER BY ${order} DESC, id DESC`).all() as { detail: string }[])
          .map((p) => p.detail)
          .join(' | ');
        expect(plan).toMatch(/SCAN documents USING COVERING INDEX/);
      }
    }
  });

  it('still lists and filters correctly', () => {
    const { db } = tempLibrary();
    const a = insertDocument(db, newDocument({ title: 'Alpha' }));
    insertDocument(db, newDocument({ title: 'Beta' }));
    tagDocument(db, a, ensureTag(db, 'region/asia'));
    expect(listDocuments(db, { sort: 'title', direction: 'asc', tag: 'region' }).map((d) => d.title)).toEqual(['Alpha']);
    expect(listDocuments(db, { sort: 'title', direction: 'asc' }).map((d) => d.title)).toEqual(['Alpha', 'Beta']);
  });
});
