/** The `commonplace` command as a user runs it: a real process on a real library file. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureArticle } from '../unit/fixtures';
import { cli } from './cli-run';
import { tempDir, tempLibrary } from './helpers';


describe('commonplace CLI', () => {
  it('imports, lists and shows articles, in text and JSON', async () => {
    const library = path.join(tempDir(), 'lib.commonplace');
    const imported = await cli('import', fixtureArticle('004_8af5de537ef99085.txt'), '--library', library, '--create', '--json');
    expect(imported.code).toBe(0);
    const report = JSON.parse(imported.stdout) as { imported: { id: number; title: string }[] };
    expect(report.imported).toHaveLength(1);
    const id = report.imported[0]!.id;

    const list = await cli('list', '--library', library);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/ID\s+PUBLISHED\s+SITE\s+WORDS\s+TITLE/);
    expect(list.stdout).toContain('From friends to foes');

    const listed = JSON.parse((await cli('list', '--library', library, '--json')).stdout) as { id: number; site: string }[];
    expect(listed).toEqual([expect.objectContaining({ id, site: 'Dawn' })]);

    const shown = await cli('show', String(id), '--library', library);
    expect(shown.stdout).toMatch(/^# From friends to foes/);
    expect(shown.stdout).toContain('## A strategy that backfired');
  });

  it('reports duplicates and refusals, exiting non-zero with the reasons on stderr', async () => {
    const library = path.join(tempDir(), 'lib.commonplace');
    await cli('import', fixtureArticle('002_09d481056bfa5c16.txt'), '--library', library, '--create');
    const again = await cli('import', fixtureArticle('002_09d481056bfa5c16.txt'), path.join(tempDir(), 'nope.txt'), '--library', library);
    expect(again.code).toBe(1);
    expect(again.stdout).toMatch(/duplicate .*already in the library/);
    expect(again.stderr).toMatch(/refused .*nope\.txt: The file could not be read: it does not exist/);
    expect(again.stdout).toContain('0 imported, 1 duplicate, 1 refused.');
  });

  it('explains usage errors and unknown ids', async () => {
    const { file: library } = tempLibrary();
    const none = await cli();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: commonplace');
    const bad = await cli('frobnicate', '--library', library);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Unknown command "frobnicate"');
    const missing = await cli('show', '999', '--library', library);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No article with id 999');
  });
});
