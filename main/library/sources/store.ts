/**
 * Keeping what an article was made from (migration 0008): the importer stores it for every
 * article, and the reader, re-cleaning and joining read it back as the model's types.
 */
import { getDocumentSource, replaceDocumentSource, type SourceLock } from '../../../db/repos/document-sources';
import type { Db } from '../../../db/open';
import type { RemovedPassage } from '../article';
import { readPassages, readRestored } from './passages';

export interface KeptSource {
  original: string;
  parsedTitle: string;
  locked: SourceLock | null;
  removed: RemovedPassage[];
  restored: string[];
  /** Its text was read from a kept file (a PDF), not from `original`. */
  keptFile?: boolean;
}

export { keepSource } from './keep';

/** `blockCount`: the article's current number of blocks (a passage's place is kept within them). */
export function loadSource(db: Db, documentId: number, blockCount: number): KeptSource | undefined {
  const row = getDocumentSource(db, documentId);
  if (!row) return undefined;
  return { original: row.original, parsedTitle: row.parsedTitle, locked: row.locked, removed: readPassages(row.removedJson, blockCount), restored: readRestored(row.restoredJson), keptFile: row.keptFile === 1 };
}

export function saveSource(db: Db, documentId: number, source: Omit<KeptSource, 'locked'>): void {
  replaceDocumentSource(db, {
    documentId,
    original: source.original,
    parsedTitle: source.parsedTitle,
    removedJson: JSON.stringify(source.removed),
    restoredJson: JSON.stringify(source.restored),
  });
}

export { notRecleanable } from './recleanable';
