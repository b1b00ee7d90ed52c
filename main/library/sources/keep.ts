/**
 * Keeping what an article was made from, as the importer does for every article: apart from
 * store.ts, whose reading side validates stored passages with zod, which an import (the CLI's
 * above all) need not load.
 */
import { insertDocumentSource } from '../../../db/repos/document-sources';
import type { Db } from '../../../db/open';
import type { Article } from '../article';
import { inReadingOrder } from './reading-order';

/** Call inside the import's savepoint, right after the document is inserted. */
export function keepSource(db: Db, documentId: number, article: Article, fileHash: string | null): void {
  if (article.original === undefined) return;
  insertDocumentSource(db, {
    documentId,
    fileHash,
    original: article.original,
    parsedTitle: article.title,
    removedJson: JSON.stringify(inReadingOrder(article.removed ?? [])),
    restoredJson: '[]',
  });
}
