/**
 * Imports a batch of files into the library. Each file is read and parsed first, outside any
 * transaction, then written in one transaction of its own: it lands whole or not at all, and a
 * failing file never stops the others.
 */
import { createHash } from 'node:crypto';
import type { ImportReport, ImportSource } from '../contract';
import { insertDocument, findDocumentByHash } from '../../db/repos/documents';
import { ensureTag, tagDocument } from '../../db/repos/tags';
import type { Db } from '../../db/open';
import { countWords, plainText, type Article } from './article';
import { AppError } from './errors';
import { parseArticleFile } from './import/index';
import { expandSources } from './import/sources';

export interface ImportProgress {
  done: number;
  total: number;
  current: string | null;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Checked between files; the file being written when it flips still lands whole. */
  isCancelled?: () => boolean;
  /** Lets a long batch give the event loop a turn (so cancel and progress get through). */
  yieldBetweenFiles?: () => Promise<void>;
  now?: () => Date;
}

/** The same article imported twice (from any file name) has the same hash. */
export function contentHash(article: Article, text: string): string {
  return createHash('sha256').update(article.title).update('\u0000').update(text).digest('hex');
}

export async function importSources(db: Db, sources: readonly ImportSource[], options: ImportOptions = {}): Promise<ImportReport> {
  const files = expandSources(sources);
  const report: ImportReport = { imported: [], duplicates: [], refused: [], cancelled: false };
  const now = options.now ?? (() => new Date());
  for (const [index, file] of files.entries()) {
    if (options.isCancelled?.()) {
      report.cancelled = true;
      break;
    }
    options.onProgress?.({ done: index, total: files.length, current: file.label });
    try {
      const { format, article } = parseArticleFile({ name: file.name, bytes: file.read() });
      const text = plainText(article.blocks);
      const hash = contentHash(article, text);
      const outcome = db.transaction((): { kind: 'duplicate'; id: number; title: string } | { kind: 'imported'; id: number } => {
        const existing = findDocumentByHash(db, hash);
        if (existing) return { kind: 'duplicate', ...existing };
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
          blocksJson: JSON.stringify(article.blocks),
          plainText: text,
          wordCount: countWords(text),
        });
        for (const tag of article.tags ?? []) tagDocument(db, id, ensureTag(db, tag));
        return { kind: 'imported', id };
      }).immediate();
      if (outcome.kind === 'duplicate') report.duplicates.push({ file: file.label, existingId: outcome.id, title: outcome.title });
      else report.imported.push({ file: file.label, id: outcome.id, title: article.title });
    } catch (error) {
      report.refused.push({ file: file.label, reason: reasonOf(error) });
    }
    if (options.yieldBetweenFiles) await options.yieldBetweenFiles();
  }
  options.onProgress?.({ done: report.imported.length + report.duplicates.length + report.refused.length, total: files.length, current: null });
  return report;
}

function reasonOf(error: unknown): string {
  if (error instanceof AppError) return error.message;
  // Anything else is our bug, not the user's file; say so rather than blaming the file.
  const detail = error instanceof Error ? error.message : String(error);
  return `Commonplace could not import this file because of an internal error (${detail}). Nothing was stored; please report it.`;
}
