// Tags are unique case-insensitively; '/' in a name makes a hierarchy (resolved in queries).
// One join table per target so foreign keys and cascades stay real.
export default /* sql */ `
CREATE TABLE tags (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(name) BETWEEN 1 AND 100)
) STRICT;

CREATE TABLE document_tags (
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (document_id, tag_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX document_tags_by_tag ON document_tags (tag_id, document_id);
`;
