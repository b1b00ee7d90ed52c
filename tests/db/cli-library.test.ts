/**
 * Which library the `commonplace` command opens: a mistyped `--library` never becomes a new,
 * empty library; `import` creates one only when asked or at the default path; `import -` reads
 * standard input. Real processes on real files.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleDetail, ImportReport } from '../../main/contract';
import { cli, cliWith, defaultLibraryEnv } from './cli-run';
import { tempDir } from './helpers';

const ARTICLE = 'Glacier lakes are rising\n\nMeltwater lakes in the Karakoram have grown for a decade, and the valleys below them are watching the ice.\n';

describe('commonplace --library', () => {
  it('refuses a library file that does not exist for every read command, creating nothing', async () => {
    const dir = tempDir();
    const typo = path.join(dir, 'typo', 'libary.commonplace');
    for (const args of [['list'], ['show', '1'], ['search', 'lakes'], ['notes'], ['reclean'], ['export', path.join(dir, 'vault')]]) {
      const run = await cliWith({ env: defaultLibraryEnv(dir) }, ...args, '--library', typo);
      expect(run.code, args[0]).toBe(1);
      expect(run.stderr).toContain(`There is no library at ${typo} (given with --library)`);
      expect(run.stderr).toMatch(/the default library is .*library\.commonplace\./);
      expect(run.stderr).toContain(`--library ${typo} --create`);
    }
    expect(existsSync(path.join(dir, 'typo'))).toBe(false);
    expect(existsSync(path.join(dir, 'vault'))).toBe(false);
  });

  it('imports into a new file only with --create', async () => {
    const dir = tempDir();
    const source = path.join(dir, 'lakes.txt');
    writeFileSync(source, ARTICLE);
    const library = path.join(dir, 'new.commonplace');
    const refused = await cli('import', source, '--library', library);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`There is no library at ${library}`);
    expect(refused.stderr).toContain('To start a new library there, add --create.');
    expect(existsSync(library)).toBe(false);
    const created = await cli('import', source, '--library', library, '--create');
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('1 imported, 0 duplicate, 0 refused.');
    expect((await cli('list', '--library', library)).stdout).toContain('Glacier lakes are rising');
  });

  it('creates the default library (and its folder) on the first import, and reads it without --library', async () => {
    const dir = tempDir();
    const env = defaultLibraryEnv(dir);
    const source = path.join(dir, 'lakes.txt');
    writeFileSync(source, ARTICLE);
    const before = await cliWith({ env }, 'list');
    expect(before.code).toBe(1);
    const defaultFile = /There is no library yet at (.+) \(the default\)/.exec(before.stderr)?.[1];
    expect(defaultFile?.startsWith(dir)).toBe(true);
    expect(existsSync(defaultFile!)).toBe(false);
    expect((await cliWith({ env }, 'import', source)).code).toBe(0);
    expect(existsSync(defaultFile!)).toBe(true);
    expect((await cliWith({ env }, 'list')).stdout).toContain('Glacier lakes are rising');
  });
});

describe('commonplace import -', () => {
  it('imports one article from a pipe, sniffing Markdown, and reports it like a file', async () => {
    const library = path.join(tempDir(), 'lib.commonplace');
    const text = await cliWith({ input: ARTICLE }, 'import', '-', '--library', library, '--create');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^imported  #1  Glacier lakes are rising  \(stdin\)\n1 imported, 0 duplicate, 0 refused\.\n$/);

    const markdown = await cliWith({ input: '# Notes on moraine dams\n\nA *moraine* dam holds the lake back until it does not.\n' }, 'import', '-', '--library', library, '--json');
    const report = JSON.parse(markdown.stdout) as ImportReport;
    expect(report.imported).toEqual([{ file: 'stdin', id: 2, title: 'Notes on moraine dams' }]);
    const shown = JSON.parse((await cli('show', '2', '--library', library, '--json')).stdout) as ArticleDetail;
    expect(shown.format).toBe('markdown');

    const empty = await cliWith({ input: '' }, 'import', '-', '--library', library);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('refused   stdin: This file is empty');
  });
});
