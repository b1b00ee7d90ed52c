-- user_version = 13

-- index document_sources_by_file on document_sources
CREATE INDEX document_sources_by_file ON document_sources (file_hash) WHERE file_hash IS NOT NULL;

-- index document_tags_by_tag on document_tags
CREATE INDEX document_tags_by_tag ON document_tags (tag_id, document_id);

-- index documents_by_imported on documents
CREATE INDEX documents_by_imported  ON documents (imported_at, id, title, site, byline, published_at, imported_at, word_count, format, kind);

-- index documents_by_published on documents
CREATE INDEX documents_by_published ON documents (published_at, id, title, site, byline, published_at, imported_at, word_count, format, kind);

-- index documents_by_site on documents
CREATE INDEX documents_by_site      ON documents (site COLLATE NOCASE, id, title, site, byline, published_at, imported_at, word_count, format, kind);

-- index documents_by_source on documents
CREATE INDEX documents_by_source ON documents (source_url, site, published_at, imported_at);

-- index documents_by_title on documents
CREATE INDEX documents_by_title     ON documents (title COLLATE NOCASE, id, title, site, byline, published_at, imported_at, word_count, format, kind);

-- index documents_by_words on documents
CREATE INDEX documents_by_words     ON documents (word_count, id, title, site, byline, published_at, imported_at, word_count, format, kind);

-- index highlight_tags_by_tag on highlight_tags
CREATE INDEX highlight_tags_by_tag ON highlight_tags (tag_id, highlight_id);

-- index highlights_by_color on highlights
CREATE INDEX highlights_by_color ON highlights (color, created_at, document_id);

-- index highlights_by_document on highlights
CREATE INDEX highlights_by_document ON highlights (document_id, start_offset, end_offset);

-- index highlights_by_review_rank on highlights
CREATE INDEX highlights_by_review_rank ON highlights (((id * 1103515245 + 12345) % 2147483647), color, created_at, document_id);

-- index highlights_by_source on highlights
CREATE INDEX highlights_by_source ON highlights (source_document_id) WHERE source_document_id IS NOT NULL;

-- index highlights_by_status on highlights
CREATE INDEX highlights_by_status ON highlights (status, document_id);

-- index highlights_commented on highlights
CREATE INDEX highlights_commented ON highlights (color, created_at, document_id) WHERE comment IS NOT NULL;

-- index note_links_by_target on note_links
CREATE INDEX note_links_by_target ON note_links (target_kind, target_id, source_note_id);

-- index note_tags_by_tag on note_tags
CREATE INDEX note_tags_by_tag ON note_tags (tag_id, note_id);

-- index notes_by_updated on notes
CREATE INDEX notes_by_updated ON notes (updated_at, id) WHERE deleted_at IS NULL;

-- index notes_in_trash on notes
CREATE INDEX notes_in_trash ON notes (deleted_at, id) WHERE deleted_at IS NOT NULL;

-- index recall_prompts_by_highlight on recall_prompts
CREATE INDEX recall_prompts_by_highlight ON recall_prompts (highlight_id, id);

-- index review_cards_due on review_cards
CREATE INDEX review_cards_due ON review_cards (due, last_review) WHERE retired = 0;

-- index review_log_by_day on review_log
CREATE INDEX review_log_by_day ON review_log (day);

-- index review_log_by_highlight on review_log
CREATE INDEX review_log_by_highlight ON review_log (highlight_id, reviewed_at);

-- index review_log_by_prompt on review_log
CREATE INDEX review_log_by_prompt ON review_log (prompt_id, reviewed_at) WHERE prompt_id IS NOT NULL;

-- index sqlite_autoindex_color_meanings_2 on color_meanings
-- (created by SQLite)

-- index sqlite_autoindex_documents_1 on documents
-- (created by SQLite)

-- index sqlite_autoindex_original_files_1 on original_files
-- (created by SQLite)

-- index sqlite_autoindex_saved_searches_1 on saved_searches
-- (created by SQLite)

-- index sqlite_autoindex_tags_1 on tags
-- (created by SQLite)

