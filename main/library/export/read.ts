/**
 * The export's reads of the library, in bulk: one query for all exported articles' fields, one
 * for all their highlights, one per kind of tag, and notes' content in chunks. Asking per article
 * and per note (three or four prepared statements each) cost more than writing the files; these
 * are the same rows in the same orders as the per-item repository calls give.
 */
import type { Db } from '../../../db/open';
import type { DocumentRow } from '../../../db/repos/documents';
import type { HighlightRow } from '../../../db/repos/highlights';
import { tagsOfHighlights } from '../../../db/repos/tags';

/** What an article's exported file says of the article itself (`blocksJson` only with the full text). */
export type ExportArticle = Pick<DocumentRow, 'id' | 'title' | 'sourceUrl' | 'site' | 'byline' | 'publishedAt' | 'importedAt'> & { blocksJson?: string };

/** What an exported highlight shows. */
export type ExportHighlightRow = Pick<HighlightRow, 'id' | 'documentId' | 'color' | 'colorMeaning' | 'status' | 'comment' | 'exact'>;

const json = (ids: readonly number[]) => JSON.stringify(ids);

/** The articles of the given ids, in id order. */
export function exportArticles(db: Db, ids: readonly number[]): ExportArticle[] {
  if (ids.length === 0) return [];
  return db
    .prepare(
      `SELECT id, title, source_url AS sourceUrl, site, byline, published_at AS publishedAt, imported_at AS importedAt
       FROM documents WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`,
    )
    .all(json(ids)) as ExportArticle[];
}

/** One article's blocks, read only when the full text is exported (the largest column by far). */
export function blocksReader(db: Db): (id: number) => string {
  const statement = db.prepare('SELECT blocks AS blocksJson FROM documents WHERE id = ?');
  return (id) => (statement.get(id) as { blocksJson: string } | undefined)?.blocksJson ?? '[]';
}

/** Each article's tags, by name ignoring case (as `tagsOfDocument`). */
export function documentTags(db: Db, ids: readonly number[]): Map<number, string[]> {
  const byId = new Map<number, string[]>();
  if (ids.length === 0) return byId;
  const rows = db
    .prepare(
      `SELECT x.document_id AS id, t.name FROM document_tags x JOIN tags t ON t.id = x.tag_id
       WHERE x.document_id IN (SELECT value FROM json_each(?)) ORDER BY t.name COLLATE NOCASE`,
    )
    .all(json(ids)) as { id: number; name: string }[];
  for (const { id, name } of rows) {
    const list = byId.get(id);
    if (list) list.push(name);
    else byId.set(id, [name]);
  }
  return byId;
}

/** Each article's highlights in reading order (as `listHighlightsOfDocument`), with their tags. */
export function documentHighlights(db: Db, ids: readonly number[]): Map<number, { row: ExportHighlightRow; tags: string[] }[]> {
  const byDocument = new Map<number, { row: ExportHighlightRow; tags: string[] }[]>();
  if (ids.length === 0) return byDocument;
  const rows = db
    .prepare(
      `SELECT h.id, h.document_id AS documentId, h.color, c.meaning AS colorMeaning, h.status, h.comment, h.exact
       FROM highlights h JOIN color_meanings c ON c.color = h.color
       WHERE h.document_id IN (SELECT value FROM json_each(?))
       ORDER BY h.document_id, h.start_offset, h.end_offset, h.id`,
    )
    .all(json(ids)) as ExportHighlightRow[];
  const tags = tagsOfHighlights(
    db,
    rows.map((r) => r.id),
  );
  for (const row of rows) {
    const item = { row, tags: tags.get(row.id) ?? [] };
    const list = byDocument.get(row.documentId);
    if (list) list.push(item);
    else byDocument.set(row.documentId, [item]);
  }
  return byDocument;
}

const NOTE_CHUNK = 500;

/**
 * Notes' stored content by id, read a chunk at a time in the order asked for (the plan's order),
 * so a large library's notes are never all in memory at once.
 */
export function noteContentReader(db: Db, order: readonly number[]): (id: number) => string | undefined {
  const statement = db.prepare('SELECT id, content AS contentJson FROM notes WHERE id IN (SELECT value FROM json_each(?))');
  const position = new Map(order.map((id, i) => [id, i]));
  let chunk = new Map<number, string>();
  return (id) => {
    if (!chunk.has(id)) {
      const at = position.get(id) ?? -1;
      const ids = at < 0 ? [id] : order.slice(at, at + NOTE_CHUNK);
      chunk = new Map((statement.all(json(ids)) as { id: number; contentJson: string }[]).map((r) => [r.id, r.contentJson]));
    }
    return chunk.get(id);
  };
}
