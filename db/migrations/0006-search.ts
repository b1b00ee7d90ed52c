// Saved searches (a name for a query typed in the search box; hit counts are computed when
// listed, never stored, so they always match the library).
//
// The three full-text indexes are rebuilt with prefix indexes for two- and three-letter prefixes:
// search as you type asks for `th*`, `pak*` on every keystroke, and without them FTS5 merges the
// lists of every word with that prefix on each query (60 ms for `th*` in 10,000 articles and
// 100,000 highlights; 3 ms with). Same columns, content tables and tokenizer; the triggers name
// the tables and keep working. Costs about a quarter more index space, and a few seconds once.
//
// Term lists (fts5vocab) of all three indexes let a search find spelling variants of a name
// (`Zabiullah` → `Zabihullah`) by looking the typed word's skeleton up in the words indexed.
const rebuilt = (table: string, columns: string, content: string) => /* sql */ `
DROP TABLE IF EXISTS ${table.replace('_fts', '_vocab')};
DROP TABLE ${table};
CREATE VIRTUAL TABLE ${table} USING fts5(
  ${columns},
  content = '${content}', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
INSERT INTO ${table} (${table}) VALUES ('rebuild');
CREATE VIRTUAL TABLE ${table.replace('_fts', '_vocab')} USING fts5vocab(${table}, 'row');
`;

export default /* sql */ `
CREATE TABLE saved_searches (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
  query      TEXT NOT NULL CHECK (length(query) <= 2000),
  created_at TEXT NOT NULL
) STRICT;

${rebuilt('documents_fts', 'title, byline, site, plain_text', 'documents')}
${rebuilt('highlights_fts', 'exact, comment', 'highlights')}
${rebuilt('notes_fts', 'title, plain_text', 'notes')}
`;
