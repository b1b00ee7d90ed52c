/**
 * PDFs on the real parse-worker pool: the same article as inline parsing, refusals carried
 * across, the per-file time limit applying to a PDF, and a PDF (whose parse awaits pdf.js) not
 * letting the file posted after it answer first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFile } from '../../main/library/import/index';
import { createWorkerParser, type WorkerParser } from '../../main/library/import/parser';
import { buildPdf, column, longPdf } from '../pdf-fixtures';
import { fixtureArticle, repoRoot } from '../unit/fixtures';

const source = path.join(repoRoot, 'main/library/import/parse-worker.ts');
const script = `require('tsx/cjs/api').register(); require(${JSON.stringify(source)});`;
const parsers: WorkerParser[] = [];
afterEach(async () => {
  await Promise.all(parsers.splice(0).map((p) => p.close()));
});

function worker(timeoutMs?: number): WorkerParser {
  const parser = createWorkerParser({ script, eval: true, timeoutMs, workers: 1 });
  parsers.push(parser);
  return parser;
}

describe('PDFs on the parse worker', () => {
  it('parses a PDF as inline parsing does, bytes and hash included, and answers a text file posted after it in order', async () => {
    const pdf = longPdf(3);
    const text = readFileSync(fixtureArticle('004_8af5de537ef99085.txt'));
    const parser = worker();
    const [fromPdf, fromText] = await Promise.all([parser.parse('report.pdf', pdf), parser.parse('004.txt', text)]);
    const inline = await parseFile({ name: 'report.pdf', bytes: pdf });
    expect(fromPdf.articles).toEqual(inline.articles);
    expect(fromPdf.fileHash).toBe(inline.fileHash);
    expect(Buffer.from(fromPdf.originalFile!.bytes).equals(Buffer.from(pdf))).toBe(true);
    expect(fromText.articles[0]!.title).toBe((await parseFile({ name: '004.txt', bytes: text })).articles[0]!.title);
  });

  it('carries a PDF’s refusal across, and stops a PDF that runs past the time limit', async () => {
    await expect(worker().parse('locked.pdf', buildPdf([{ runs: column(['Secret.'], 72, 700) }], { encrypted: true }))).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringMatching(/encrypted/),
    });
    await expect(worker(1).parse('long.pdf', longPdf(20))).rejects.toThrow(/took longer than/);
  });
});
