/** One test per migration: what it creates, and the invariants it promises. */
import { describe, expect, it } from 'vitest';
import { insertDocument } from '../../db/repos/documents';
import { searchDocuments } from '../../db/repos/search';
import { ensureTag, tagDocument, tagsOfDocument } from '../../db/repos/tags';
import { newDocument, tempLibrary } from './helpers';

describe('0001 documents', () => {
  it('creates a STRICT documents table that rejects wrong types and invalid JSON blocks', () => {
    const { db } = tempLibrary();
    const strict = db.prepare("SELECT strict FROM pragma_table_list WHERE name = 'documents'").get() as { strict: number };
    expect(strict.strict).toBe(1);
    expect(() => insertDocument(db, newDocument({ blocksJson: 'not json' }))).toThrow(/CHECK constraint/);
    expect(() => db.prepare("UPDATE documents SET word_count = 'many'").run()).not.toThrow(); // no rows yet
    const id = insertDocument(db, newDocument());
    expect(() => db.prepare("UPDATE documents SET word_count = 'many' WHERE id = ?").run(id)).toThrow(/cannot store TEXT value in INTEGER column/);
  });

  it('keeps the full-text index in sync on insert, update and delete', () => {
    const { db } = tempLibrary();
    const id = insertDocument(db, newDocument({ title: 'Covert operations', plainText: 'The directive on Venezuela.' }));
    expect(searchDocuments(db, 'venezuela').map((h) => h.id)).toEqual([id]);
    db.prepare("UPDATE documents SET plain_text = 'Now about Madagascar.' WHERE id = ?").run(id);
    expect(searchDocuments(db, 'venezuela')).toEqual([]);
    expect(searchDocuments(db, 'madagascar').map((h) => h.id)).toEqual([id]);
    db.prepare('DELETE FROM documents WHERE id = ?').run(id);
    expect(searchDocuments(db, 'madagascar')).toEqual([]);
    db.exec("INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')");
  });

  it('folds diacritics so plain spellings find accented names', () => {
    const { db } = tempLibrary();
    const id = insertDocument(db, newDocument({ plainText: 'Zabīḥullāh Mujahid said so.' }));
    expect(searchDocuments(db, 'zabihullah').map((h) => h.id)).toEqual([id]);
  });

  it('refuses two documents with the same content hash', () => {
    const { db } = tempLibrary();
    insertDocument(db, newDocument({ contentHash: 'same' }));
    expect(() => insertDocument(db, newDocument({ contentHash: 'same' }))).toThrow(/UNIQUE/);
  });
});

describe('0002 tags', () => {
  it('makes tag names unique case-insensitively, keeping the first spelling', () => {
    const { db } = tempLibrary();
    const a = ensureTag(db, 'Region/Pakistan');
    const b = ensureTag(db, 'region/pakistan');
    expect(b).toBe(a);
    expect(db.prepare('SELECT name FROM tags').all()).toEqual([{ name: 'Region/Pakistan' }]);
  });

  it('refuses empty and over-long names', () => {
    const { db } = tempLibrary();
    expect(() => ensureTag(db, '')).toThrow(/CHECK/);
    expect(() => ensureTag(db, 'x'.repeat(101))).toThrow(/CHECK/);
  });

  it('removes a document’s taggings with the document', () => {
    const { db } = tempLibrary();
    const id = insertDocument(db, newDocument());
    tagDocument(db, id, ensureTag(db, 'taliban'));
    expect(tagsOfDocument(db, id)).toEqual(['taliban']);
    db.prepare('DELETE FROM documents WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) AS n FROM document_tags').get()).toEqual({ n: 0 });
  });
});
