// Searches made only of filters counted their matches by reading every highlight (color:,
// has:comment, dates) or every article's row (site: reads source_url, which no index held):
// 15–50 ms on a big library. These indexes hold every column those filters read, so counting
// reads index pages only, a range of them for a colour or a date.
export default /* sql */ `
CREATE INDEX highlights_by_color ON highlights (color, created_at, document_id);
CREATE INDEX highlights_commented ON highlights (color, created_at, document_id) WHERE comment IS NOT NULL;
CREATE INDEX documents_by_source ON documents (source_url, site, published_at, imported_at);
`;
