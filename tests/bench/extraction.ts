/**
 * `npm run bench` (extraction): how fast the plain-text cleaner is on real scraped pages (the
 * 984 browser-text pages of ../shared/fixtures/extraction, read in place), beside the raw cost
 * of the same input (decoding and splitting lines: the least any importer does), and whether
 * the classifier stays linear as a text grows. Prints figures; asserts nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArticleFile } from '../../main/library/import/index';
import { sharedFixtures } from '../unit/fixtures';
import { rowPrinter } from './measure';

const row = rowPrinter(44);
const dir = path.join(sharedFixtures, 'extraction', 'txt');
const files = readdirSync(dir).map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) }));
const totalBytes = files.reduce((n, f) => n + f.bytes.byteLength, 0);
console.log(`\nExtraction benchmark: ${files.length} scraped pages as text, ${(totalBytes / 1e6).toFixed(1)} MB (Node ${process.version}, ${os.cpus().length} cores)\n`);

function timeAll(work: () => void, rounds = 3): number {
  work();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return Math.min(...times) / 1000;
}

const decoder = new TextDecoder();
const raw = timeAll(() => {
  for (const f of files) decoder.decode(f.bytes).split('\n').map((l) => l.trim());
});
let articles = 0;
const cleaned = timeAll(() => {
  articles = 0;
  for (const f of files) articles += parseArticleFile(f).articles.length;
});
row('text import: parse and clean', `${(files.length / cleaned).toFixed(0)} files/s, ${(totalBytes / 1e6 / cleaned).toFixed(1)} MB/s (${articles} articles)`);
row('raw: decode and split lines', `${(files.length / raw).toFixed(0)} files/s, ${(totalBytes / 1e6 / raw).toFixed(1)} MB/s`);

// Linearity: one long page, repeated 1×, 4× and 16× in one file; the time per MB should hold.
const base = decoder.decode(files.reduce((a, b) => (b.bytes.byteLength > a.bytes.byteLength ? b : a)).bytes);
for (const copies of [1, 4, 16]) {
  const bytes = new TextEncoder().encode(Array.from({ length: copies }, () => base).join('\n\n'));
  const seconds = timeAll(() => parseArticleFile({ name: 'long.txt', bytes }), 2);
  row(`one file of ${(bytes.byteLength / 1e3).toFixed(0)} KB`, `${(seconds * 1000).toFixed(1)} ms, ${((seconds * 1000) / (bytes.byteLength / 1e6)).toFixed(1)} ms/MB`);
}

// Web pages: the HTML import (decode, parse without CSS, Readability, fallbacks, the clutter
// rules) beside raw Readability on a plain jsdom of the same page, on every tenth page.
const { JSDOM, VirtualConsole } = await import('jsdom');
const { Readability } = await import('@mozilla/readability');
const { gunzipSync } = await import('node:zlib');
const htmlDir = path.join(sharedFixtures, 'extraction', 'html');
const pages = readdirSync(htmlDir)
  .filter((_, i) => i % 10 === 0)
  .map((name) => ({ name: name.replace(/\.gz$/, ''), bytes: new Uint8Array(gunzipSync(readFileSync(path.join(htmlDir, name)))) }));
const htmlBytes = pages.reduce((n, p) => n + p.bytes.byteLength, 0);
const imported = timeAll(() => {
  for (const p of pages) parseArticleFile(p);
}, 1);
const readability = timeAll(() => {
  for (const p of pages) {
    const dom = new JSDOM(decoder.decode(p.bytes), { virtualConsole: new VirtualConsole() });
    new Readability(dom.window.document).parse();
    dom.window.close();
  }
}, 1);
row(`HTML import (${pages.length} pages)`, `${(pages.length / imported).toFixed(1)} pages/s, ${(htmlBytes / 1e6 / imported).toFixed(1)} MB/s`);
row('raw: jsdom + Readability', `${(pages.length / readability).toFixed(1)} pages/s, ${(htmlBytes / 1e6 / readability).toFixed(1)} MB/s`);
