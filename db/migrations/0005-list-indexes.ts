// The library list reads only small columns, but word_count and kind sit after the large
// blocks and plain_text in each row, so reading them walked every article's overflow pages
// (tens of ms for 10,000 articles). The sort indexes now carry every listed column, so the
// list and its filters are answered from the indexes alone.
const listed = 'id, title, site, byline, published_at, imported_at, word_count, format, kind';

export default /* sql */ `
DROP INDEX documents_by_imported;
DROP INDEX documents_by_title;
DROP INDEX documents_by_site;
DROP INDEX documents_by_published;
DROP INDEX documents_by_words;

CREATE INDEX documents_by_imported  ON documents (imported_at, ${listed});
CREATE INDEX documents_by_title     ON documents (title COLLATE NOCASE, ${listed});
CREATE INDEX documents_by_site      ON documents (site COLLATE NOCASE, ${listed});
CREATE INDEX documents_by_published ON documents (published_at, ${listed});
CREATE INDEX documents_by_words     ON documents (word_count, ${listed});
`;
