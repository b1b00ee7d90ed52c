/**
 * The kept bytes of files whose text is not the file (see 0013-original-files): stored once per
 * file hash, found through the documents' sources.
 */
import type { Db } from '../open';
import { prepared } from '../sql';

/** Keeps the bytes, unless a file with this hash is already kept (a file is stored once). */
export function keepOriginalFile(db: Db, file: { fileHash: string; mediaType: string; bytes: Uint8Array }): void {
  prepared(db, 'INSERT OR IGNORE INTO original_files (file_hash, media_type, bytes) VALUES (@fileHash, @mediaType, @bytes)').run({
    ...file,
    bytes: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength),
  });
}

/** What a document's kept file is, without its bytes (the reader's "Open original"). */
export function originalFileInfo(db: Db, documentId: number): { mediaType: string; size: number } | undefined {
  return prepared(
    db,
    `SELECT f.media_type AS mediaType, length(f.bytes) AS size
     FROM document_sources s JOIN original_files f ON f.file_hash = s.file_hash WHERE s.document_id = ?`,
  ).get(documentId) as { mediaType: string; size: number } | undefined;
}

/** The kept file itself, with the name it was imported under. */
export function getOriginalFile(db: Db, documentId: number): { name: string; mediaType: string; bytes: Buffer } | undefined {
  return prepared(
    db,
    `SELECT d.original_name AS name, f.media_type AS mediaType, f.bytes
     FROM documents d JOIN document_sources s ON s.document_id = d.id JOIN original_files f ON f.file_hash = s.file_hash
     WHERE d.id = ?`,
  ).get(documentId) as { name: string; mediaType: string; bytes: Buffer } | undefined;
}

/** How many files are kept and their bytes in all (tests, and the size a library owes to them). */
export function originalFileTotals(db: Db): { files: number; bytes: number } {
  return prepared(db, 'SELECT count(*) AS files, coalesce(sum(length(bytes)), 0) AS bytes FROM original_files').get() as { files: number; bytes: number };
}

/** Drops kept bytes that no document's source names (a file whose every article was a duplicate). */
export function forgetOriginalFile(db: Db, fileHash: string): void {
  prepared(db, 'DELETE FROM original_files WHERE file_hash = ? AND NOT EXISTS (SELECT 1 FROM document_sources s WHERE s.file_hash = original_files.file_hash)').run(fileHash);
}
