/**
 * Imports a batch of files into the library. Each file is read and parsed (outside any write,
 * on a worker thread in the app), then written inside a savepoint of its own: it lands whole or
 * not at all, and a failing file never stops the others. Files are committed in short groups
 * (about a tenth of a second of work) because with `synchronous = FULL` every commit waits for
 * the disk; a commit per file would cap imports at the disk's sync rate. Each group's writes run
 * in one synchronous transaction, so no other call can run inside an open write.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { ImportReport, ImportSource } from '../contract';
import { insertDocument, findDocumentByHash } from '../../db/repos/documents';
import { ensureTag, tagDocument } from '../../db/repos/tags';
import type { Db } from '../../db/open';
import { storedBody, type Article, type ArticleFormat, type StoredBody } from './article';
import { AppError } from './errors';
import { attachCardPassages, PendingPassages, storeCardPassages, type Attachment } from './highlights/cards';
import type { ParsedFile } from './import/index';
import { describeHighlightImport, type HighlightFileOutcome } from './import/highlights/report';
import { inlineParser, ParseCancelled, type ArticleParser } from './import/parser';
import { ParseWriteBalance, ReadAhead } from './import/read-ahead';
import { expandSources, type PendingFile } from './import/sources';
import { findDocumentByFileHash } from '../../db/repos/document-sources';
import { keepSource } from './sources/keep';
import { forgetOriginalFile, keepOriginalFile } from '../../db/repos/original-files';
import { mergeIntoSourceItem } from './highlights/source-items';

export interface ImportProgress {
  done: number;
  total: number;
  current: string | null;
}

/** One file's result, told as soon as it is final: refused, or committed to the library. */
export type ImportResult =
  | { kind: 'imported'; file: string; id: number; title: string }
  | { kind: 'duplicate'; file: string; existingId: number; title: string }
  | { kind: 'refused'; file: string; reason: string }
  | ({ kind: 'attached'; file: string } & Attachment)
  /** A highlight export's file, told in words once it has landed. */
  | { kind: 'highlights'; file: string; message: string }
  /** A book already in the library as a source item, given the highlights it lacked (also listed as imported). */
  | { kind: 'updated'; file: string; id: number; title: string; added: number };

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Each result as it becomes final: an imported or duplicate file only once its group's
   * transaction has committed, so what was told is in the library even if the process dies next.
   */
  onResult?: (result: ImportResult) => void;
  /** Parses each file; inline by default, a worker thread in the app and the CLI. */
  parser?: ArticleParser;
  /** Checked between files; files already parsed in the current group still land whole. */
  isCancelled?: () => boolean;
  /**
   * Cancels as `isCancelled` does, and also gives up the parses under way: a parse worker busy
   * with a slow file is stopped rather than waited for, so a cancel answers at once.
   */
  signal?: AbortSignal;
  /** Lets a long batch give the event loop a turn (so cancel and progress get through). */
  yieldBetweenGroups?: () => Promise<void>;
  now?: () => Date;
}

const GROUP_MS = 100;
const GROUP_FILES = 200;

/** The same article imported twice (from any file name) has the same hash. */
export function contentHash(article: Article, text: string): string {
  return createHash('sha256').update(article.title).update('\u0000').update(text).digest('hex');
}

type Outcome =
  | { kind: 'imported'; id: number; title: string; attached: Attachment[]; highlights: number }
  /** A book already in the library as a source item, given the highlights it lacked. */
  | { kind: 'updated'; id: number; title: string; attached: Attachment[]; highlights: number }
  | { kind: 'duplicate'; id: number; title: string; wholeFile?: true };

