/**
 * Importing files as the CLI does, through the build's parse worker (one, started with the first
 * file), into one library: what the format benches time beside their raw costs.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ImportReport } from '../../main/contract';
import { closeLibrary, openLibrary } from '../../db/open';
import { createWorkerParser } from '../../main/library/import/parser';
import { importSources } from '../../main/library/importer';

const worker = path.resolve(import.meta.dirname, '../..', process.env.COMMONPLACE_OUT ?? 'out', 'main/parse-worker.cjs');

export type ImportFile = (file: string) => Promise<{ ms: number; report: ImportReport }>;

/** Opens (or creates) `libraryFile` and a worker parser, hands `use` a timed import of one file at a time, and closes both. */
export async function withWorkerImport<T>(libraryFile: string, use: (importFile: ImportFile) => Promise<T>): Promise<T> {
  if (!existsSync(worker)) throw new Error(`Build first (npm run build): ${worker} is missing.`);
  const db = openLibrary(libraryFile);
  const parser = createWorkerParser({ script: worker, workers: 1 });
  try {
    return await use(async (file) => {
      const t0 = performance.now();
      const report = await importSources(db, [{ kind: 'path', path: file }], { parser });
      return { ms: performance.now() - t0, report };
    });
  } finally {
    await parser.close();
    closeLibrary(db);
  }
}
