/** Migration 0008: each article's kept original and removed passages, in a table of their own. */
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrations } from '../../db/migrations';
import { closeLibrary, openLibrary, type Db } from '../../db/open';
import { deleteDocument, insertDocument } from '../../db/repos/documents';
import { findDocumentByFileHash, getDocumentSource, insertDocumentSource } from '../../db/repos/document-sources';
import { newDocument, tempDir, tempLibrary } from './helpers';

describe('0008 document sources', () => {
  it('keeps a source per document, strict, cascading with its document', () => {
    const { db } = tempLibrary();
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(8);
    const { sql } = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'document_sources'").get() as { sql: string };
    expect(sql).toMatch(/STRICT/);
    const id = insertDocument(db, newDocument());
    insertDocumentSource(db, { documentId: id, original: 'Menu\nBody of the article.', parsedTitle: 'Article', removedJson: '[{"before":0,"text":"Menu","why":"navigation"}]', restoredJson: '[]' });
    expect(getDocumentSource(db, id)).toMatchObject({ original: 'Menu\nBody of the article.', locked: null });
    // Not a list, or a lock it does not know: refused by the table itself.
    expect(() => db.prepare("UPDATE document_sources SET removed_json = '{}' WHERE document_id = ?").run(id)).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE document_sources SET locked = 'other' WHERE document_id = ?").run(id)).toThrow(/CHECK/);
    deleteDocument(db, id);
    expect(getDocumentSource(db, id)).toBeUndefined();
  });

  it('upgrades a version 7 library in place: its articles simply have no source', () => {
    const file = path.join(tempDir(), 'old.commonplace');
    const raw = new Database(file);
    for (const m of migrations.filter((m) => m.version <= 7)) raw.exec(m.sql);
    raw.pragma('user_version = 7');
    const doc = insertDocument(raw as unknown as Db, newDocument({ title: 'Glaciers', plainText: 'Meltwater from the Karakoram.' }));
    raw.close();
    const db = openLibrary(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(getDocumentSource(db, doc)).toBeUndefined();
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      closeLibrary(db);
    }
  });
});

describe('0009 file hash', () => {
  it('knows the file an article came from, with an index for finding it', () => {
    const { db } = tempLibrary();
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(9);
    const id = insertDocument(db, newDocument());
    insertDocumentSource(db, { documentId: id, original: 'Body.', parsedTitle: 'Article', removedJson: '[]', restoredJson: '[]', fileHash: 'ab'.repeat(32) });
    expect(findDocumentByFileHash(db, 'ab'.repeat(32))).toMatchObject({ id });
    expect(findDocumentByFileHash(db, 'cd'.repeat(32))).toBeUndefined();
    const plan = db.prepare('EXPLAIN QUERY PLAN SELECT document_id FROM document_sources WHERE file_hash = ?').all('x') as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/USING (?:COVERING )?INDEX document_sources_by_file/);
  });
});
