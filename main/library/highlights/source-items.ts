/**
 * A book met again in a later highlight export. Kindle's My Clippings.txt only grows, so the
 * file a reader imports next month holds every entry of this month's and a few more: a book
 * already in the library as a source item (same title and author) gets only the highlights it
 * does not have yet (compared as the parser compares them: without case, quote style or
 * spacing), its text gains their quotes, and its kept original becomes the newer, fuller one.
 */
import { getDocument, findSourceItem } from '../../../db/repos/documents';
import { getDocumentSource, replaceDocumentSource } from '../../../db/repos/document-sources';
import { quotesFromSource } from '../../../db/repos/highlights';
import type { Db } from '../../../db/open';
import type { Article, Block } from '../article';
import { comparable } from '../import/highlights/clipping-dedupe';
import { replaceDocumentBlocks } from './reanchor';
import { attachCardPassages, storeCardPassages, type Attachment, type PendingPassages } from './cards';

export interface Merged {
  id: number;
  title: string;
  /** Highlights this export brought that the source item did not have. */
  added: number;
  attached: Attachment[];
}

/** Adds what is new to the source item already holding this book; undefined when there is none. */
export function mergeIntoSourceItem(db: Db, article: Article, now: Date, pending: PendingPassages): Merged | undefined {
  const existing = findSourceItem(db, article.title, article.byline ?? null);
  if (!existing) return undefined;
  const known = new Set<string>();
  for (const q of quotesFromSource(db, existing.id)) {
    known.add(comparable(q.exact));
    if (q.previousExact) known.add(comparable(q.previousExact));
  }
  const fresh = (article.highlights ?? []).filter((h) => !known.has(comparable(h.quote)));
  if (fresh.length === 0) return { id: existing.id, title: existing.title, added: 0, attached: [] };
  const doc = getDocument(db, existing.id)!;
  const blocks = JSON.parse(doc.blocksJson) as Block[];
  const present = new Set(blocks.map((b) => b.text));
  // Appended at the end, so nothing already placed in the item's own text moves.
  replaceDocumentBlocks(db, existing.id, [...blocks, ...article.blocks.filter((b) => !present.has(b.text))], now);
  const source = getDocumentSource(db, existing.id);
  if (source && article.original !== undefined) {
    replaceDocumentSource(db, { documentId: existing.id, parsedTitle: source.parsedTitle, removedJson: '[]', restoredJson: '[]', original: article.original });
  }
  const added = storeCardPassages(db, existing.id, fresh, now).length;
  const attached = attachCardPassages(db, existing.id, now);
  pending.watchCard(db, existing.id);
  return { id: existing.id, title: existing.title, added, attached };
}
