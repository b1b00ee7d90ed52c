/**
 * `npm run bench` (after the build): importing EPUB books, beside the raw cost of the libraries
 * alone on the same chapters (fflate's unzip of every chapter, and jsdom's DOMParser parsing each
 * one, with no block conversion and no store). Two books: one generated of about 1 MB of chapter
 * XHTML (BENCH_EPUB_KB; 40 chapters of the fixture articles' paragraphs, with headings, emphasis,
 * lists and quotes, EPUB 3 with a navigation document), and the real Springer book of
 * ../shared/fixtures (10 chapters, 0.6 MB of XHTML).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { blankWindow } from '../../main/library/import/html/load-document';
import { parseArticleFile } from '../../main/library/import/index';
import { buildEpub, type ChapterSpec } from '../unit/epub-books';
import { sharedFixtures } from '../unit/fixtures';
import { fixtureParagraphs } from './corpus';
import { withWorkerImport } from './worker-import';
import { ms, rowPrinter, spread, time } from './measure';

const TARGET_BYTES = Number(process.env.BENCH_EPUB_KB ?? 1024) * 1024;
const SPRINGER = path.join(sharedFixtures, 'formats/zotero/zotero-reader-demo/springer-oa-ai-better-future-demo.epub');

const row = rowPrinter(48);

function generatedBook(): Uint8Array {
  const paragraphs = fixtureParagraphs();
  const chapters: ChapterSpec[] = [];
  let bytes = 0;
  for (let c = 0, p = 0; bytes < TARGET_BYTES; c++) {
    const parts: string[] = c % 3 === 0 ? [] : [`<h1>Chapter ${c + 1}</h1>`];
    for (let k = 0; k < 40; k++, p++) {
      const words = paragraphs[p % paragraphs.length]!.replace(/[<&>]/g, ' ').split(' ');
      if (words.length > 10) words[4] = `<em>${words[4]}</em>`;
      const text = words.join(' ');
      if (k % 12 === 11) parts.push(`<h2>Section ${k}</h2>`);
      parts.push(k % 9 === 4 ? `<blockquote><p>${text}</p></blockquote>` : k % 9 === 7 ? `<ul><li>${text}</li><li>${text.slice(0, 80)}</li></ul>` : `<p>${text}</p>`);
    }
    const body = `<section epub:type="chapter">${parts.join('\n')}</section>`;
    bytes += body.length;
    chapters.push({ file: `text/chapter-${String(c + 1).padStart(3, '0')}.xhtml`, toc: `Chapter ${c + 1}`, body });
  }
  return buildEpub({ title: 'The Bench Book', creators: ['A. Bencher'], language: 'en', chapters });
}

/** The libraries alone: unzip every XHTML entry, parse each with one jsdom window's DOMParser. */
function rawCost(book: Uint8Array): void {
  const files = unzipSync(book, { filter: (f) => f.name.endsWith('.xhtml') });
  const dom = blankWindow();
  try {
    const decoder = new TextDecoder();
    for (const bytes of Object.values(files)) new dom.window.DOMParser().parseFromString(decoder.decode(bytes), 'text/html');
  } finally {
    dom.window.close();
  }
}

async function measure(label: string, file: string, dir: string): Promise<void> {
  const book = readFileSync(file);
  const xhtml = Object.values(unzipSync(book, { filter: (f) => f.name.endsWith('.xhtml') })).reduce((n, b) => n + b.byteLength, 0);
  const parsed = parseArticleFile({ name: path.basename(file), bytes: book });
  const article = parsed.articles[0]!;
  row(`${label}: book`, `${(book.byteLength / 1e6).toFixed(2)} MB file, ${(xhtml / 1e6).toFixed(2)} MB of XHTML, ${article.blocks.length.toLocaleString('en')} blocks`);
  row(`${label}: raw unzip + jsdom parse (no store)`, spread(time(5, () => rawCost(book))));
  row(`${label}: EPUB parse to blocks (no store)`, spread(time(5, () => parseArticleFile({ name: path.basename(file), bytes: book }))));
  await withWorkerImport(path.join(dir, `${label}.commonplace`), async (importFile) => {
    const { ms: took, report } = await importFile(file);
    if (report.imported.length !== 1) throw new Error(`${label}: not imported (${JSON.stringify(report.refused)})`);
    row(`${label}: import into a fresh library (worker)`, `${ms(took)} (worker start and jsdom load included)`);
  });
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'commonplace-epub-bench-'));
try {
  const generated = path.join(dir, 'bench-book.epub');
  writeFileSync(generated, generatedBook());
  await measure('generated', generated, dir);
  await measure('springer', SPRINGER, dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