-- table color_meanings on color_meanings
CREATE TABLE color_meanings (
color    TEXT PRIMARY KEY CHECK (color IN ('yellow', 'green', 'blue', 'pink', 'purple')),
meaning  TEXT NOT NULL CHECK (length(meaning) BETWEEN 1 AND 60),
position INTEGER NOT NULL UNIQUE CHECK (position BETWEEN 1 AND 5)
) STRICT, WITHOUT ROWID;

-- table document_sources on document_sources
CREATE TABLE document_sources (
document_id   INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
parsed_title  TEXT NOT NULL,
locked        TEXT CHECK (locked IN ('split')),
removed_json  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(removed_json) AND json_type(removed_json) = 'array'),
restored_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(restored_json) AND json_type(restored_json) = 'array'),
original      TEXT NOT NULL
, file_hash TEXT) STRICT;

-- table document_tags on document_tags
CREATE TABLE document_tags (
document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
PRIMARY KEY (document_id, tag_id)
) STRICT, WITHOUT ROWID;

-- table documents on documents
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
, kind TEXT NOT NULL DEFAULT 'article' CHECK (kind IN ('article', 'card'))) STRICT;

-- table documents_fts on documents_fts
CREATE VIRTUAL TABLE documents_fts USING fts5(
title, byline, site, plain_text,
content = 'documents', content_rowid = 'id',
tokenize = 'unicode61 remove_diacritics 2',
prefix = '2 3'
);

-- table documents_fts_config on documents_fts_config
CREATE TABLE 'documents_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table documents_fts_data on documents_fts_data
CREATE TABLE 'documents_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table documents_fts_docsize on documents_fts_docsize
CREATE TABLE 'documents_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table documents_fts_idx on documents_fts_idx
CREATE TABLE 'documents_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table documents_vocab on documents_vocab
CREATE VIRTUAL TABLE documents_vocab USING fts5vocab(documents_fts, 'row');

-- table highlight_tags on highlight_tags
CREATE TABLE highlight_tags (
highlight_id INTEGER NOT NULL REFERENCES highlights (id) ON DELETE CASCADE,
tag_id       INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
PRIMARY KEY (highlight_id, tag_id)
) STRICT, WITHOUT ROWID;

-- table highlights on highlights
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
updated_at         TEXT NOT NULL, locator TEXT CHECK (locator IS NULL OR length(locator) BETWEEN 1 AND 200), partial INTEGER NOT NULL DEFAULT 0 CHECK (partial IN (0, 1)),
CHECK ((start_offset IS NULL) = (end_offset IS NULL)),
CHECK (start_offset IS NULL OR (start_offset >= 0 AND end_offset > start_offset)),
CHECK (status = 'pending' OR start_offset IS NOT NULL)
) STRICT;

-- table highlights_fts on highlights_fts
CREATE VIRTUAL TABLE highlights_fts USING fts5(
exact, comment,
content = 'highlights', content_rowid = 'id',
tokenize = 'unicode61 remove_diacritics 2',
prefix = '2 3'
);

-- table highlights_fts_config on highlights_fts_config
CREATE TABLE 'highlights_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table highlights_fts_data on highlights_fts_data
CREATE TABLE 'highlights_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table highlights_fts_docsize on highlights_fts_docsize
CREATE TABLE 'highlights_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table highlights_fts_idx on highlights_fts_idx
CREATE TABLE 'highlights_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table highlights_vocab on highlights_vocab
CREATE VIRTUAL TABLE highlights_vocab USING fts5vocab(highlights_fts, 'row');

-- table note_links on note_links
CREATE TABLE note_links (
source_note_id INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
target_kind    TEXT NOT NULL CHECK (target_kind IN ('note', 'highlight', 'document')),
target_id      INTEGER NOT NULL CHECK (target_id > 0),
context        TEXT NOT NULL DEFAULT '',
PRIMARY KEY (source_note_id, target_kind, target_id)
) STRICT, WITHOUT ROWID;

-- table note_tags on note_tags
CREATE TABLE note_tags (
note_id INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
tag_id  INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
PRIMARY KEY (note_id, tag_id)
) STRICT, WITHOUT ROWID;

-- table notes on notes
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

-- table notes_fts on notes_fts
CREATE VIRTUAL TABLE notes_fts USING fts5(
title, plain_text,
content = 'notes', content_rowid = 'id',
tokenize = 'unicode61 remove_diacritics 2',
prefix = '2 3'
);

