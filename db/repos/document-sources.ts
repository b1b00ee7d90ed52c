/**
 * What each article was made from (see 0008-document-sources): its original source, what the
 * cleaner removed, what the user put back. Read only for one article at a time or by the
 * re-cleaning job; lists never touch it. JSON travels as text: db/ knows nothing of the model.
 */
import type { Db } from '../open';
import { prepared } from '../sql';

export type SourceLock = 'split';

export interface DocumentSourceRow {
  documentId: number;
  original: string;
  parsedTitle: string;
  locked: SourceLock | null;
  removedJson: string;
  restoredJson: string;
  /** 1 when the source's file is kept as bytes (a PDF, 0013-original-files): its text comes from those, not from `original`. */
  keptFile?: number;
}

/** `fileHash`: the SHA-256 of the decoded file the article came from (see 0009-file-hash). */
export function insertDocumentSource(db: Db, row: Omit<DocumentSourceRow, 'locked'> & { fileHash?: string | null }): void {
  prepared(
    db,
    `INSERT INTO document_sources (document_id, parsed_title, removed_json, restored_json, original, file_hash)
     VALUES (@documentId, @parsedTitle, @removedJson, @restoredJson, @original, @fileHash)`,
  ).run({ fileHash: null, ...row });
}

/** The first article imported from a file with this hash, if the library has one. */
export function findDocumentByFileHash(db: Db, fileHash: string): { id: number; title: string } | undefined {
  return prepared(
    db,
    `SELECT d.id, d.title FROM document_sources s JOIN documents d ON d.id = s.document_id
     WHERE s.file_hash = ? ORDER BY d.id LIMIT 1`,
  ).get(fileHash) as { id: number; title: string } | undefined;
}

export function getDocumentSource(db: Db, documentId: number): DocumentSourceRow | undefined {
  return prepared(
    db,
    `SELECT document_id AS documentId, original, parsed_title AS parsedTitle, locked,
       removed_json AS removedJson, restored_json AS restoredJson,
       EXISTS (SELECT 1 FROM original_files f WHERE f.file_hash = document_sources.file_hash) AS keptFile
     FROM document_sources WHERE document_id = ?`,
  ).get(documentId) as DocumentSourceRow | undefined;
}

/** The removed passages only (the reader's "Show removed text"), without the heavy original. */
export function getRemovedPassages(db: Db, documentId: number): { removedJson: string; locked: SourceLock | null } | undefined {
  return prepared(db, 'SELECT removed_json AS removedJson, locked FROM document_sources WHERE document_id = ?').get(documentId) as
    | { removedJson: string; locked: SourceLock | null }
    | undefined;
}

export function updateRemovedPassages(db: Db, documentId: number, change: { removedJson: string; restoredJson: string }): boolean {
  return (
    prepared(db, 'UPDATE document_sources SET removed_json = @removedJson, restored_json = @restoredJson WHERE document_id = @documentId')
      .run({ documentId, ...change }).changes > 0
  );
}

/** After re-running cleanup or joining articles: the source parsed anew. */
export function replaceDocumentSource(db: Db, row: Omit<DocumentSourceRow, 'locked'>): void {
  prepared(
    db,
    `INSERT INTO document_sources (document_id, parsed_title, removed_json, restored_json, original)
     VALUES (@documentId, @parsedTitle, @removedJson, @restoredJson, @original)
     ON CONFLICT (document_id) DO UPDATE SET parsed_title = excluded.parsed_title, removed_json = excluded.removed_json,
       restored_json = excluded.restored_json, original = excluded.original, locked = NULL`,
  ).run(row);
}

export function lockDocumentSource(db: Db, documentId: number, reason: SourceLock): void {
  prepared(db, 'UPDATE document_sources SET locked = ? WHERE document_id = ?').run(reason, documentId);
}

/** Ids of the articles whose cleanup can be re-run (they have a source and were not split), ascending. */
export function recleanableDocumentIds(db: Db): number[] {
  return (
    prepared(
      db,
      `SELECT document_id AS id FROM document_sources
       WHERE locked IS NULL AND NOT EXISTS (SELECT 1 FROM original_files f WHERE f.file_hash = document_sources.file_hash)
       ORDER BY document_id`,
    ).all() as { id: number }[]
  ).map(
    (r) => r.id,
  );
}

/** A part split off an article shares its original (locked: re-cleaning it would undo the split). */
export function copySourceToSplitPart(db: Db, fromDocumentId: number, toDocumentId: number, parsedTitle: string): void {
  prepared(
    db,
    `INSERT INTO document_sources (document_id, parsed_title, locked, removed_json, restored_json, original, file_hash)
     SELECT ?, ?, 'split', '[]', '[]', original, file_hash FROM document_sources WHERE document_id = ?`,
  ).run(toDocumentId, parsedTitle, fromDocumentId);
}
