// Which file each article came from, by the SHA-256 of the file's decoded text: importing the
// same file again finds it whatever became of its articles since (cleanup re-run, articles of
// one file joined back into one, an article split) — the articles' own content hashes no longer
// match the file's then. NULL for articles imported before this migration (their content hash
// still finds them).
export default /* sql */ `
ALTER TABLE document_sources ADD COLUMN file_hash TEXT;
CREATE INDEX document_sources_by_file ON document_sources (file_hash) WHERE file_hash IS NOT NULL;
`;