-- table notes_fts_config on notes_fts_config
CREATE TABLE 'notes_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table notes_fts_data on notes_fts_data
CREATE TABLE 'notes_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table notes_fts_docsize on notes_fts_docsize
CREATE TABLE 'notes_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table notes_fts_idx on notes_fts_idx
CREATE TABLE 'notes_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table notes_vocab on notes_vocab
CREATE VIRTUAL TABLE notes_vocab USING fts5vocab(notes_fts, 'row');

-- table original_files on original_files
CREATE TABLE original_files (
file_hash  TEXT PRIMARY KEY,
media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf')),
bytes      BLOB NOT NULL
) STRICT;

-- table recall_prompts on recall_prompts
CREATE TABLE recall_prompts (
id            INTEGER PRIMARY KEY,
highlight_id  INTEGER NOT NULL REFERENCES highlights (id) ON DELETE CASCADE,
kind          TEXT NOT NULL CHECK (kind IN ('cloze', 'question')),
-- cloze: the quote and its hidden ranges, JSON [[start, end], …]; question: NULL.
cloze_text    TEXT CHECK (cloze_text IS NULL OR length(cloze_text) BETWEEN 1 AND 20000),
cloze_ranges  TEXT CHECK (cloze_ranges IS NULL OR (json_valid(cloze_ranges) AND json_type(cloze_ranges) = 'array' AND json_array_length(cloze_ranges) >= 1)),
-- question: the question and its answer; cloze: NULL.
question      TEXT CHECK (question IS NULL OR length(question) BETWEEN 1 AND 1000),
answer        TEXT CHECK (answer IS NULL OR length(answer) BETWEEN 1 AND 4000),
created_at    TEXT NOT NULL,
CHECK ((kind = 'cloze' AND cloze_text IS NOT NULL AND cloze_ranges IS NOT NULL AND question IS NULL AND answer IS NULL)
OR (kind = 'question' AND question IS NOT NULL AND answer IS NOT NULL AND cloze_text IS NULL AND cloze_ranges IS NULL))
) STRICT;

-- table recall_schedules on recall_schedules
CREATE TABLE recall_schedules (
prompt_id      INTEGER PRIMARY KEY REFERENCES recall_prompts (id) ON DELETE CASCADE,
due            TEXT NOT NULL,
stability      REAL NOT NULL CHECK (stability >= 0),
difficulty     REAL NOT NULL CHECK (difficulty >= 0),
elapsed_days   INTEGER NOT NULL CHECK (elapsed_days >= 0),
scheduled_days INTEGER NOT NULL CHECK (scheduled_days >= 0),
learning_steps INTEGER NOT NULL DEFAULT 0 CHECK (learning_steps >= 0),
reps           INTEGER NOT NULL CHECK (reps >= 0),
lapses         INTEGER NOT NULL CHECK (lapses >= 0),
state          INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
last_review    TEXT,
retired        INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
) STRICT;

-- table review_cards on review_cards
CREATE TABLE review_cards (
highlight_id   INTEGER PRIMARY KEY REFERENCES highlights (id) ON DELETE CASCADE,
due            TEXT NOT NULL,
stability      REAL NOT NULL CHECK (stability >= 0),
difficulty     REAL NOT NULL CHECK (difficulty >= 0),
elapsed_days   INTEGER NOT NULL CHECK (elapsed_days >= 0),
scheduled_days INTEGER NOT NULL CHECK (scheduled_days >= 0),
learning_steps INTEGER NOT NULL DEFAULT 0 CHECK (learning_steps >= 0),
reps           INTEGER NOT NULL CHECK (reps >= 0),
lapses         INTEGER NOT NULL CHECK (lapses >= 0),
-- ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning.
state          INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),
last_review    TEXT,
retired        INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
) STRICT;

