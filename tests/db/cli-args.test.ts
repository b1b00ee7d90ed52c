/** How the `commonplace` command reads its arguments: real processes, real library files. */
import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { cli } from './cli-run';
import { tempLibrary } from './helpers';

describe('commonplace arguments', () => {
  it('refuses an option the command does not know instead of reading it as a word', async () => {
    const { file } = tempLibrary();
    // Once searched for "cold war 5" and exited 0.
    const typo = await cli('search', 'cold', 'war', '--limt', '5', '--library', file);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toContain('`commonplace search` has no option --limt. Did you mean --limit?');
    expect(typo.stderr).toContain('Run `commonplace search --help` for usage.');
    const elsewhere = await cli('list', '--trash', '--library', file);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toContain('`commonplace list` has no option --trash.');
    const valued = await cli('list', '--json=yes', '--library', file);
    expect(valued.code).toBe(2);
    expect(valued.stderr).toContain('--json takes no value.');
    // A name that every object has is still not a command.
    const inherited = await cli('constructor', '--library', file);
    expect(inherited.code).toBe(2);
    expect(inherited.stderr).toContain('Unknown command "constructor"');
  });

  it('prints the version, and help with -h, --help and <command> --help', async () => {
    const v = await cli('--version');
    expect(v).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const short = await cli('-h');
    expect(short.code).toBe(0);
    expect(short.stdout).toMatch(/^Usage: commonplace <command> \[options\]/);
    expect(short.stdout).toContain('-h, --help');
    expect(short.stdout).toContain('--version');
    const search = await cli('search', '--help');
    expect(search.code).toBe(0);
    expect(search.stdout).toMatch(/^Usage: commonplace search "<query>"/);
    expect(search.stdout).toMatch(/--limit N\s+at most N results of each kind, 1 to 1000/);
    const importHelp = await cli('import', '-h');
    expect(importHelp.stdout).toMatch(/--create\s+create the library file/);
  });

  it('validates numbers and ids with a message that shows a correct call', async () => {
    const { file } = tempLibrary();
    const limit = await cli('search', 'x', '--limit', '5x', '--library', file);
    expect(limit.code).toBe(2);
    expect(limit.stderr).toContain('--limit must be a whole number from 1 to 1000, not "5x".');
    // Number("1e3") is 1000: once looked up as article 1000 and reported missing (exit 1).
    const exponent = await cli('show', '1e3', '--library', file);
    expect(exponent.code).toBe(2);
    expect(exponent.stderr).toContain('Give one article id ("1e3" is not one), e.g. `commonplace show 12`');
    const hex = await cli('reclean', '--id', '0x10', '--library', file);
    expect(hex.code).toBe(2);
    expect(hex.stderr).toContain('Give an article id to --id ("0x10" is not one)');
    const missing = await cli('backlinks', '--article', '--library', file);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--article needs a value');
  });
});
