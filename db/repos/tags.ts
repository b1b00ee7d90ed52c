/** Tags and their attachments. Names are unique case-insensitively (the column's collation). */
import type { Db } from '../open';

/** Returns the id of the tag with this name, creating it if needed. The first spelling wins. */
export function ensureTag(db: Db, name: string): number {
  db.prepare('INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING').run(name);
  return (db.prepare('SELECT id FROM tags WHERE name = ?').get(name) as { id: number }).id;
}

export function tagDocument(db: Db, documentId: number, tagId: number): void {
  db.prepare('INSERT OR IGNORE INTO document_tags (document_id, tag_id) VALUES (?, ?)').run(documentId, tagId);
}

export function tagsOfDocument(db: Db, documentId: number): string[] {
  return (
    db
      .prepare(
        `SELECT t.name FROM document_tags dt JOIN tags t ON t.id = dt.tag_id
         WHERE dt.document_id = ? ORDER BY t.name COLLATE NOCASE`,
      )
      .all(documentId) as { name: string }[]
  ).map((r) => r.name);
}