export async function importSources(db: Db, sources: readonly ImportSource[], options: ImportOptions = {}): Promise<ImportReport> {
  const files = expandSources(sources);
  const report: ImportReport = { imported: [], duplicates: [], refused: [], cancelled: false, attached: [], split: [], highlightFiles: [] };
  const now = options.now ?? (() => new Date());
  const parser = options.parser ?? inlineParser;
  const tell = options.onResult ?? (() => {});
  const refuse = (file: string, reason: string) => {
    report.refused.push({ file, reason });
    tell({ kind: 'refused', file, reason });
  };
  // Card passages still waiting for their article: each article imported is checked against them.
  const pending = PendingPassages.load(db);
  const { signal } = options;
  const isCancelled = () => signal?.aborted === true || options.isCancelled?.() === true;
  const ahead = new ReadAhead(files, parser, signal);
  const balance = new ParseWriteBalance(parser);
  let next = 0;
  while (next < files.length) {
    if (isCancelled()) {
      report.cancelled = true;
      break;
    }
    // Read and parse a group (possibly on a worker), then write it in one synchronous
    // transaction, so no other call ever runs inside an open write.
    const started = performance.now();
    const parsed: { file: PendingFile; article: ParsedFile }[] = [];
    while (next < files.length && parsed.length < GROUP_FILES && performance.now() - started < GROUP_MS) {
      const file = files[next]!;
      options.onProgress?.({ done: next, total: files.length, current: file.label });
      next++;
      try {
        parsed.push({ file, article: await balance.waitFor(() => ahead.take(next - 1)) });
      } catch (error) {
        // A parse given up by the cancel is not the file's fault: it is simply not imported.
        if (error instanceof ParseCancelled) {
          next--;
          break;
        }
        refuse(file.label, parseFailure(error));
      }
      if (isCancelled()) break;
      // Write what is parsed rather than wait for the next: the workers go on parsing while the
      // group is written. Replies already posted arrive on the next turn of the event loop.
      if (next < files.length && !ahead.isReady(next)) {
        await new Promise((resolve) => setImmediate(resolve));
        if (!ahead.isReady(next)) break;
      }
    }
    const landed: { file: PendingFile; outcomes: Outcome[]; highlights: ParsedFile['highlights'] }[] = [];
    const failed: { file: string; reason: string }[] = [];
    try {
      balance.writing();
      db.transaction(() => {
        for (const { file, article } of parsed) {
          try {
            landed.push({ file, outcomes: writeFile(db, file, article, now, pending), highlights: article.highlights });
          } catch (error) {
            failed.push({ file: file.label, reason: storeFailure(error) });
          }
        }
      }).immediate();
      balance.written();
      for (const f of failed) refuse(f.file, f.reason);
    } catch (error) {
      // The group's commit failed (disk full, file locked): none of its files landed.
      for (const f of failed) refuse(f.file, f.reason);
      for (const { file } of landed) refuse(file.label, storeFailure(error));
      landed.length = 0;
    }
    for (const { file, outcomes, highlights } of landed) {
      for (const outcome of outcomes) {
        if (outcome.kind === 'duplicate') {
          report.duplicates.push({ file: file.label, existingId: outcome.id, title: outcome.title });
          tell({ kind: 'duplicate', file: file.label, existingId: outcome.id, title: outcome.title });
        } else {
          report.imported.push({ file: file.label, id: outcome.id, title: outcome.title });
          if (outcome.kind === 'updated') tell({ kind: 'updated', file: file.label, id: outcome.id, title: outcome.title, added: outcome.highlights });
          else tell({ kind: 'imported', file: file.label, id: outcome.id, title: outcome.title });
          for (const a of outcome.attached) {
            report.attached?.push({ file: file.label, ...a });
            tell({ kind: 'attached', file: file.label, ...a });
          }
        }
      }
      if (highlights) {
        const message = describeHighlightImport(highlights, highlightOutcome(outcomes));
        report.highlightFiles?.push({ file: file.label, message });
        tell({ kind: 'highlights', file: file.label, message });
      } else if (outcomes.length > 1) report.split?.push({ file: file.label, ids: outcomes.map((o) => o.id) });
    }
    if (options.yieldBetweenGroups && next < files.length) await options.yieldBetweenGroups();
  }
  options.onProgress?.({ done: next, total: files.length, current: null });
  return report;
}

