/**
 * Readability keeps the article's container whole, so what a site puts inside it comes along:
 * share and "SEE MORE:" / "DON'T MISS" link lines, newsletter boxes, a caption printed twice,
 * "Citation: … retrieved …" lines, copyright notices. The plain-text cleaner's rules (the same
 * module, text/clutter.ts) run over the blocks' texts; a block they mark, and a second copy of
 * a short block, leave the article and are kept as removed passages. The learned classifier
 * is not used here: it was trained on whole pages, and Readability's output is already the
 * article, so dropping prose on its word would only lose text.
 */
import type { Block, RemovalReason, RemovedPassage } from '../../article';
import { markClutter } from '../text/clutter';
import { isCaption } from '../text/clutter-rules';

/** Longer blocks than this are prose, never a caption's repeat. */
const MAX_REPEAT_CHARS = 300;

export function cleanBlocks(blocks: readonly Block[]): { blocks: Block[]; removed: RemovedPassage[] } {
  const marks = markClutter(blocks.map((b) => ({ text: b.text })));
  const seen = new Set<string>();
  const kept: Block[] = [];
  const removed: RemovedPassage[] = [];
  blocks.forEach((block, i) => {
    const key = block.text.trim().replace(/\s+/g, ' ');
    // Code, and separators such as "* * *", are the author's.
    const own = block.kind === 'preformatted' || !/[\p{L}\p{N}]/u.test(block.text);
    // The rules' own "same line twice in a row" is a scraping artefact of copied text; in a
    // page it is the author's (dialogue, table cells).
    const mark = marks[i] === 'duplicate' ? null : (marks[i] ?? null);
    let why: RemovalReason | null = own ? null : mark;
    // A caption printed twice (the image's and the gallery's); other repeats, such as dialogue
    // or table cells, are the article's own.
    if (!why && !own && isCaption(key) && key.length <= MAX_REPEAT_CHARS && seen.has(key)) why = 'duplicate';
    seen.add(key);
    if (why) removed.push({ before: kept.length, text: block.text, why });
    else kept.push(block);
  });
  // Never everything: a page whose article is all labels keeps them.
  return kept.some((b) => b.text.trim() !== '') ? { blocks: kept, removed } : { blocks: [...blocks], removed: [] };
}
