/**
 * Putting a removed passage back into its article (and the undo of that), each in one
 * transaction: the blocks are replaced, the highlights re-anchored by the usual path, and the
 * removed list updated. Restored passages are remembered so re-running cleanup keeps them.
 */
import { getDocument } from '../../../db/repos/documents';
import { updateRemovedPassages } from '../../../db/repos/document-sources';
import type { Db } from '../../../db/open';
import type { Block, RemovedPassage } from '../article';
import { AppError } from '../errors';
import { replaceDocumentBlocks, type ReanchorSummary } from '../highlights/reanchor';
import { removeRestored, restorePassage } from './passages';
import { loadSource, type KeptSource } from './store';

export interface RestoreResult {
  blockIndex: number;
  passage: RemovedPassage;
  highlights: ReanchorSummary;
}

function articleAndSource(db: Db, id: number): { blocks: Block[]; source: KeptSource } {
  const doc = getDocument(db, id);
  if (!doc) throw new AppError('not_found', 'This article is no longer in your library. It may have been deleted.');
  const blocks = JSON.parse(doc.blocksJson) as Block[];
  const source = loadSource(db, id, blocks.length);
  if (!source) throw new AppError('unsupported', 'This article was imported before Commonplace kept what its cleaner removed, so there is nothing to restore.');
  return { blocks, source };
}

export function restoreRemoved(db: Db, id: number, index: number, now: Date): RestoreResult {
  return db.transaction((): RestoreResult => {
    const { blocks, source } = articleAndSource(db, id);
    const restored = restorePassage(blocks, source.removed, index);
    const highlights = replaceDocumentBlocks(db, id, restored.blocks, now);
    updateRemovedPassages(db, id, { removedJson: JSON.stringify(restored.removed), restoredJson: JSON.stringify([...source.restored, restored.passage.text]) });
    return { blockIndex: restored.blockIndex, passage: restored.passage, highlights };
  })();
}

/** Undo of `restoreRemoved`: the paragraph at `blockIndex` goes back into the removed list. */
export function unrestoreRemoved(db: Db, id: number, blockIndex: number, passage: Omit<RemovedPassage, 'before'>, now: Date): ReanchorSummary {
  return db.transaction((): ReanchorSummary => {
    const { blocks, source } = articleAndSource(db, id);
    const next = removeRestored(blocks, source.removed, blockIndex, passage);
    const highlights = replaceDocumentBlocks(db, id, next.blocks, now);
    const at = source.restored.lastIndexOf(passage.text);
    const restored = at === -1 ? source.restored : [...source.restored.slice(0, at), ...source.restored.slice(at + 1)];
    updateRemovedPassages(db, id, { removedJson: JSON.stringify(next.removed), restoredJson: JSON.stringify(restored) });
    return highlights;
  })();
}
