/**
 * `commonplace export <folder> [--all-articles] [--full-text] [--json]`: the library as an
 * Obsidian-compatible Markdown folder. Loaded on demand (it brings the editor schema).
 */
import type { Db } from '../../db/open';
import { runExport, type ExportSummary } from '../library/export';
import type { EXPORT_OPTIONS } from './commands';
import type { Invocation } from './options';
import { UsageError } from './usage-error';
import { err, out, outJson, status } from './output';

export function formatExportSummary(s: ExportSummary): { out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  for (const p of s.written) out.push(`written    ${p}`);
  for (const r of s.renamed) out.push(`renamed    ${r.from} → ${r.to}`);
  for (const p of s.removed) out.push(`removed    ${p}`);
  for (const c of s.conflicts) err.push(`conflict   ${c.path}: ${c.reason}${c.copy ? ` (new version: ${c.copy})` : ''}`);
  out.push(
    `${s.cancelled ? 'Export cancelled' : 'Exported'} to ${s.folder}: ${s.written.length} written, ${s.renamed.length} renamed, ` +
      `${s.unchanged} unchanged, ${s.removed.length} removed, ${s.conflicts.length} conflict${s.conflicts.length === 1 ? '' : 's'}.`,
  );
  return { out: out.join('\n'), err: err.join('\n') };
}

export async function runExportCommand(db: Db, inv: Invocation<typeof EXPORT_OPTIONS>): Promise<number> {
  const { positionals: rest, json } = inv;
  if (rest.length !== 1) throw new UsageError('Name one folder to export into, e.g. `commonplace export ~/Vault/Commonplace`.');
  const interactive = process.stderr.isTTY && !json;
  const summary = await runExport(db, rest[0]!, {
    allArticles: inv.flag('all-articles'),
    fullText: inv.flag('full-text'),
    onProgress: ({ done, total }) => {
      if (interactive) status(`\rExporting ${done} of ${total}…\x1b[K`);
    },
  });
  if (interactive) status('\r\x1b[K');
  if (json) outJson(summary);
  else {
    const text = formatExportSummary(summary);
    if (text.err) err(text.err);
    out(text.out);
  }
  return 0;
}
