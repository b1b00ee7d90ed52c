// The bytes of a file whose text is not the file (a PDF), kept so the reader's "Open original"
// can give the user the file itself. Keyed by the SHA-256 of the bytes, which the articles made
// from it hold in `document_sources.file_hash`: the bytes are stored once however many
// documents name them (a split part keeps its source's hash), and go when the last one does.
// A table apart, like document_sources: no list, search or backup count ever reads the blobs.
export default /* sql */ `
CREATE TABLE original_files (
  file_hash  TEXT PRIMARY KEY,
  media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf')),
  bytes      BLOB NOT NULL
) STRICT;
CREATE TRIGGER original_files_unused AFTER DELETE ON document_sources
WHEN OLD.file_hash IS NOT NULL AND NOT EXISTS (SELECT 1 FROM document_sources WHERE file_hash = OLD.file_hash)
BEGIN
  DELETE FROM original_files WHERE file_hash = OLD.file_hash;
END;
`;
