/** Human-readable output of the CLI (the `--json` output is the contract's shapes as they are). */
import type { ArticleDetail, ArticleSummary, ImportReport } from '../contract';
import type { ImportResult } from '../library/importer';
import { oneLine } from './output';

/** One file's result as a line, and whether it goes to stdout or (a refusal) to stderr. */
export function formatImportResult(result: ImportResult): { stream: 'out' | 'err'; line: string } {
  const file = oneLine(result.file);
  switch (result.kind) {
    case 'imported':
      return { stream: 'out', line: `imported  #${result.id}  ${oneLine(result.title)}  (${file})` };
    case 'duplicate':
      return { stream: 'out', line: `duplicate #${result.existingId}  ${oneLine(result.title)}  (${file}: already in the library)` };
    case 'refused':
      return { stream: 'err', line: `refused   ${file}: ${result.reason}` };
    case 'attached': {
      const n = `${result.highlights} highlight${result.highlights === 1 ? '' : 's'}`;
      return { stream: 'out', line: `attached  ${n} from card #${result.cardId} to #${result.articleId}  ${oneLine(result.articleTitle)}  (${file})` };
    }
    case 'updated':
      return { stream: 'out', line: `updated   #${result.id}  ${oneLine(result.title)}  (+${result.added} highlight${result.added === 1 ? '' : 's'} from ${file})` };
    case 'highlights':
      return { stream: 'out', line: `highlights  ${oneLine(result.message)}  (${file})` };
  }
}

export function formatImportSummary(report: ImportReport): string {
  return `${report.imported.length} imported, ${report.duplicates.length} duplicate, ${report.refused.length} refused${report.cancelled ? ' (cancelled)' : ''}.`;
}

export function formatList(articles: readonly ArticleSummary[]): string {
  if (articles.length === 0) return 'The library is empty. Import articles with `commonplace import <files or folders>`.';
  const rows = articles.map((a) => [String(a.id), oneLine(a.publishedAt?.slice(0, 10) ?? ''), oneLine(a.site ?? ''), String(a.wordCount), oneLine(a.title)]);
  const header = ['ID', 'PUBLISHED', 'SITE', 'WORDS', 'TITLE'];
  const widths = header.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.slice(0, widths[i]).padEnd(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

export function formatArticle(a: ArticleDetail): string {
  const meta = [
    a.byline && `By ${a.byline}`,
    a.site,
    a.publishedAt && `Published ${a.publishedAt}`,
    `${a.wordCount} words`,
    a.url,
    a.tags.length > 0 && `Tags: ${a.tags.map((t) => `#${t}`).join(' ')}`,
  ].filter(Boolean);
  const body = a.blocks.map((b) => {
    if (b.kind === 'heading') return `${'#'.repeat(Math.min(6, (b.level ?? 2)))} ${b.text}`;
    if (b.kind === 'quote') return `> ${b.text}`;
    if (b.kind === 'list-item') return `- ${b.text}`;
    return b.text;
  });
  return [`# ${oneLine(a.title)}`, oneLine(meta.join(' · ')), a.summary ? `\n${a.summary}` : '', '', ...body.flatMap((t) => [t, ''])].join('\n').trimEnd();
}
