/**
 * Removed passages and the blocks they sit among: putting one back as a paragraph, and taking
 * it out again (undo). Pure: the callers write the result. A passage's `before` is the index of
 * the block it stood before, so inserting or removing a block shifts the passages after it.
 */
import { z } from 'zod';
import { RemovedPassageSchema } from '../../contract/sources';
import type { Block, RemovedPassage } from '../article';
import { AppError } from '../errors';
import { inReadingOrder } from './reading-order';

export { inReadingOrder };

/**
 * The stored list, in reading order, each `before` within the blocks. A value that is not a list
 * of passages (a file edited by hand) reads as nothing removed rather than breaking the reader.
 */
export function readPassages(json: string, blockCount: number): RemovedPassage[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  const parsed = z.array(RemovedPassageSchema).safeParse(value);
  if (!parsed.success) return [];
  return inReadingOrder(parsed.data.map((p) => ({ ...p, before: Math.min(p.before, blockCount) })));
}


export function readRestored(json: string): string[] {
  try {
    const parsed = z.array(z.string()).safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export interface Restored {
  blocks: Block[];
  removed: RemovedPassage[];
  /** Where the passage now stands as a block. */
  blockIndex: number;
  passage: RemovedPassage;
}

/** Puts passage `index` back as a paragraph at its place. */
export function restorePassage(blocks: readonly Block[], removed: readonly RemovedPassage[], index: number): Restored {
  const passage = removed[index];
  if (!passage) throw new AppError('not_found', 'That removed passage is no longer listed for this article (it may have been restored already). Reload the article to see what is left.');
  const at = passage.before;
  const next = [...blocks.slice(0, at), { kind: 'paragraph' as const, text: passage.text }, ...blocks.slice(at)];
  // Passages listed after it at the same place stood after it, so they now follow its block.
  const rest = removed.flatMap((p, i) => (i === index ? [] : [p.before > at || (p.before === at && i > index) ? { ...p, before: p.before + 1 } : p]));
  return { blocks: next, removed: inReadingOrder(rest), blockIndex: at, passage };
}

/** Undo of a restore: the paragraph at `blockIndex`, which must still be exactly `passage.text`, goes back into the list. */
export function removeRestored(blocks: readonly Block[], removed: readonly RemovedPassage[], blockIndex: number, passage: Omit<RemovedPassage, 'before'>): { blocks: Block[]; removed: RemovedPassage[] } {
  const block = blocks[blockIndex];
  if (!block || block.text !== passage.text) {
    throw new AppError('conflict', 'This passage is no longer at that place in the article (its text changed since it was restored), so it was left where it is.');
  }
  const kept = removed.filter((p) => p.before <= blockIndex);
  const after = removed.filter((p) => p.before > blockIndex).map((p) => ({ ...p, before: p.before - 1 }));
  return { blocks: [...blocks.slice(0, blockIndex), ...blocks.slice(blockIndex + 1)], removed: [...kept, { before: blockIndex, text: passage.text, why: passage.why }, ...after] };
}
