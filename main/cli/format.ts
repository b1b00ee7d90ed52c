/** Human-readable output of the CLI (the `--json` output is the contract's shapes as they are). */
import type { ArticleDetail, ImportReport } from '../contract';
import type { ImportResult } from '../library/importer';
import type { DocumentListCells } from '../../db/repos/documents';
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

const LIST_HEADER = ['ID', 'PUBLISHED', 'SITE', 'WORDS', 'TITLE'] as const;

/**
 * The library as a table, every cell on one line, each column as wide as its widest cell (at
 * most 40) but the last. Written as one pass over plain arrays: `list` prints every article, and on
 * ten thousand the nested maps and spreads were a sixth of the command's time.
 */
export function formatList(rows: readonly DocumentListCells[]): string {
  if (rows.length === 0) return 'The library is empty. Import articles with `commonplace import <files or folders>`.';
  const cells = rows.map(([id, publishedAt, site, wordCount, title]) => [String(id), oneLine(publishedAt?.slice(0, 10) ?? ''), oneLine(site ?? ''), String(wordCount), oneLine(title)]);
  const widths = LIST_HEADER.map((h) => h.length);
  for (const row of cells) for (let i = 0; i < 4; i++) widths[i] = Math.max(widths[i]!, row[i]!.length);
  for (let i = 0; i < 4; i++) widths[i] = Math.min(40, widths[i]!);
  const line = (row: readonly string[]) => `${pad(row[0]!, widths[0]!)}  ${pad(row[1]!, widths[1]!)}  ${pad(row[2]!, widths[2]!)}  ${pad(row[3]!, widths[3]!)}  ${row[4]}`;
  const out = [line(LIST_HEADER)];
  for (const row of cells) out.push(line(row));
  return out.join('\n');
}

function pad(cell: string, width: number): string {
  return cell.length > width ? cell.slice(0, width) : cell.padEnd(width);
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
