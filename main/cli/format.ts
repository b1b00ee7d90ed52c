/** Human-readable output of the CLI (the `--json` output is the contract's shapes as they are). */
import type { ArticleDetail, ArticleSummary, ImportReport } from '../contract';

export function formatImportReport(report: ImportReport): { out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  for (const item of report.imported) out.push(`imported  #${item.id}  ${item.title}  (${item.file})`);
  for (const item of report.duplicates) out.push(`duplicate #${item.existingId}  ${item.title}  (${item.file}: already in the library)`);
  for (const item of report.refused) err.push(`refused   ${item.file}: ${item.reason}`);
  for (const item of report.attached ?? []) {
    const n = `${item.highlights} highlight${item.highlights === 1 ? '' : 's'}`;
    out.push(`attached  ${n} from card #${item.cardId} to #${item.articleId}  ${item.articleTitle}  (${item.file})`);
  }
  const summary = `${report.imported.length} imported, ${report.duplicates.length} duplicate, ${report.refused.length} refused${report.cancelled ? ' (cancelled)' : ''}.`;
  out.push(summary);
  return { out: out.join('\n'), err: err.join('\n') };
}

export function formatList(articles: readonly ArticleSummary[]): string {
  if (articles.length === 0) return 'The library is empty. Import articles with `commonplace import <files or folders>`.';
  const rows = articles.map((a) => [String(a.id), a.publishedAt?.slice(0, 10) ?? '', a.site ?? '', String(a.wordCount), a.title]);
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
  return [`# ${a.title}`, meta.join(' · '), a.summary ? `\n${a.summary}` : '', '', ...body.flatMap((t) => [t, ''])].join('\n').trimEnd();
}