-- table review_log on review_log
CREATE TABLE review_log (
id                    INTEGER PRIMARY KEY,
highlight_id          INTEGER NOT NULL REFERENCES highlights (id) ON DELETE CASCADE,
rating                TEXT NOT NULL CHECK (rating IN ('keep', 'soon', 'later', 'never')),
reviewed_at           TEXT NOT NULL,
day                   TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
-- The card before the answer (NULL: it was new) and after it.
state_before          INTEGER CHECK (state_before IS NULL OR state_before BETWEEN 0 AND 3),
due_before            TEXT,
stability_before      REAL,
difficulty_before     REAL,
state_after           INTEGER NOT NULL CHECK (state_after BETWEEN 0 AND 3),
due_after             TEXT NOT NULL,
stability_after       REAL NOT NULL,
difficulty_after      REAL NOT NULL,
scheduled_days_after  INTEGER NOT NULL
, prompt_id INTEGER REFERENCES recall_prompts (id) ON DELETE CASCADE) STRICT;

-- table review_settings on review_settings
CREATE TABLE review_settings (
id            INTEGER PRIMARY KEY CHECK (id = 1),
settings_json TEXT NOT NULL CHECK (json_valid(settings_json))
) STRICT;

-- table saved_searches on saved_searches
CREATE TABLE saved_searches (
id         INTEGER PRIMARY KEY,
name       TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
query      TEXT NOT NULL CHECK (length(query) <= 2000),
created_at TEXT NOT NULL
) STRICT;

-- table sqlite_sequence on sqlite_sequence
CREATE TABLE sqlite_sequence(name,seq);

-- table tags on tags
CREATE TABLE tags (
id   INTEGER PRIMARY KEY,
name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(name) BETWEEN 1 AND 100)
) STRICT;

-- trigger documents_fts_delete on documents
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
INSERT INTO documents_fts (documents_fts, rowid, title, byline, site, plain_text)
VALUES ('delete', old.id, old.title, old.byline, old.site, old.plain_text);
END;

-- trigger documents_fts_insert on documents
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
INSERT INTO documents_fts (rowid, title, byline, site, plain_text)
VALUES (new.id, new.title, new.byline, new.site, new.plain_text);
END;

-- trigger documents_fts_update on documents
CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, byline, site, plain_text ON documents BEGIN
INSERT INTO documents_fts (documents_fts, rowid, title, byline, site, plain_text)
VALUES ('delete', old.id, old.title, old.byline, old.site, old.plain_text);
INSERT INTO documents_fts (rowid, title, byline, site, plain_text)
VALUES (new.id, new.title, new.byline, new.site, new.plain_text);
END;

-- trigger highlights_fts_delete on highlights
CREATE TRIGGER highlights_fts_delete AFTER DELETE ON highlights BEGIN
INSERT INTO highlights_fts (highlights_fts, rowid, exact, comment) VALUES ('delete', old.id, old.exact, old.comment);
END;

-- trigger highlights_fts_insert on highlights
CREATE TRIGGER highlights_fts_insert AFTER INSERT ON highlights BEGIN
INSERT INTO highlights_fts (rowid, exact, comment) VALUES (new.id, new.exact, new.comment);
END;

-- trigger highlights_fts_update on highlights
CREATE TRIGGER highlights_fts_update AFTER UPDATE OF exact, comment ON highlights BEGIN
INSERT INTO highlights_fts (highlights_fts, rowid, exact, comment) VALUES ('delete', old.id, old.exact, old.comment);
INSERT INTO highlights_fts (rowid, exact, comment) VALUES (new.id, new.exact, new.comment);
END;

-- trigger notes_fts_delete on notes
CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN
INSERT INTO notes_fts (notes_fts, rowid, title, plain_text) VALUES ('delete', old.id, old.title, old.plain_text);
END;

-- trigger notes_fts_insert on notes
CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN
INSERT INTO notes_fts (rowid, title, plain_text) VALUES (new.id, new.title, new.plain_text);
END;

-- trigger notes_fts_update on notes
CREATE TRIGGER notes_fts_update AFTER UPDATE OF title, plain_text ON notes BEGIN
INSERT INTO notes_fts (notes_fts, rowid, title, plain_text) VALUES ('delete', old.id, old.title, old.plain_text);
INSERT INTO notes_fts (rowid, title, plain_text) VALUES (new.id, new.title, new.plain_text);
END;

-- trigger original_files_unused on document_sources
CREATE TRIGGER original_files_unused AFTER DELETE ON document_sources
WHEN OLD.file_hash IS NOT NULL AND NOT EXISTS (SELECT 1 FROM document_sources WHERE file_hash = OLD.file_hash)
BEGIN
DELETE FROM original_files WHERE file_hash = OLD.file_hash;
END;
