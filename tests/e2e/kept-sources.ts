/**
 * Stand-ins for what the app will soon do by itself: the plain-text cleaner does not list what
 * it removes yet, nor split files of several articles. These write straight into the test's own
 * library file (SQLite allows a second writer; the app sees it on its next read), so the UI's
 * side of those features can be tested now.
 */
import Database from 'better-sqlite3';
import type { RemovedPassage } from '../../main/library/article';

function withLibrary<T>(file: string, work: (db: Database.Database) => T): T {
  const db = new Database(file, { timeout: 10_000 });
  try {
    return work(db);
  } finally {
    db.close();
  }
}

/** The passages the cleaner removed from the article titled `title`, as the importer will store them. */
export function setRemovedPassages(file: string, title: string, removed: RemovedPassage[]): void {
  withLibrary(file, (db) => {
    const changed = db
      .prepare('UPDATE document_sources SET removed_json = ? WHERE document_id = (SELECT id FROM documents WHERE title = ?)')
      .run(JSON.stringify(removed), title).changes;
    if (changed !== 1) throw new Error(`no kept source for “${title}”`);
  });
}

/** The article's text as an older cleaner left it: `extra` paragraphs still at its start. */
export function addOldClutter(file: string, title: string, extra: string[]): void {
  withLibrary(file, (db) => {
    const row = db.prepare('SELECT id, blocks FROM documents WHERE title = ?').get(title) as { id: number; blocks: string };
    const blocks = [...extra.map((text) => ({ kind: 'paragraph', text })), ...(JSON.parse(row.blocks) as { text: string }[])];
    const text = blocks.map((b) => b.text).join('\n\n');
    db.prepare('UPDATE documents SET blocks = ?, plain_text = ? WHERE id = ?').run(JSON.stringify(blocks), text, row.id);
  });
}

/** As if the article had been imported before originals were kept. */
export function forgetSource(file: string, title: string): void {
  withLibrary(file, (db) => db.prepare('DELETE FROM document_sources WHERE document_id = (SELECT id FROM documents WHERE title = ?)').run(title));
}
