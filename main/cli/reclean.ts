/** `commonplace reclean [--id N]`: re-runs cleanup on the kept originals, as the app's command does. */
import type { Db } from '../../db/open';
import { backupBefore } from '../library/backup';
import { AppError } from '../library/errors';
import type { RECLEAN_OPTIONS } from './commands';
import { requireId, type Invocation } from './options';
import { UsageError } from './usage-error';
import { err, out, outJson, status } from './output';

export async function runRecleanCommand(db: Db, inv: Invocation<typeof RECLEAN_OPTIONS>): Promise<number> {
  const { json } = inv;
  if (inv.positionals.length > 0) throw new UsageError('`reclean` takes no arguments; use --id N for one article.');
  const idText = inv.text('id');
  const id = idText === undefined ? undefined : requireId(idText, { what: 'an article id to --id', example: 'commonplace reclean --id 12', listedBy: 'commonplace list' });
  // Loaded on demand: re-parsing pulls in the importers (jsdom).
  const { bundledParser } = await import('../library/import/bundled-parser');
  const { describeReclean, recleanDocument, recleanLibrary } = await import('../library/sources/reclean');
  const parser = bundledParser();
  const reparse = parser.reparse.bind(parser);
  const interactive = process.stderr.isTTY && !json;
  try {
    if (id !== undefined) {
      try {
        const outcome = await recleanDocument(db, id, reparse, new Date());
        const report = { checked: 1, cleaned: outcome.cleaned ? [outcome] : [], needAttention: outcome.needAttention, notRecleanable: 0, failed: [], cancelled: false };
        print({ ...report, message: describeReclean(report) }, json);
        return 0;
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        err(error.code === 'not_found' ? `No article with id ${id} in this library. \`commonplace list\` shows the ids.` : error.message);
        return 1;
      }
    }
    // Re-cleaning every article rewrites the whole library: back it up first (refused if that fails).
    await backupBefore(db, 'reclean');
    const report = await recleanLibrary(db, {
      reparse,
      onProgress: ({ done, total }) => {
        if (interactive && done < total) status(`\rRe-running cleanup: ${done + 1} of ${total}…\x1b[K`);
      },
    });
    if (interactive) status('\r\x1b[K');
    print({ ...report, message: describeReclean(report) }, json);
    for (const f of report.failed) err(`failed #${f.id}: ${f.reason}`);
    return report.failed.length > 0 ? 1 : 0;
  } finally {
    await parser.close();
  }
}

function print(report: { message: string; cleaned: { id: number; title: string; needAttention: number }[] }, json: boolean): void {
  if (json) {
    outJson(report);
    return;
  }
  for (const c of report.cleaned) out(`cleaned  #${c.id}  ${c.title}${c.needAttention > 0 ? `  (${c.needAttention} to check)` : ''}`);
  out(report.message);
}
