// Highlights (position + W3C TextQuoteSelector), their tags, the user's colour meanings, and a
// full-text index over quotes and comments. `documents.kind` tells highlight cards (whose own
// text is only a summary) from articles, so card passages are never attached to another card.
export default /* sql */ `
ALTER TABLE documents ADD COLUMN kind TEXT NOT NULL DEFAULT 'article' CHECK (kind IN ('article', 'card'));

-- The five colours are fixed (keys 1-5 in the reader); what each one means is the user's.
CREATE TABLE color_meanings (
  color    TEXT PRIMARY KEY CHECK (color IN ('yellow', 'green', 'blue', 'pink', 'purple')),
  meaning  TEXT NOT NULL CHECK (length(meaning) BETWEEN 1 AND 60),
  position INTEGER NOT NULL UNIQUE CHECK (position BETWEEN 1 AND 5)
) STRICT, WITHOUT ROWID;

INSERT INTO color_meanings (color, meaning, position) VALUES
  ('yellow', 'Important', 1),
  ('green', 'Evidence', 2),
  ('blue', 'Definition', 3),
  ('pink', 'Question', 4),
  ('purple', 'Idea', 5);

-- AUTOINCREMENT: a deleted highlight's id is never reused, so an undo or a link from a note
-- can never land on a different highlight.
-- status: 'ok' (placed exactly), 'fuzzy' (placed by approximate match: worth a look),
-- 'orphaned' (not found in the current text; the last offsets are kept as a hint),
-- 'pending' (a card's passage waiting for its article: no offsets yet).
-- source_document_id: the card a passage came from, kept after it attaches to the article.
CREATE TABLE highlights (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  document_id        INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  source_document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
  color              TEXT NOT NULL CHECK (color IN ('yellow', 'green', 'blue', 'pink', 'purple')),
  comment            TEXT CHECK (comment IS NULL OR length(comment) BETWEEN 1 AND 10000),
  start_offset       INTEGER,
  end_offset         INTEGER,
  exact              TEXT NOT NULL CHECK (length(exact) > 0),
  prefix             TEXT NOT NULL DEFAULT '',
  suffix             TEXT NOT NULL DEFAULT '',
  status             TEXT NOT NULL CHECK (status IN ('ok', 'fuzzy', 'orphaned', 'pending')),
  score              REAL CHECK (score IS NULL OR score BETWEEN 0 AND 1),
  previous_exact     TEXT,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL,
  CHECK ((start_offset IS NULL) = (end_offset IS NULL)),
  CHECK (start_offset IS NULL OR (start_offset >= 0 AND end_offset > start_offset)),
  CHECK (status = 'pending' OR start_offset IS NOT NULL)
) STRICT;

-- Reading order within a document (the rowid, i.e. id, ends every index entry: a stable tiebreak).
CREATE INDEX highlights_by_document ON highlights (document_id, start_offset, end_offset);
CREATE INDEX highlights_by_status ON highlights (status, document_id);
CREATE INDEX highlights_by_source ON highlights (source_document_id) WHERE source_document_id IS NOT NULL;

CREATE TABLE highlight_tags (
  highlight_id INTEGER NOT NULL REFERENCES highlights (id) ON DELETE CASCADE,
  tag_id       INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (highlight_id, tag_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX highlight_tags_by_tag ON highlight_tags (tag_id, highlight_id);

CREATE VIRTUAL TABLE highlights_fts USING fts5(
  exact, comment,
  content = 'highlights', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER highlights_fts_insert AFTER INSERT ON highlights BEGIN
  INSERT INTO highlights_fts (rowid, exact, comment) VALUES (new.id, new.exact, new.comment);
END;

CREATE TRIGGER highlights_fts_delete AFTER DELETE ON highlights BEGIN
  INSERT INTO highlights_fts (highlights_fts, rowid, exact, comment) VALUES ('delete', old.id, old.exact, old.comment);
END;

CREATE TRIGGER highlights_fts_update AFTER UPDATE OF exact, comment ON highlights BEGIN
  INSERT INTO highlights_fts (highlights_fts, rowid, exact, comment) VALUES ('delete', old.id, old.exact, old.comment);
  INSERT INTO highlights_fts (rowid, exact, comment) VALUES (new.id, new.exact, new.comment);
END;

-- How many documents hold each indexed term: lets a card passage search by its rarest words.
CREATE VIRTUAL TABLE documents_vocab USING fts5vocab(documents_fts, 'row');
`;
