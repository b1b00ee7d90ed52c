/**
 * `npm run bench`: export figures; prints, asserts nothing. A library of 10,000 notes and
 * 10,000 articles with 100,000 highlights (tests/bench/big-library.ts) exported into a fresh
 * folder (goal ≤ 30 s), exported again unchanged (goal ≤ 5 s), and again after 100 notes changed.
 * Scale down for a quick run: BENCH_ARTICLES=1000 npx tsx tests/bench/export.ts
 * (highlights and notes follow, unless BENCH_HIGHLIGHTS / BENCH_NOTES are given).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeLibrary, openLibrary } from '../../db/open';
import { getNote } from '../../db/repos/notes';
import { runExport, type ExportSummary } from '../../main/library/export';
import { saveNote } from '../../main/library/notes/save';
import type { NoteDocJSON } from '../../main/contract/note-schema';
import { bigLibrarySizes, buildBigLibrary } from './big-library';
import { rowPrinter } from './measure';

const sizes = bigLibrarySizes();
const dir = mkdtempSync(path.join(os.tmpdir(), 'commonplace-bench-export-'));

const row = rowPrinter(48);

const counts = (s: ExportSummary) => `${s.written.length} written, ${s.unchanged} unchanged, ${s.renamed.length} renamed, ${s.removed.length} removed, ${s.conflicts.length} conflicts`;

try {
  const db = openLibrary(path.join(dir, 'library.commonplace'));
  const built = buildBigLibrary(db, sizes);
  console.log(
    `\nExport benchmark: ${built.notes} notes, ${built.articles} articles, ${built.highlights} highlights (built in ${(built.buildMs / 1000).toFixed(1)} s; Node ${process.version}, ${os.cpus().length} cores)\n`,
  );
  const folder = path.join(dir, 'vault');

  const timed = async (label: string, goal: string, options: { allArticles?: boolean; fullText?: boolean } = {}) => {
    const stats = { hashed: 0, rendered: 0 };
    const t0 = performance.now();
    const summary = await runExport(db, folder, { ...options, stats });
    const ms = performance.now() - t0;
    row(label, `${(ms / 1000).toFixed(2)} s${goal ? ` (goal ${goal})` : ''}`);
    console.log(`${''.padEnd(51)}${summary.total} files: ${counts(summary)}; ${stats.rendered} rendered, ${stats.hashed} read back`);
    return summary;
  };

  await timed('Full export into an empty folder', '≤ 30 s');
  // Straight after the export, its last files are too recent to trust their stat (manifest.ts).
  await timed('Re-export at once, nothing changed', '');
  await timed('Re-export, nothing changed', '≤ 5 s');

  // 100 notes edited in the app: each gets one more paragraph.
  const changed = built.noteIds.slice(0, 100);
  for (const id of changed) {
    const note = getNote(db, id)!;
    const content = JSON.parse(note.contentJson) as NoteDocJSON;
    content.content = [...(content.content ?? []), { type: 'paragraph', content: [{ type: 'text', text: 'An afterthought, added later.' }] }];
    saveNote(db, { id, baseVersion: note.version, content }, new Date());
  }
  await timed(`Re-export after ${changed.length} notes changed`, '');
  await timed('Re-export with all articles and full text', '', { allArticles: true, fullText: true });
  await timed('Re-export with all articles and full text again', '', { allArticles: true, fullText: true });
  closeLibrary(db);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
