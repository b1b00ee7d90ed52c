/** The worker parser: the same results as inline parsing, refusals intact, runaway parses stopped. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticleFile, reparseSource } from '../../main/library/import/index';
import { createWorkerParser, type ArticleParser } from '../../main/library/import/parser';
import { fixtureArticle, repoRoot } from '../unit/fixtures';

// Tests run from source: the worker loads the TypeScript worker module through tsx.
const source = path.join(repoRoot, 'main/library/import/parse-worker.ts');
const script = `require('tsx/cjs/api').register(); require(${JSON.stringify(source)});`;
const parsers: ArticleParser[] = [];
afterEach(async () => {
  await Promise.all(parsers.splice(0).map((p) => p.close()));
});

function worker(timeoutMs?: number): ArticleParser {
  const parser = createWorkerParser({ script, eval: true, timeoutMs });
  parsers.push(parser);
  return parser;
}

describe('worker parser', () => {
  it('parses a file exactly as inline parsing does', async () => {
    const bytes = readFileSync(fixtureArticle('004_8af5de537ef99085.txt'));
    const parser = worker();
    expect(await parser.parse('004.txt', bytes)).toEqual(parseArticleFile({ name: '004.txt', bytes }));
    // The caller's buffer is not detached by the transfer to the worker.
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(await parser.parse('again.txt', bytes)).toMatchObject({ format: 'text' });
  });

  it('parses a stored source again as one article, and serves an import and a re-parse at once', async () => {
    const text = readFileSync(fixtureArticle('002_09d481056bfa5c16.txt'), 'utf8');
    const bytes = readFileSync(fixtureArticle('004_8af5de537ef99085.txt'));
    const parser = worker();
    const [again, file] = await Promise.all([parser.reparse('text', '002.txt', text), parser.parse('004.txt', bytes)]);
    expect(again).toEqual(reparseSource('text', '002.txt', text));
    expect(file).toEqual(parseArticleFile({ name: '004.txt', bytes }));
  });

  it('carries refusals across with their code and message', async () => {
    await expect(worker().parse('empty.txt', new Uint8Array())).rejects.toMatchObject({ code: 'refused', message: expect.stringMatching(/empty/i) });
  });

  it('stops a parse that runs past its time and refuses the file, without hanging later calls', async () => {
    const parser = worker(1);
    const bytes = readFileSync(fixtureArticle('000_5772afeb88b3367e.txt'));
    await expect(parser.parse('slow.txt', bytes)).rejects.toThrow(/took longer than/);
    await expect(parser.parse('slow-again.txt', bytes)).rejects.toThrow(/took longer than/);
  });
});
