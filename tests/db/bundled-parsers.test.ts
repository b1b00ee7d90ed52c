/**
 * The built bundles keep no copy of the parsers: a parse on their own thread (a worker that could
 * not start) takes them from the parse worker's bundle beside them. Needs the node build
 * (`npx tsx build/scripts/build.ts node`), as `npm test` runs it first.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileHashOf, parseFile, reparseSource } from '../../main/library/import/index';
import { parsersBeside } from '../../main/library/import/inline-parsers.bundled';
import { AppError } from '../../main/library/errors';
import { fixtureArticle, repoRoot, sharedFixtures } from '../unit/fixtures';

const built = path.join(repoRoot, process.env.COMMONPLACE_OUT ?? 'out', 'main');
const empty = mkdtempSync(path.join(os.tmpdir(), 'commonplace-no-parser-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe('the parsers of the built app', () => {
  it('are exported by the parse worker bundle and parse as the source does', async () => {
    const bundled = parsersBeside(built);
    const name = readdirSync(path.join(sharedFixtures, 'articles')).find((f) => f.endsWith('.txt'))!;
    const bytes = new Uint8Array(readFileSync(fixtureArticle(name)));
    expect(await bundled.parseFile({ name, bytes })).toEqual(await parseFile({ name, bytes }));
    const text = 'A stored source\n\nIts one paragraph is parsed again as the article it was.\n';
    expect(bundled.reparseSource('text', 'source.txt', text)).toEqual(reparseSource('text', 'source.txt', text));
    expect(bundled.fileHashOf(text)).toBe(fileHashOf(text));
  });

  it('are left out of the other bundles', () => {
    // A refusal only the parsers give (import/index.ts) marks their code.
    const parsersCode = 'This CSV file is not a Readwise export';
    const code = (bundle: string) => readFileSync(path.join(built, bundle), 'utf8');
    expect(code('parse-worker.bundle.cjs')).toContain(parsersCode);
    for (const bundle of ['cli.bundle.cjs', 'preview.bundle.cjs', 'electron.cjs']) expect(code(bundle)).not.toContain(parsersCode);
  });

  it('missing from an installation, refuse with a message that says so, not an internal stack', () => {
    const attempt = () => parsersBeside(empty);
    expect(attempt).toThrow(AppError);
    expect(attempt).toThrow(/parser .*parse-worker\.cjs.* is missing from this installation\. Reinstall Commonplace/);
  });
});
