/** Migration 0006: saved searches, the full-text indexes rebuilt with prefix indexes, and their vocabularies. */
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrations } from '../../db/migrations';
import { closeLibrary, openLibrary, type Db } from '../../db/open';
import { insertDocument } from '../../db/repos/documents';
import { newDocument, tempDir, tempLibrary } from './helpers';

describe('0006 search', () => {
  it('makes a STRICT saved_searches table with unique names ignoring case and bounded lengths', () => {
    const { db } = tempLibrary();
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(6);
    expect(db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').get('saved_searches')).toEqual({ strict: 1 });
    const insert = db.prepare("INSERT INTO saved_searches (name, query, created_at) VALUES (?, ?, '2026-01-01')");
    insert.run('Doha', 'doha');
    expect(() => insert.run('DOHA', 'x')).toThrow(/UNIQUE/);
    expect(() => insert.run('', 'x')).toThrow(/CHECK/);
    expect(() => insert.run('n'.repeat(201), 'x')).toThrow(/CHECK/);
    expect(() => insert.run('Long', 'q'.repeat(2001))).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO saved_searches (name, query, created_at) VALUES ('Blob', ?, '2026-01-01')").run(Buffer.from('x'))).toThrow(/cannot store BLOB/);
  });

  it('lists the words of the highlights and notes indexes', () => {
    const { db } = tempLibrary();
    db.prepare(
      `INSERT INTO notes (title, created_at, updated_at, plain_text, content) VALUES ('Zabīḥullāh', 'now', 'now', 'Spokesman', '{"type":"doc","content":[]}')`,
    ).run();
    expect(db.prepare("SELECT term, doc FROM notes_vocab WHERE term >= 'sp' AND term < 'sq'").all()).toEqual([{ term: 'spokesman', doc: 1 }]);
    expect(db.prepare("SELECT term FROM notes_vocab WHERE term = 'zabihullah'").all()).toHaveLength(1);
    expect(db.prepare('SELECT count(*) AS n FROM highlights_vocab').get()).toEqual({ n: 0 });
  });

  it('gives every full-text index two- and three-letter prefix indexes', () => {
    const { db } = tempLibrary();
    for (const table of ['documents_fts', 'highlights_fts', 'notes_fts']) {
      const { sql } = db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(table) as { sql: string };
      expect(sql, table).toMatch(/prefix = '2 3'/);
      expect(sql, table).toMatch(/remove_diacritics 2/);
    }
  });

  it('upgrades a version 5 library in place, keeping its data', () => {
    const file = path.join(tempDir(), 'old.commonplace');
    const raw = new Database(file);
    for (const m of migrations.filter((m) => m.version <= 5)) raw.exec(m.sql);
    raw.pragma('user_version = 5');
    raw.prepare(
      `INSERT INTO notes (title, created_at, updated_at, plain_text, content) VALUES ('Kept', 'now', 'now', 'kept text', '{"type":"doc","content":[]}')`,
    ).run();
    const doc = insertDocument(raw as unknown as Db, newDocument({ title: 'Glaciers', plainText: 'Meltwater from the Karakoram.' }));
    raw.prepare(
      `INSERT INTO highlights (document_id, color, start_offset, end_offset, exact, prefix, suffix, status, created_at, updated_at)
       VALUES (?, 'yellow', 0, 10, 'Meltwater', '', '', 'ok', 'now', 'now')`,
    ).run(doc);
    raw.close();
    const db = openLibrary(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(db.prepare("SELECT term FROM notes_vocab WHERE term = 'kept'").all()).toHaveLength(1);
      expect(db.prepare('SELECT count(*) AS n FROM saved_searches').get()).toEqual({ n: 0 });
      // The rebuilt indexes hold what was there, and stay in step with later writes.
      const rows = (table: string, q: string) => (db.prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ?`).all(q) as { rowid: number }[]).map((r) => r.rowid);
      expect(rows('documents_fts', 'karako*')).toEqual([doc]);
      expect(rows('highlights_fts', 'meltw*')).toHaveLength(1);
      expect(rows('notes_fts', 'kept')).toHaveLength(1);
      db.prepare("UPDATE documents SET plain_text = 'Snowfall in the Pamirs.' WHERE id = ?").run(doc);
      expect(rows('documents_fts', 'karako*')).toEqual([]);
      expect(rows('documents_fts', 'pamirs')).toEqual([doc]);
      for (const table of ['documents_fts', 'highlights_fts', 'notes_fts']) db.exec(`INSERT INTO ${table}(${table}) VALUES('integrity-check')`);
    } finally {
      closeLibrary(db);
    }
  });
});
