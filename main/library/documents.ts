/** Maps stored rows to the contract's article shapes. */
import type { ArticleDetail, ArticleSummary } from '../contract';
import type { DocumentRow, DocumentSummaryRow } from '../../db/repos/documents';
import type { Block } from './article';
import { notRecleanable } from './sources/recleanable';
import type { KeptSource } from './sources/store';

export function toSummary(row: DocumentSummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    site: row.site,
    byline: row.byline,
    publishedAt: row.publishedAt,
    importedAt: row.importedAt,
    wordCount: row.wordCount,
    format: row.format,
    kind: row.kind,
  };
}

/** `source`: what the article was made from, when the caller loaded it (the reader does; lists never). */
export function toDetail(row: DocumentRow, tags: string[], source?: KeptSource, originalFile?: { mediaType: string; size: number }): ArticleDetail {
  const why = notRecleanable(source, row.originalName);
  return {
    ...toSummary(row),
    summary: row.summary,
    url: row.sourceUrl,
    originalName: row.originalName,
    blocks: JSON.parse(row.blocksJson) as Block[],
    tags,
    removed: source?.removed ?? [],
    cleanup: { available: why === null, reason: why },
    ...(originalFile ? { originalFile } : {}),
  };
}
