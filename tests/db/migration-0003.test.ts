/** Migration 0003: highlights, their tags, colour meanings, the highlight FTS index, documents.kind. */
import { describe, expect, it } from 'vitest';
import { insertDocument } from '../../db/repos/documents';
import Database from 'better-sqlite3';
import path from 'node:path';
import { LATEST_VERSION, migrations } from '../../db/migrations';
import { closeLibrary, openLibrary, type Db } from '../../db/open';
import { newDocument, tempDir, tempLibrary } from './helpers';

const insert = (db: Db, documentId: number, fields: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO highlights (document_id, color, start_offset, end_offset, exact, status, created_at, updated_at)
       VALUES (@documentId, @color, @start, @end, @exact, @status, 'now', 'now')`,
    )
    .run({ documentId, color: 'yellow', start: 0, end: 4, exact: 'Body', status: 'ok', ...fields });

const search = (db: Db, q: string) => (db.prepare('SELECT rowid AS id FROM highlights_fts WHERE highlights_fts MATCH ?').all(q) as { id: number }[]).map((r) => r.id);

describe('0003 highlights', () => {
  it('is the latest migration and makes STRICT tables', () => {
    const { db } = tempLibrary();
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(3);
    for (const name of ['highlights', 'highlight_tags', 'color_meanings']) {
      expect(db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').get(name)).toEqual({ strict: 1 });
    }
  });

  it('upgrades a version 2 library in place, keeping its articles and tags', () => {
    const file = path.join(tempDir(), 'old.commonplace');
    const old = new Database(file);
    for (const m of migrations.filter((m) => m.version <= 2)) old.exec(m.sql);
    old.pragma('user_version = 2');
    const id = Number(
      old
        .prepare(
          `INSERT INTO documents (title, imported_at, format, original_name, content_hash, blocks, plain_text, word_count)
           VALUES ('Kept', '2025-01-01T00:00:00Z', 'text', 'kept.txt', 'h', '[]', 'Kept text', 2)`,
        )
        .run().lastInsertRowid,
    );
    old.exec("INSERT INTO tags (name) VALUES ('kept')");
    old.close();
    const db = openLibrary(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(db.prepare('SELECT title, kind FROM documents WHERE id = ?').get(id)).toEqual({ title: 'Kept', kind: 'article' });
      expect(db.prepare('SELECT name FROM tags').all()).toEqual([{ name: 'kept' }]);
      expect(db.prepare('SELECT count(*) AS n FROM color_meanings').get()).toEqual({ n: 5 });
    } finally {
      closeLibrary(db);
    }
  });

  it('adds documents.kind, article by default, card or article only', () => {
    const { db } = tempLibrary();
    const id = insertDocument(db, newDocument());
    expect(db.prepare('SELECT kind FROM documents WHERE id = ?').get(id)).toEqual({ kind: 'article' });
    expect(() => db.prepare("UPDATE documents SET kind = 'note' WHERE id = ?").run(id)).toThrow(/CHECK/);
  });

  it('seeds a meaning for each of the five colours, in toolbar order', () => {
    const { db } = tempLibrary();
    expect(db.prepare('SELECT color, meaning, position FROM color_meanings ORDER BY position').all()).toEqual([
      { color: 'yellow', meaning: 'Important', position: 1 },
      { color: 'green', meaning: 'Evidence', position: 2 },
      { color: 'blue', meaning: 'Definition', position: 3 },
      { color: 'pink', meaning: 'Question', position: 4 },
      { color: 'purple', meaning: 'Idea', position: 5 },
    ]);
    expect(() => db.prepare("INSERT INTO color_meanings VALUES ('red', 'Danger', 6)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE color_meanings SET meaning = '' WHERE color = 'yellow'").run()).toThrow(/CHECK/);
  });

  it('refuses unknown colours, empty or reversed ranges, and placed highlights without offsets', () => {
    const { db } = tempLibrary();
    const doc = insertDocument(db, newDocument());
    expect(() => insert(db, doc, { color: 'red' })).toThrow(/CHECK/);
    expect(() => insert(db, doc, { start: 4, end: 4 })).toThrow(/CHECK/);
    expect(() => insert(db, doc, { start: -1 })).toThrow(/CHECK/);
    expect(() => insert(db, doc, { start: null })).toThrow(/CHECK/);
    expect(() => insert(db, doc, { start: null, end: null })).toThrow(/CHECK/);
    expect(() => insert(db, doc, { status: 'lost' })).toThrow(/CHECK/);
    expect(() => insert(db, doc, { exact: '' })).toThrow(/CHECK/);
    expect(() => insert(db, doc, { start: null, end: null, status: 'pending' })).not.toThrow();
    expect(() => insert(db, 999)).toThrow(/FOREIGN KEY/);
  });

  it('cascades: deleting a document deletes its highlights and their taggings; a card’s passages survive it once attached', () => {
    const { db } = tempLibrary();
    const article = insertDocument(db, newDocument());
    const card = insertDocument(db, newDocument({ kind: 'card' }));
    const h = Number(insert(db, article).lastInsertRowid);
    db.prepare('UPDATE highlights SET source_document_id = ? WHERE id = ?').run(card, h);
    db.prepare("INSERT INTO tags (name) VALUES ('t')").run();
    db.prepare("INSERT INTO highlight_tags (highlight_id, tag_id) SELECT ?, id FROM tags WHERE name = 't'").run(h);
    db.prepare('DELETE FROM documents WHERE id = ?').run(card);
    expect(db.prepare('SELECT source_document_id AS s FROM highlights WHERE id = ?').get(h)).toEqual({ s: null });
    db.prepare('DELETE FROM documents WHERE id = ?').run(article);
    expect(db.prepare('SELECT count(*) AS n FROM highlights').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM highlight_tags').get()).toEqual({ n: 0 });
    db.prepare("DELETE FROM tags WHERE name = 't'").run();
  });

  it('never reuses a deleted highlight’s id', () => {
    const { db } = tempLibrary();
    const doc = insertDocument(db, newDocument());
    const first = Number(insert(db, doc).lastInsertRowid);
    db.prepare('DELETE FROM highlights WHERE id = ?').run(first);
    expect(Number(insert(db, doc).lastInsertRowid)).toBeGreaterThan(first);
  });

  it('keeps the quote-and-comment index in sync on insert, update and delete', () => {
    const { db } = tempLibrary();
    const doc = insertDocument(db, newDocument());
    const h = Number(insert(db, doc, { exact: 'Zabīḥullāh spoke' }).lastInsertRowid);
    expect(search(db, 'zabihullah')).toEqual([h]);
    db.prepare("UPDATE highlights SET comment = 'about Kandahar' WHERE id = ?").run(h);
    expect(search(db, 'kandahar')).toEqual([h]);
    db.prepare("UPDATE highlights SET exact = 'Mujahid spoke', comment = NULL WHERE id = ?").run(h);
    expect(search(db, 'zabihullah')).toEqual([]);
    expect(search(db, 'kandahar')).toEqual([]);
    expect(search(db, 'mujahid')).toEqual([h]);
    db.prepare('DELETE FROM highlights WHERE id = ?').run(h);
    expect(search(db, 'mujahid')).toEqual([]);
    db.exec("INSERT INTO highlights_fts (highlights_fts) VALUES ('integrity-check')");
  });

  it('exposes how many documents hold each term', () => {
    const { db } = tempLibrary();
    insertDocument(db, newDocument({ plainText: 'Waziristan and Kabul' }));
    insertDocument(db, newDocument({ plainText: 'Kabul again' }));
    const rows = db.prepare("SELECT term, doc FROM documents_vocab WHERE term IN ('kabul', 'waziristan') ORDER BY term").all();
    expect(rows).toEqual([{ term: 'kabul', doc: 2 }, { term: 'waziristan', doc: 1 }]);
  });

  it('serves an article’s highlights in reading order, and tag lookups, from indexes', () => {
    const { db } = tempLibrary();
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1) as { detail: string }[]).map((p) => p.detail).join(' | ');
    const byDocument = plan('SELECT id FROM highlights WHERE document_id = ? ORDER BY start_offset, end_offset, id');
    expect(byDocument).toMatch(/USING (COVERING )?INDEX highlights_by_document/);
    expect(byDocument).not.toMatch(/TEMP B-TREE/);
    expect(plan('SELECT highlight_id FROM highlight_tags WHERE tag_id = ?')).toMatch(/USING (COVERING )?INDEX highlight_tags_by_tag/);
    expect(plan('SELECT document_id FROM document_tags WHERE tag_id = ?')).toMatch(/USING (COVERING )?INDEX document_tags_by_tag/);
    expect(plan("SELECT id FROM highlights WHERE status = ?")).toMatch(/USING (COVERING )?INDEX highlights_by_status/);
  });
});
