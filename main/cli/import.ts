/**
 * `commonplace import <files or folders…> [--create]`, where `-` stands for one article read
 * from standard input (`pbpaste | commonplace import -`).
 */
import type { Db } from '../../db/open';
import type { ImportSource } from '../contract';
import { MAX_FILE_BYTES } from '../library/import/limits';
import type { ImportResult } from '../library/importer';
import { formatImportResult, formatImportSummary } from './format';
import type { IMPORT_OPTIONS } from './commands';
import type { Invocation } from './options';
import { UsageError } from './usage-error';
import { err, out, outJson, outJsonLine, status } from './output';

/** What the article from standard input is called in the report and stored as its file name. */
export const STDIN_NAME = 'stdin';

export async function runImport(db: Db, inv: Invocation<typeof IMPORT_OPTIONS>): Promise<number> {
  const { positionals: paths, json } = inv;
  if (paths.length === 0) throw new UsageError('Name at least one file or folder to import, or `-` to read an article from standard input.');
  if (paths.filter((p) => p === '-').length > 1) throw new UsageError('`-` (standard input) can be named only once.');
  const sources: ImportSource[] = [];
  for (const p of paths) sources.push(p === '-' ? await stdinSource() : { kind: 'path', path: p });
  const jsonl = inv.flag('jsonl');
  const interactive = process.stderr.isTTY && !json && !jsonl;
  // Loaded on demand: the importers bring the parse worker, which `list` and `show` never need.
  const { importSources } = await import('../library/importer');
  const { takeParser } = await import('./early-parser');
  const parser = takeParser();
  let progressShown = false;
  // Each file's result is written as soon as it is final (committed, or refused), one line
  // each, so a script that reads along knows what landed even if the import is killed.
  const onResult = (result: ImportResult) => {
    if (jsonl) return outJsonLine(result);
    if (json) return;
    if (progressShown) {
      status('\r\x1b[K');
      progressShown = false;
    }
    const { stream, line } = formatImportResult(result);
    (stream === 'out' ? out : err)(line);
  };
  let report;
  try {
    report = await importSources(db, sources, {
      parser,
      onResult,
      onProgress: ({ done, total, current }) => {
        if (!interactive || !current) return;
        status(`\rImporting ${done + 1} of ${total}…\x1b[K`);
        progressShown = true;
      },
    });
  } finally {
    await parser.close();
  }
  if (progressShown) status('\r\x1b[K');
  const summary = formatImportSummary(report);
  if (jsonl) {
    const { imported, duplicates, refused, cancelled } = report;
    outJsonLine({ kind: 'summary', imported: imported.length, duplicates: duplicates.length, refused: refused.length, cancelled, message: summary });
  } else if (json) outJson(report);
  else out(summary);
  return report.refused.length > 0 ? 1 : 0;
}

/**
 * Standard input as an uploaded file with no extension, so the importer sniffs its format
 * (a full HTML document, Markdown by its frontmatter or heading, otherwise text). Reading stops
 * just past the size limit: the importer then refuses it as too large, as it would a file.
 */
async function stdinSource(): Promise<ImportSource> {
  if (process.stdin.isTTY) status('Reading an article from standard input: paste or type it, then press Ctrl-D (Ctrl-Z, Enter on Windows).\n');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.byteLength;
    if (size > MAX_FILE_BYTES) break;
  }
  return { kind: 'upload', name: STDIN_NAME, base64: Buffer.concat(chunks).toString('base64') };
}
