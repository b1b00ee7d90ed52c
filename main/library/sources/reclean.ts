/**
 * Re-running cleanup: each article's stored original is parsed again with today's cleaner and,
 * where that gives other blocks, they replace the old ones in one transaction per article. The
 * highlights are re-anchored (none is dropped: the matcher decides which stay, move or need
 * attention), passages the user restored are put back again, and a title the user (or a split)
 * chose is kept. Parsing happens outside the write, so a library-wide run never holds it long.
 */
import { countDocuments, findDocumentByHash, getDocument, updateDocumentTitleAndHash, type DocumentRow } from '../../../db/repos/documents';
import { recleanableDocumentIds } from '../../../db/repos/document-sources';
import type { Db } from '../../../db/open';
import { plainText, type Article, type ArticleFormat, type Block, type RemovedPassage } from '../article';
import { AppError } from '../errors';
import { ParseCancelled } from '../import/parser';
import { replaceDocumentBlocks } from '../highlights/reanchor';
import { contentHash } from '../importer';
import { inReadingOrder, restorePassage } from './passages';
import { loadSource, notRecleanable, saveSource, type KeptSource } from './store';

export type Reparse = (format: ArticleFormat, name: string, text: string) => Promise<Article>;

export interface RecleanOutcome {
  id: number;
  title: string;
  /** The text or title changed. */
  cleaned: boolean;
  /** Fuzzy or orphaned highlights of this article after re-anchoring (0 when nothing changed). */
  needAttention: number;
}

function loaded(db: Db, id: number): { doc: DocumentRow; blocks: Block[]; source: KeptSource } {
  const doc = getDocument(db, id);
  if (!doc) throw new AppError('not_found', 'This article is no longer in your library. It may have been deleted.');
  const blocks = JSON.parse(doc.blocksJson) as Block[];
  const source = loadSource(db, id, blocks.length);
  const why = notRecleanable(source, doc.originalName);
  if (why !== null || !source) throw new AppError('unsupported', why ?? '');
  return { doc, blocks, source };
}

/** The new parse with the user's restored passages put back; those the cleaner now keeps are simply in the text. */
function withRestorations(article: Article, restored: readonly string[]): { blocks: Block[]; removed: RemovedPassage[]; restored: string[] } {
  let blocks = article.blocks;
  let removed = inReadingOrder(article.removed ?? []);
  const kept: string[] = [];
  for (const text of restored) {
    const index = removed.findIndex((p) => p.text === text);
    if (index === -1) continue;
    ({ blocks, removed } = restorePassage(blocks, removed, index));
    kept.push(text);
  }
  return { blocks, removed, restored: kept };
}

export async function recleanDocument(db: Db, id: number, reparse: Reparse, now: Date): Promise<RecleanOutcome> {
  const before = loaded(db, id);
  const article = await reparse(before.doc.format, before.doc.originalName, before.source.original);
  return db.transaction((): RecleanOutcome => {
    // Read again inside the write: the article may have changed while it was being parsed.
    const { doc, blocks, source } = loaded(db, id);
    const next = withRestorations(article, source.restored);
    const title = doc.title === source.parsedTitle ? article.title : doc.title;
    const blocksChanged = JSON.stringify(next.blocks) !== JSON.stringify(blocks);
    let needAttention = 0;
    if (blocksChanged) {
      const summary = replaceDocumentBlocks(db, id, next.blocks, now);
      needAttention = summary.fuzzy + summary.orphaned;
    }
    if (blocksChanged || title !== doc.title) {
      const hash = contentHash({ title, blocks: next.blocks }, plainText(next.blocks));
      // The same article imported again since (with today's cleaner) already holds this hash: keep ours.
      const taken = findDocumentByHash(db, hash);
      updateDocumentTitleAndHash(db, id, { title, contentHash: taken && taken.id !== id ? doc.contentHash : hash });
    }
    saveSource(db, id, { original: source.original, parsedTitle: article.title, removed: next.removed, restored: next.restored });
    return { id, title, cleaned: blocksChanged || title !== doc.title, needAttention };
  })();
}

export interface RecleanReport {
  /** Articles whose cleanup was re-run. */
  checked: number;
  cleaned: RecleanOutcome[];
  needAttention: number;
  /** Articles without a kept original (imported before it was kept) or split: not re-run. */
  notRecleanable: number;
  failed: { id: number; reason: string }[];
  cancelled: boolean;
}

export interface RecleanOptions {
  reparse: Reparse;
  now?: () => Date;
  onProgress?: (progress: { done: number; total: number }) => void;
  isCancelled?: () => boolean;
  /** Lets the event loop turn between articles (so cancel and progress get through). */
  yieldBetween?: () => Promise<void>;
}

export async function recleanLibrary(db: Db, options: RecleanOptions): Promise<RecleanReport> {
  const ids = recleanableDocumentIds(db);
  const now = options.now ?? (() => new Date());
  const report: RecleanReport = { checked: 0, cleaned: [], needAttention: 0, notRecleanable: countDocuments(db) - ids.length, failed: [], cancelled: false };
  for (const [done, id] of ids.entries()) {
    if (options.isCancelled?.()) {
      report.cancelled = true;
      break;
    }
    options.onProgress?.({ done, total: ids.length });
    try {
      const outcome = await recleanDocument(db, id, options.reparse, now());
      report.checked += 1;
      if (outcome.cleaned) report.cleaned.push(outcome);
      report.needAttention += outcome.needAttention;
    } catch (error) {
      // Cancelled while this article was being parsed: it keeps its text, and the run ends.
      if (error instanceof ParseCancelled) {
        report.cancelled = true;
        break;
      }
      // Deleted meanwhile: nothing to do. Anything else is reported, and the run goes on.
      if (error instanceof AppError && error.code === 'not_found') continue;
      report.failed.push({ id, reason: error instanceof Error ? error.message : String(error) });
    }
    await options.yieldBetween?.();
  }
  options.onProgress?.({ done: report.checked + report.failed.length, total: ids.length });
  return report;
}

/** "Cleaned 12 of 340 articles; 3 highlights need attention." — the UI and the CLI say the same. */
export function describeReclean(report: Pick<RecleanReport, 'checked' | 'cleaned' | 'needAttention' | 'notRecleanable' | 'failed' | 'cancelled'>): string {
  const articles = report.checked === 1 ? 'article' : 'articles';
  const parts = [`Cleaned ${report.cleaned.length} of ${report.checked} ${articles}`];
  if (report.needAttention > 0) parts.push(`${report.needAttention} ${report.needAttention === 1 ? 'highlight needs' : 'highlights need'} attention`);
  let text = `${parts.join('; ')}.`;
  if (report.cancelled) text += ' Cancelled before the end; the articles cleaned so far keep their new text.';
  if (report.failed.length > 0) text += ` ${report.failed.length} could not be re-cleaned.`;
  if (report.notRecleanable > 0) {
    const one = report.notRecleanable === 1;
    text += ` ${report.notRecleanable} ${one ? 'article was left as it is' : 'articles were left as they are'}: imported before Commonplace kept original files, split, read from a PDF, or books from EPUB files (taken whole, with no cleanup to re-run).`;
  }
  return text;
}
