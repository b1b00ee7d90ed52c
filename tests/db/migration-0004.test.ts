/** Migration 0004: notes, their derived links and tags, and the notes full-text index. */
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION, migrations } from '../../db/migrations';
import { BACKLINKS_SQL, DOCUMENT_BACKLINKS_SQL } from '../../db/repos/note-links';
import { closeLibrary, openLibrary, type Db } from '../../db/open';
import { tempDir, tempLibrary } from './helpers';

const insertNote = (db: Db, fields: Record<string, unknown> = {}) =>
  Number(
    db
      .prepare(
        `INSERT INTO notes (title, created_at, updated_at, plain_text, content, aliases, deleted_at)
         VALUES (@title, 'now', @updated, @plain, @content, @aliases, @deleted)`,
      )
      .run({ title: 'A note', updated: '2025-01-01', plain: 'Some text', content: '{"type":"doc","content":[]}', aliases: null, deleted: null, ...fields }).lastInsertRowid,
  );

const search = (db: Db, q: string) => (db.prepare('SELECT rowid AS id FROM notes_fts WHERE notes_fts MATCH ?').all(q) as { id: number }[]).map((r) => r.id);

describe('0004 notes', () => {
  it('makes STRICT tables and starts notes at version 1', () => {
    const { db } = tempLibrary();
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(4);
    for (const name of ['notes', 'note_links', 'note_tags']) expect(db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').get(name)).toEqual({ strict: 1 });
    const id = insertNote(db);
    expect(db.prepare('SELECT version, excerpt, deleted_at AS d FROM notes WHERE id = ?').get(id)).toEqual({ version: 1, excerpt: '', d: null });
  });

  it('upgrades a version 3 library in place', () => {
    const file = path.join(tempDir(), 'old.commonplace');
    const old = new Database(file);
    for (const m of migrations.filter((m) => m.version <= 3)) old.exec(m.sql);
    old.pragma('user_version = 3');
    old.exec("INSERT INTO tags (name) VALUES ('kept')");
    old.close();
    const db = openLibrary(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(db.prepare('SELECT name FROM tags').all()).toEqual([{ name: 'kept' }]);
      expect(db.prepare('SELECT count(*) AS n FROM notes').get()).toEqual({ n: 0 });
    } finally {
      closeLibrary(db);
    }
  });

  it('refuses invalid JSON, content that is not a document, bad aliases, long titles and version 0', () => {
    const { db } = tempLibrary();
    expect(() => insertNote(db, { content: 'not json' })).toThrow(/CHECK/);
    expect(() => insertNote(db, { content: '{"type":"paragraph"}' })).toThrow(/CHECK/);
    expect(() => insertNote(db, { aliases: '{"a":1}' })).toThrow(/CHECK/);
    expect(() => insertNote(db, { aliases: '["ok"]' })).not.toThrow();
    expect(() => insertNote(db, { title: 'x'.repeat(501) })).toThrow(/CHECK/);
    const id = insertNote(db);
    expect(() => db.prepare('UPDATE notes SET version = 0 WHERE id = ?').run(id)).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE notes SET version = 'two' WHERE id = ?").run(id)).toThrow(/cannot store TEXT/);
  });

  it('never reuses a purged note’s id, so old links never land on a new note', () => {
    const { db } = tempLibrary();
    const first = insertNote(db);
    db.prepare('DELETE FROM notes WHERE id = ?').run(first);
    expect(insertNote(db)).toBeGreaterThan(first);
  });

  it('cascades links and taggings from the source note, keeps links to a deleted target, and checks kinds', () => {
    const { db } = tempLibrary();
    const source = insertNote(db);
    const target = insertNote(db);
    const link = db.prepare("INSERT INTO note_links (source_note_id, target_kind, target_id, context) VALUES (?, ?, ?, 'ctx')");
    link.run(source, 'note', target);
    link.run(source, 'highlight', 999);
    expect(() => link.run(source, 'tag', 1)).toThrow(/CHECK/);
    expect(() => link.run(source, 'note', 0)).toThrow(/CHECK/);
    expect(() => link.run(12345, 'note', target)).toThrow(/FOREIGN KEY/);
    db.exec("INSERT INTO tags (name) VALUES ('t')");
    db.prepare("INSERT INTO note_tags (note_id, tag_id) SELECT ?, id FROM tags WHERE name = 't'").run(source);
    db.prepare('DELETE FROM notes WHERE id = ?').run(target);
    expect(db.prepare('SELECT count(*) AS n FROM note_links').get()).toEqual({ n: 2 });
    db.prepare('DELETE FROM notes WHERE id = ?').run(source);
    expect(db.prepare('SELECT count(*) AS n FROM note_links').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM note_tags').get()).toEqual({ n: 0 });
  });

  it('keeps the title-and-text index in sync, folding accents', () => {
    const { db } = tempLibrary();
    const id = insertNote(db, { title: 'Kandahar', plain: 'Zabīḥullāh spoke' });
    expect(search(db, 'zabihullah')).toEqual([id]);
    expect(search(db, 'title : kandahar')).toEqual([id]);
    db.prepare("UPDATE notes SET title = 'Quetta', plain_text = 'Mujahid spoke' WHERE id = ?").run(id);
    expect(search(db, 'kandahar')).toEqual([]);
    expect(search(db, 'zabihullah')).toEqual([]);
    expect(search(db, 'quetta mujahid')).toEqual([id]);
    db.prepare('DELETE FROM notes WHERE id = ?').run(id);
    expect(search(db, 'quetta')).toEqual([]);
    db.exec("INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check')");
  });

  it('serves backlinks, lists and tag lookups from indexes', () => {
    const { db } = tempLibrary();
    const plan = (sql: string, ...params: unknown[]) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((p) => p.detail).join(' | ');
    expect(plan(BACKLINKS_SQL, { kind: 'note', id: 1 })).toMatch(/SEARCH l USING INDEX note_links_by_target \(target_kind=\? AND target_id=\?\)/);
    const ofArticle = plan(DOCUMENT_BACKLINKS_SQL, { id: 1 });
    expect(ofArticle).toMatch(/SEARCH h USING COVERING INDEX highlights_by_document/);
    expect(ofArticle).toMatch(/SEARCH l USING INDEX note_links_by_target \(target_kind=\? AND target_id=\?\)/);
    expect(ofArticle).not.toMatch(/SCAN (l|n)\b/);
    const live = plan('SELECT id FROM notes WHERE deleted_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT 10');
    expect(live).toMatch(/USING (COVERING )?INDEX notes_by_updated/);
    expect(live).not.toMatch(/TEMP B-TREE/);
    const trash = plan('SELECT id FROM notes WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC LIMIT 10');
    expect(trash).toMatch(/USING (COVERING )?INDEX notes_in_trash/);
    expect(trash).not.toMatch(/TEMP B-TREE/);
    expect(plan('SELECT note_id FROM note_tags WHERE tag_id = ?', 1)).toMatch(/USING (COVERING )?INDEX note_tags_by_tag/);
  });
});