/** Writes one parsed file (all the articles it held) in a savepoint: it lands whole or not at all. */
function writeFile(db: Db, file: PendingFile, { format, formats, articles, fileHash, stored, highlights, originalFile }: ParsedFile, now: () => Date, pending: PendingPassages): Outcome[] {
  return db.transaction((): Outcome[] => {
    // The same file again, whatever became of its articles (re-cleaned, joined, split).
    const known = findDocumentByFileHash(db, fileHash);
    if (known) return [{ kind: 'duplicate', ...known, wholeFile: true }];
    const fromExport = highlights !== undefined;
    // Before the articles, whose sources name it by its hash; an article found a duplicate takes the savepoint's rollback with it.
    if (originalFile) keepOriginalFile(db, { fileHash, mediaType: originalFile.mediaType, bytes: originalFile.bytes });
    const outcomes = articles.map((article, i) => writeArticle(db, file, formats?.[i] ?? format, article, stored?.[i] ?? storedBody(article), now, pending, fileHash, fromExport));
    // A PDF whose text is already in the library (another file of the same words): its bytes are no one's.
    if (originalFile && outcomes.every((o) => o.kind === 'duplicate')) forgetOriginalFile(db, fileHash);
    return outcomes;
  })();
}

function writeArticle(
  db: Db,
  file: PendingFile,
  format: ArticleFormat,
  article: Article,
  { text, wordCount, blocksJson }: StoredBody,
  now: () => Date,
  pending: PendingPassages,
  fileHash: string,
  fromExport: boolean,
): Outcome {
  const hash = contentHash(article, text);
  const existing = findDocumentByHash(db, hash);
  if (existing) return { kind: 'duplicate', ...existing };
  // A page an export brought with its text (Omnivore's content) is an article, never a source item to merge into.
  if (fromExport && format === 'text') {
    const merged = mergeIntoSourceItem(db, article, now(), pending);
    if (merged && merged.added === 0) return { kind: 'duplicate', id: merged.id, title: merged.title };
    if (merged) return { kind: 'updated', id: merged.id, title: merged.title, attached: merged.attached, highlights: merged.added };
  }
  const id = insertDocument(db, {
    title: article.title,
    byline: article.byline ?? null,
    site: article.site ?? null,
    sourceUrl: article.url ?? null,
    publishedAt: article.publishedAt ?? null,
    summary: article.summary ?? null,
    importedAt: now().toISOString(),
    format,
    originalName: file.name,
    contentHash: hash,
    blocksJson,
    plainText: text,
    wordCount,
    // A file that brings highlights without being the article they mark is a highlight card.
    kind: article.highlights?.length ? 'card' : 'article',
  });
  keepSource(db, id, article, fileHash);
  for (const tag of article.tags ?? []) tagDocument(db, id, ensureTag(db, tag));
  let attached: Attachment[];
  let highlights = 0;
  if (article.highlights?.length) {
    highlights = storeCardPassages(db, id, article.highlights, now()).length;
    attached = attachCardPassages(db, id, now());
    // What found no article yet waits for one later in this batch (or in a later import).
    pending.watchCard(db, id);
  } else {
    attached = pending.attachTo(db, id, text, now());
  }
  return { kind: 'imported', id, title: article.title, attached, highlights };
}

/** What a highlight export's file did, from its books' outcomes. */
function highlightOutcome(outcomes: readonly Outcome[]): HighlightFileOutcome {
  const made = outcomes.filter((o) => o.kind === 'imported');
  const updated = outcomes.filter((o) => o.kind === 'updated');
  return {
    books: made.length,
    withHighlights: made.filter((o) => o.highlights > 0).length,
    highlights: made.reduce((n, o) => n + o.highlights, 0),
    booksUpdated: updated.length,
    highlightsAdded: updated.reduce((n, o) => n + o.highlights, 0),
    attached: [...made, ...updated].reduce((n, o) => n + o.attached.reduce((m, a) => m + a.highlights, 0), 0),
    booksAlreadyThere: outcomes.filter((o) => o.kind === 'duplicate' && !o.wholeFile).length,
    fileAlreadyThere: outcomes.some((o) => o.kind === 'duplicate' && o.wholeFile === true),
  };
}

function parseFailure(error: unknown): string {
  if (error instanceof AppError) return error.message;
  // Anything else is our bug, not the user's file; say so rather than blame the file.
  const detail = error instanceof Error ? error.message : String(error);
  return `Commonplace could not read this file because of an internal error (${detail}). Nothing was stored; please report it.`;
}

function storeFailure(error: unknown): string {
  if (error instanceof AppError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `Commonplace could not store this file (${detail}). Nothing from it was kept; check that the disk has space, then try again.`;
}
