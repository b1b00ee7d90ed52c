// What each imported article was made from, so nothing the cleaner removes is lost and cleanup
// can be re-run when the cleaner improves. A table of its own, not columns of `documents`: the
// source is the heaviest thing we keep and no list or search ever reads it.
// - original:      the decoded source (the file, or this article's part of a file of several)
// - removed_json:  [{before, text, why}] passages the cleaner took out, in reading order
// - restored_json: [text] removed passages the user put back, re-applied when cleanup is re-run
// - parsed_title:  the title as the parse gave it; a stored title that differs was chosen by
//                  the user (or by a split) and re-running cleanup keeps it
// - locked:        why re-running cleanup would be wrong for this article ('split': its text
//                  is now only part of what the source gives), or NULL
// Articles imported before this migration have no row: cleanup cannot be re-run for them.
export default /* sql */ `
CREATE TABLE document_sources (
  document_id   INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  parsed_title  TEXT NOT NULL,
  locked        TEXT CHECK (locked IN ('split')),
  removed_json  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(removed_json) AND json_type(removed_json) = 'array'),
  restored_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(restored_json) AND json_type(restored_json) = 'array'),
  original      TEXT NOT NULL
) STRICT;
`;
