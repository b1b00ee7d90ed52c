/** Migration 0007: indexes holding every column a filter without words reads (colour, comment, dates, site). */
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrations } from '../../db/migrations';
import { closeLibrary, openLibrary, type Db } from '../../db/open';
import { insertDocument } from '../../db/repos/documents';
import { newDocument, tempDir, tempLibrary } from './helpers';

const INDEXES = ['highlights_by_color', 'highlights_commented', 'documents_by_source'];

describe('0007 filter indexes', () => {
  it('indexes highlights by colour and date, commented ones apart, and articles by source', () => {
    const { db } = tempLibrary();
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(7);
    const names = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all() as { name: string }[]).map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(INDEXES));
    const { sql } = db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get('highlights_commented') as { sql: string };
    expect(sql).toMatch(/WHERE comment IS NOT NULL/);
  });

  it('upgrades a version 6 library in place, indexing what was there', () => {
    const file = path.join(tempDir(), 'old.commonplace');
    const raw = new Database(file);
    for (const m of migrations.filter((m) => m.version <= 6)) raw.exec(m.sql);
    raw.pragma('user_version = 6');
    const doc = insertDocument(raw as unknown as Db, newDocument({ title: 'Glaciers', plainText: 'Meltwater from the Karakoram.' }));
    raw.prepare(
      `INSERT INTO highlights (document_id, color, comment, start_offset, end_offset, exact, prefix, suffix, status, created_at, updated_at)
       VALUES (?, 'green', 'Worth a look', 0, 10, 'Meltwater', '', '', 'ok', '2025-03-01T10:00:00.000Z', 'now')`,
    ).run(doc);
    raw.close();
    const db = openLibrary(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(db.prepare("SELECT count(*) AS n FROM highlights INDEXED BY highlights_by_color WHERE color = 'green' AND created_at < '2025-04-01'").get()).toEqual({ n: 1 });
      expect(db.prepare("SELECT count(*) AS n FROM highlights INDEXED BY highlights_commented WHERE comment IS NOT NULL AND color = 'green'").get()).toEqual({ n: 1 });
      expect(db.prepare('SELECT count(*) AS n FROM documents INDEXED BY documents_by_source WHERE id = ?').get(doc)).toEqual({ n: 1 });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      closeLibrary(db);
    }
  });
});
