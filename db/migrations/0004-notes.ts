// Notes (TipTap JSON, the source of truth), the links and tags derived from it on every save,
// and a full-text index over title and plain text.
export default /* sql */ `
-- AUTOINCREMENT: links point at ids and have no foreign key, so a purged note's id must never be
-- reused, or its old links would silently lead to an unrelated note.
-- Small columns first: a list reads title, excerpt and dates without walking the overflow pages
-- of the heavy plain_text and content columns stored after them.
-- version counts content changes, for optimistic concurrency: a save names the version it was
-- based on, and a different stored version means someone else changed the text meanwhile.
-- deleted_at: in the trash (restorable) since then; NULL for live notes.
CREATE TABLE notes (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  title      TEXT NOT NULL CHECK (length(title) <= 500),
  excerpt    TEXT NOT NULL DEFAULT '',
  version    INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  aliases    TEXT CHECK (aliases IS NULL OR (json_valid(aliases) AND json_type(aliases) = 'array')),
  plain_text TEXT NOT NULL,
  content    TEXT NOT NULL CHECK (json_valid(content) AND json_extract(content, '$.type') = 'doc')
) STRICT;

CREATE INDEX notes_by_updated ON notes (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX notes_in_trash ON notes (deleted_at, id) WHERE deleted_at IS NOT NULL;

-- Derived from the source note's JSON on save. No foreign key on the target: a link to a deleted
-- note, highlight or article stays and shows as broken (and mends itself if the target is restored).
CREATE TABLE note_links (
  source_note_id INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
  target_kind    TEXT NOT NULL CHECK (target_kind IN ('note', 'highlight', 'document')),
  target_id      INTEGER NOT NULL CHECK (target_id > 0),
  context        TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (source_note_id, target_kind, target_id)
) STRICT, WITHOUT ROWID;

-- Backlinks: every note linking to one target, from the index alone.
CREATE INDEX note_links_by_target ON note_links (target_kind, target_id, source_note_id);

CREATE TABLE note_tags (
  note_id INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
  tag_id  INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (note_id, tag_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX note_tags_by_tag ON note_tags (tag_id, note_id);

CREATE VIRTUAL TABLE notes_fts USING fts5(
  title, plain_text,
  content = 'notes', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
  INSERT INTO notes_fts (rowid, title, plain_text) VALUES (new.id, new.title, new.plain_text);
END;

CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
  INSERT INTO notes_fts (notes_fts, rowid, title, plain_text) VALUES ('delete', old.id, old.title, old.plain_text);
END;

CREATE TRIGGER notes_fts_update AFTER UPDATE OF title, plain_text ON notes BEGIN
  INSERT INTO notes_fts (notes_fts, rowid, title, plain_text) VALUES ('delete', old.id, old.title, old.plain_text);
  INSERT INTO notes_fts (rowid, title, plain_text) VALUES (new.id, new.title, new.plain_text);
END;
`;
