/**
 * Keeping highlights where they belong when an article's text changes: each is found again by
 * the matcher (position, then the quote nearby, then typography-blind, then fuzzy). Nothing is
 * ever deleted here: what cannot be found becomes `orphaned` and is listed as needing attention.
 */
import { getDocument, updateDocumentText } from '../../../db/repos/documents';
import { listHighlightsOfDocument, updateHighlightAnchor } from '../../../db/repos/highlights';
import type { Db } from '../../../db/open';
import { countWords, plainText, type Block } from '../article';
import { AppError } from '../errors';
import { reanchored, sameAnchor } from './placement';

export interface ReanchorSummary {
  ok: number;
  fuzzy: number;
  orphaned: number;
}

/** Re-anchors every placed highlight of a document against `text` (its new plain text). Call inside the write. */
export function reanchorDocument(db: Db, documentId: number, text: string, now: Date): ReanchorSummary {
  const summary: ReanchorSummary = { ok: 0, fuzzy: 0, orphaned: 0 };
  const at = now.toISOString();
  for (const row of listHighlightsOfDocument(db, documentId)) {
    if (row.status === 'pending') continue;
    const next = reanchored(text, row);
    if (!sameAnchor(next, row)) updateHighlightAnchor(db, row.id, documentId, next, at);
    if (next.status !== 'pending') summary[next.status] += 1;
  }
  return summary;
}

/** Replaces an article's blocks (a cleaned or re-imported text) and re-anchors its highlights, in one transaction. */
export function replaceDocumentBlocks(db: Db, documentId: number, blocks: readonly Block[], now: Date): ReanchorSummary {
  const text = plainText(blocks);
  return db.transaction(() => {
    if (!getDocument(db, documentId)) throw new AppError('not_found', 'This article is no longer in your library. It may have been deleted.');
    updateDocumentText(db, documentId, { blocksJson: JSON.stringify(blocks), plainText: text, wordCount: countWords(text) });
    return reanchorDocument(db, documentId, text, now);
  })();
}
