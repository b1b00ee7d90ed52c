/**
 * Splitting an article at a heading (a file that holds several articles, like a saved page of
 * "related stories"): the heading and what follows become a new article titled with the
 * heading; the original keeps what came before. Highlights (with their comments and tags) move
 * with their text; the article's tags are copied to both. One transaction: all or nothing.
 */
import {
  findDocumentByHash,
  getDocument,
  getDocumentSummary,
  insertDocument,
  updateDocumentText,
  type DocumentSummaryRow,
} from '../../db/repos/documents';
import { listHighlightsOfDocument, updateHighlightAnchor, type HighlightAnchor, type HighlightRow } from '../../db/repos/highlights';
import { copyDocumentTags } from '../../db/repos/tags';
import { copySourceToSplitPart, lockDocumentSource } from '../../db/repos/document-sources';
import type { Db } from '../../db/open';
import { BLOCK_SEPARATOR, countWords, plainText, type Block } from './article';
import { AppError } from './errors';
import { placed, reanchored } from './highlights/placement';
import { contentHash } from './importer';

export interface SplitResult {
  original: DocumentSummaryRow;
  created: DocumentSummaryRow;
  movedHighlights: number;
}

export function splitDocument(db: Db, id: number, blockIndex: number, now: Date): SplitResult {
  return db.transaction((): SplitResult => {
    const doc = getDocument(db, id);
    if (!doc) throw new AppError('not_found', 'This article is no longer in your library. It may have been deleted.');
    const blocks = JSON.parse(doc.blocksJson) as Block[];
    const heading = blocks[blockIndex];
    if (!heading || heading.kind !== 'heading') throw new AppError('invalid_input', 'An article can only be split at one of its headings.');
    const title = heading.text.trim();
    const before = blocks.slice(0, blockIndex);
    const after = blocks.slice(blockIndex + 1);
    if (title === '') throw new AppError('invalid_input', 'This heading is empty, so it cannot title a new article. Split at another heading.');
    if (!before.some((b) => b.text.trim() !== '')) throw new AppError('invalid_input', 'Nothing comes before this heading, so there is nothing to split off.');
    if (!after.some((b) => b.text.trim() !== '')) throw new AppError('invalid_input', 'Nothing follows this heading, so it would make an empty article.');

    const oldText = doc.plainText;
    const keptText = plainText(before);
    const newText = plainText(after);
    // Where the heading and the new article's text begin in the old plain text.
    const headingStart = keptText.length + BLOCK_SEPARATOR.length;
    const bodyStart = headingStart + heading.text.length + BLOCK_SEPARATOR.length;

    const hash = contentHash({ title, blocks: after }, newText);
    const existing = findDocumentByHash(db, hash);
    if (existing) {
      throw new AppError('refused', `The part from this heading on is already in your library as “${existing.title}” (#${existing.id}), so it was not split off again.`);
    }
    // The original keeps its hash: re-importing its file is still recognised as already here.
    // Its source now gives more than its text, so re-running cleanup would undo the split.
    lockDocumentSource(db, id, 'split');
    updateDocumentText(db, id, { blocksJson: JSON.stringify(before), plainText: keptText, wordCount: countWords(keptText) });
    const createdId = insertDocument(db, {
      title,
      // The byline, address, date and summary describe the first article in the file, not this one.
      byline: null,
      site: doc.site,
      sourceUrl: null,
      publishedAt: null,
      summary: null,
      importedAt: doc.importedAt,
      format: doc.format,
      originalName: doc.originalName,
      contentHash: hash,
      blocksJson: JSON.stringify(after),
      plainText: newText,
      wordCount: countWords(newText),
      kind: doc.kind,
    });
    copyDocumentTags(db, id, createdId);
    copySourceToSplitPart(db, id, createdId, title);

    let moved = 0;
    const at = now.toISOString();
    for (const h of listHighlightsOfDocument(db, id)) {
      const goesToNew = h.start !== null && h.end !== null && belongsAfter(h.start, h.end, headingStart);
      const target = goesToNew
        ? { id: createdId, text: newText, shift: bodyStart }
        : { id, text: keptText, shift: 0 };
      if (goesToNew) moved += 1;
      const next = relocate(h, oldText, target.text, target.shift);
      updateHighlightAnchor(db, h.id, target.id, next, at);
    }
    return { original: getDocumentSummary(db, id)!, created: getDocumentSummary(db, createdId)!, movedHighlights: moved };
  })();
}

/** A highlight goes with the part that holds most of its characters (the heading counts as the new part's). */
function belongsAfter(start: number, end: number, headingStart: number): boolean {
  if (start >= headingStart) return true;
  if (end <= headingStart) return false;
  return end - headingStart > headingStart - start;
}

/**
 * The highlight's anchor in its part's text: shifted as is when its words are all there (the
 * common case), else found again by the matcher; kept as orphaned, never dropped, if not found.
 */
function relocate(h: HighlightRow, oldText: string, text: string, shift: number): HighlightAnchor {
  if (h.status === 'pending' || h.start === null || h.end === null) return h;
  const start = h.start - shift;
  const end = h.end - shift;
  const wasInPlace = oldText.slice(h.start, h.end) === h.exact;
  if (wasInPlace && start >= 0 && end <= text.length && text.slice(start, end) === h.exact) {
    return { ...placed(text, start, end), status: h.status, score: h.score, previousExact: h.previousExact };
  }
  const from = Math.min(Math.max(start, 0), text.length - 1);
  const hint = { ...h, start: from, end: Math.min(Math.max(end, from + 1), text.length) };
  const next = reanchored(text, hint);
  // An orphan keeps offsets that fit its new text (the old ones may point past its end).
  return next.status === 'orphaned' ? { ...next, start: hint.start, end: hint.end } : next;
}
