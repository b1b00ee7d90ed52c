/**
 * Whether a path may become the library (main/library/location/decide.ts): every refusal, on
 * facts as the host gathers them, and the verdicts on a file about to be opened or a moved copy.
 */
import { describe, expect, it } from 'vitest';
import { decideLibraryTarget, judgeLibraryFile, type TargetFacts } from '../../main/library/location/decide';

const facts = (change: Partial<TargetFacts> = {}): TargetFacts => ({
  action: 'create',
  typed: '/home/a/Notes/new.commonplace',
  absolute: true,
  file: '/home/a/Notes/new.commonplace',
  current: '/home/a/.config/Commonplace/library.commonplace',
  caseInsensitive: false,
  target: { exists: false, isFile: false },
  folder: { path: '/home/a/Notes', exists: true, isDirectory: true, writable: true },
  ...change,
});
const refusal = (f: TargetFacts) => {
  const decision = decideLibraryTarget(f);
  return decision.kind === 'refuse' ? decision.message : null;
};

describe('decideLibraryTarget', () => {
  it('accepts a new file in a writable folder for create and move, and an existing file for open', () => {
    expect(decideLibraryTarget(facts())).toEqual({ kind: 'ok', action: 'create', file: '/home/a/Notes/new.commonplace' });
    expect(decideLibraryTarget(facts({ action: 'move' }))).toEqual({ kind: 'ok', action: 'move', file: '/home/a/Notes/new.commonplace' });
    expect(decideLibraryTarget(facts({ action: 'open', target: { exists: true, isFile: true } }))).toEqual({ kind: 'ok', action: 'open', file: '/home/a/Notes/new.commonplace' });
  });

  it('refuses a relative path, saying to type the whole path', () => {
    expect(refusal(facts({ typed: 'new.commonplace', absolute: false }))).toMatch(/“new\.commonplace” is not a full path/);
  });

  it('refuses the files kept beside a library, whatever their case', () => {
    for (const name of ['library.commonplace-wal', 'library.commonplace-shm', 'library.commonplace.damaged', 'library.commonplace.before-restore', 'library.commonplace.settings.json', 'x.COMMONPLACE-MOVE-TMP']) {
      expect(refusal(facts({ action: 'open', file: `/home/a/${name}`, target: { exists: true, isFile: true } }))).toMatch(/files Commonplace keeps beside a library/);
    }
  });

  it('refuses the library already open, by case too where names ignore case', () => {
    const current = '/home/a/Notes/Lib.commonplace';
    expect(refusal(facts({ action: 'open', current, file: current, target: { exists: true, isFile: true } }))).toMatch(/is the library already open. Choose another file/);
    expect(refusal(facts({ action: 'move', current, file: current }))).toMatch(/Choose another place to move it to/);
    expect(refusal(facts({ action: 'open', current, file: '/home/a/Notes/lib.commonplace', caseInsensitive: true, target: { exists: true, isFile: true } }))).toMatch(/already open/);
    expect(decideLibraryTarget(facts({ action: 'open', current, file: '/home/a/Notes/lib.commonplace', target: { exists: true, isFile: true } })).kind).toBe('ok');
  });

  it('refuses to move a library held in memory', () => {
    expect(refusal(facts({ action: 'move', current: null }))).toMatch(/held in memory only/);
  });

  it('refuses to open what is not there, or a folder', () => {
    expect(refusal(facts({ action: 'open' }))).toMatch(/There is no file at .* “Create a new library”/);
    expect(refusal(facts({ action: 'open', target: { exists: true, isFile: false } }))).toMatch(/is a folder, not a library file/);
  });

  it('never creates or moves over anything that exists', () => {
    expect(refusal(facts({ target: { exists: true, isFile: true } }))).toMatch(/never writes over a file. Choose a new name, or use “Open another library”/);
    expect(refusal(facts({ action: 'move', target: { exists: true, isFile: true } }))).toMatch(/never writes over a file. Choose a new name\.$/);
    expect(refusal(facts({ target: { exists: true, isFile: false } }))).toMatch(/Something is already at/);
  });

  it('refuses a folder that is missing, is a file, or cannot be written', () => {
    const folder = { path: '/home/a/Notes', exists: true, isDirectory: true, writable: true };
    expect(refusal(facts({ folder: { ...folder, exists: false, isDirectory: false, writable: false } }))).toMatch(/The folder \/home\/a\/Notes does not exist. Create it first/);
    expect(refusal(facts({ folder: { ...folder, isDirectory: false, writable: false } }))).toMatch(/is a file, not a folder/);
    expect(refusal(facts({ action: 'move', folder: { ...folder, writable: false } }))).toMatch(/cannot be written to .* Choose another folder. Nothing was changed/);
  });
});

describe('judgeLibraryFile', () => {
  it('accepts a library this version reads, and refuses the rest saying what it is', () => {
    expect(judgeLibraryFile('/x.db', { kind: 'library', articles: 1, notes: 0 }, 14, 'open')).toBeNull();
    const message = (verdict: Parameters<typeof judgeLibraryFile>[1], action: 'open' | 'move' = 'open') => {
      const d = judgeLibraryFile('/x.db', verdict, 14, action);
      return d?.kind === 'refuse' ? d.message : null;
    };
    expect(message({ kind: 'not-sqlite' })).toBe('/x.db is not a Commonplace library (it is not a SQLite database). Your library was not changed.');
    expect(message({ kind: 'not-ours' })).toMatch(/a SQLite database, but not a Commonplace library/);
    expect(message({ kind: 'damaged', integrity: ['row 3 missing', 'page 9 never used'] })).toMatch(/damaged \(integrity check: row 3 missing; page 9 never used\)/);
    expect(message({ kind: 'too-new', version: 20 })).toMatch(/newer version of Commonplace \(format 20; this version reads up to 14\)/);
    expect(message({ kind: 'damaged', integrity: ['bad'] }, 'move')).toMatch(/Your library was not moved: it stays where it was\.$/);
  });
});
