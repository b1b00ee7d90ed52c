// Articles, their derived plain text, and the full-text index over it (kept in sync by
// triggers so no code path can forget it).
export default /* sql */ `
CREATE TABLE documents (
  id            INTEGER PRIMARY KEY,
  title         TEXT NOT NULL,
  byline        TEXT,
  site          TEXT,
  source_url    TEXT,
  published_at  TEXT,
  summary       TEXT,
  imported_at   TEXT NOT NULL,
  format        TEXT NOT NULL CHECK (format IN ('text', 'markdown', 'html')),
  original_name TEXT NOT NULL,
  content_hash  TEXT NOT NULL UNIQUE,
  blocks        TEXT NOT NULL CHECK (json_valid(blocks)),
  plain_text    TEXT NOT NULL,
  word_count    INTEGER NOT NULL CHECK (word_count >= 0)
) STRICT;

CREATE INDEX documents_by_imported  ON documents (imported_at, id);
CREATE INDEX documents_by_title     ON documents (title COLLATE NOCASE, id);
CREATE INDEX documents_by_site      ON documents (site COLLATE NOCASE, id);
CREATE INDEX documents_by_published ON documents (published_at, id);
CREATE INDEX documents_by_words     ON documents (word_count, id);

CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, byline, site, plain_text,
  content = 'documents', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, title, byline, site, plain_text)
  VALUES (new.id, new.title, new.byline, new.site, new.plain_text);
END;

CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, byline, site, plain_text)
  VALUES ('delete', old.id, old.title, old.byline, old.site, old.plain_text);
END;

CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, byline, site, plain_text ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, byline, site, plain_text)
  VALUES ('delete', old.id, old.title, old.byline, old.site, old.plain_text);
  INSERT INTO documents_fts (rowid, title, byline, site, plain_text)
  VALUES (new.id, new.title, new.byline, new.site, new.plain_text);
END;
`;
