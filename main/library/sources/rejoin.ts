/**
 * "Import as one article": articles the importer found in one file are joined back. Their kept
 * originals, in order, are parsed again as one article into the first document; the others'
 * highlights (re-anchored in the joined text) and tags move onto it, and they are deleted. One
 * transaction: all or nothing.
 */
import { findDocumentByHash, deleteDocument, getDocument, updateDocumentTitleAndHash, type DocumentRow } from '../../../db/repos/documents';
import { listHighlightsOfDocument, updateHighlightAnchor } from '../../../db/repos/highlights';
import { copyDocumentTags } from '../../../db/repos/tags';
import type { Db } from '../../../db/open';
import { BLOCK_SEPARATOR, plainText, type Block } from '../article';
import { AppError } from '../errors';
import { replaceDocumentBlocks } from '../highlights/reanchor';
import { contentHash } from '../importer';
import type { Reparse } from './reclean';
import { loadSource, saveSource, type KeptSource } from './store';

export interface RejoinResult {
  id: number;
  title: string;
  /** The other documents, now deleted. */
  deleted: number[];
  movedHighlights: number;
  needAttention: number;
}

interface Part {
  doc: DocumentRow;
  source: KeptSource;
}

function parts(db: Db, ids: readonly number[]): Part[] {
  if (new Set(ids).size !== ids.length) throw new AppError('invalid_input', 'The same article is named twice; each article can be joined only once.');
  const found = ids.map((id) => {
    const doc = getDocument(db, id);
    if (!doc) throw new AppError('not_found', `Article #${id} is no longer in your library, so the articles cannot be joined back. Nothing was changed.`);
    const source = loadSource(db, id, (JSON.parse(doc.blocksJson) as Block[]).length);
    if (!source) throw new AppError('unsupported', `“${doc.title}” has no kept original (it was imported before Commonplace kept them), so the articles cannot be joined back. Nothing was changed.`);
    if (source.keptFile) throw new AppError('unsupported', `“${doc.title}” was read from a PDF, whose text comes from its pages, so it cannot be joined with other articles. Nothing was changed.`);
    if (source.locked === 'split') throw new AppError('unsupported', `“${doc.title}” was split since it was imported, so joining its original back would bring the split-off text twice. Nothing was changed.`);
    if (doc.kind !== 'article') throw new AppError('unsupported', `“${doc.title}” is a highlight card, not an article, so it cannot be joined. Nothing was changed.`);
    return { doc, source };
  });
  const format = found[0]!.doc.format;
  if (found.some((p) => p.doc.format !== format)) throw new AppError('invalid_input', 'These articles came from different kinds of file, so they cannot be joined into one. Nothing was changed.');
  return found;
}

/** The originals in order; parts cut from one file are rejoined as they stood, others with a blank line between. */
export function joinOriginals(originals: readonly string[]): string {
  return originals.reduce((joined, part) => (joined === '' ? part : joined.endsWith('\n') ? joined + part : joined + BLOCK_SEPARATOR + part), '');
}

/** Where a part's text starts in the joined text: a hint for the matcher, which checks it. */
function offsetIn(joined: string, part: string, fallback: number): number {
  const head = part.slice(0, 200);
  const at = head === '' ? -1 : joined.indexOf(head);
  return at === -1 ? fallback : at;
}

export async function rejoinDocuments(db: Db, ids: readonly number[], reparse: Reparse, now: Date): Promise<RejoinResult> {
  if (ids.length < 2) throw new AppError('invalid_input', 'Choose at least two articles to join into one.');
  const first = parts(db, ids);
  const original = joinOriginals(first.map((p) => p.source.original));
  const article = await reparse(first[0]!.doc.format, first[0]!.doc.originalName, original);
  const text = plainText(article.blocks);
  return db.transaction((): RejoinResult => {
    // Read again inside the write: one of them may have changed while the text was parsed.
    const all = parts(db, ids);
    if (joinOriginals(all.map((p) => p.source.original)) !== original) throw new AppError('conflict', 'These articles changed while they were being joined. Nothing was changed; try again.');
    const [target, ...others] = all as [Part, ...Part[]];
    const hash = contentHash(article, text);
    const taken = findDocumentByHash(db, hash);
    if (taken && !ids.includes(taken.id)) {
      throw new AppError('refused', `The joined article is already in your library as “${taken.title}” (#${taken.id}), so these were left as they are.`);
    }
    const at = now.toISOString();
    let moved = 0;
    let cursor = 0;
    for (const part of all) {
      const shift = offsetIn(text, part.doc.plainText, cursor);
      cursor = shift + part.doc.plainText.length;
      for (const h of listHighlightsOfDocument(db, part.doc.id)) {
        if (part !== target) moved += 1;
        // Shifted to where the part's text now lies: re-anchoring below confirms or corrects each.
        const hint = h.start === null || h.end === null ? h : { ...h, start: h.start + shift, end: h.end + shift };
        updateHighlightAnchor(db, h.id, target.doc.id, hint, at);
      }
    }
    for (const part of others) {
      copyDocumentTags(db, part.doc.id, target.doc.id);
      deleteDocument(db, part.doc.id);
    }
    const summary = replaceDocumentBlocks(db, target.doc.id, article.blocks, now);
    updateDocumentTitleAndHash(db, target.doc.id, { title: article.title, contentHash: hash });
    saveSource(db, target.doc.id, { original, parsedTitle: article.title, removed: article.removed ?? [], restored: [] });
    return { id: target.doc.id, title: article.title, deleted: others.map((p) => p.doc.id), movedHighlights: moved, needAttention: summary.fuzzy + summary.orphaned };
  })();
}
