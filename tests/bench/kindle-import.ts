/**
 * `npm run bench` (after the build): importing a Kindle My Clippings.txt of 10,000 clippings
 * (BENCH_CLIPPINGS; generated, CRLF: 100 books, highlights from the fixture articles' sentences, a
 * note on the highlight before every tenth, a bookmark every fiftieth, a resized highlight every
 * twentieth), beside
 * the raw cost of reading the file with no store (the parser alone), through the CLI's pipeline
 * (the build's parse worker) into a fresh library.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseKindleClippings } from '../../main/library/import/highlights/kindle';
import { fixtureParagraphs, random } from './corpus';
import { withWorkerImport } from './worker-import';
import { ms, rowPrinter, spread, time } from './measure';

const CLIPPINGS = Number(process.env.BENCH_CLIPPINGS ?? 10_000);
const BOOKS = 100;

const row = rowPrinter(44);

function clippingsFile(): string {
  const next = random(7);
  const sentences = fixtureParagraphs().flatMap((p) => p.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 60);
  const entries: string[] = [];
  const day = (i: number) => `Monday, ${1 + (i % 28)} March 2021 ${String(8 + (i % 12)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00`;
  const last = new Map<number, { at: number; sentence: string }>();
  for (let i = 0; i < CLIPPINGS; i++) {
    const book = i % BOOKS;
    const title = `Book number ${book} of the bench (Author ${book})`;
    const at = 100 + Math.floor(i / BOOKS) * 20;
    const before = last.get(book);
    const header = (kind: string, where: string) => `${title}\n- Your ${kind} on page ${Math.floor(at / 10)} | Location ${where} | Added on ${day(i)}\n\n`;
    if (i % 50 === 7) entries.push(header('Bookmark', String(at)));
    else if (i % 10 === 3 && before) entries.push(`${header('Note', String(before.at + 3))}A note on the passage before, ${i}.`);
    else if (i % 20 === 5 && before) entries.push(`${header('Highlight', `${before.at}-${before.at + 4}`)}${before.sentence} And a few words more.`);
    else {
      const sentence = sentences[Math.floor(next() * sentences.length)]!;
      last.set(book, { at, sentence });
      entries.push(`${header('Highlight', `${at}-${at + 3}`)}${sentence}`);
    }
  }
  return `${entries.join('\r\n==========\r\n')}\r\n==========\r\n`;
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'commonplace-kindle-bench-'));
try {
  const text = clippingsFile();
  const file = path.join(dir, 'My Clippings.txt');
  writeFileSync(file, text);
  row('file', `${CLIPPINGS.toLocaleString('en')} clippings, ${(text.length / 1e6).toFixed(2)} MB`);
  row('parse only (no store)', spread(time(5, () => parseKindleClippings(text))));
  await withWorkerImport(path.join(dir, 'library.commonplace'), async (importFile) => {
    const { ms: took, report } = await importFile(file);
    row('import into a fresh library (worker parse)', ms(took));
    row('report', report.highlightFiles?.[0]?.message ?? JSON.stringify(report.refused));
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
