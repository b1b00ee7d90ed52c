/** `commonplace export`: a real process against a real library file. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeLibrary, openLibrary } from '../../db/open';
import { cli } from './cli-run';
import { brokenLinks, readVault, researchLibrary } from './export-helpers';
import { tempDir } from './helpers';

async function libraryFile(): Promise<string> {
  const file = path.join(tempDir(), 'library.commonplace');
  const db = openLibrary(file);
  try {
    await researchLibrary(db);
  } finally {
    closeLibrary(db);
  }
  return file;
}

describe('commonplace export', () => {
  it('exports, then re-exports with nothing to do, with a human summary or JSON', async () => {
    const library = await libraryFile();
    const root = path.join(tempDir(), 'vault');
    const first = await cli('export', root, '--library', library, '--all-articles', '--full-text');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('written    Notes/Drone strikes.md');
    expect(first.stdout).toMatch(/Exported to .*vault: 6 written, 0 renamed, 0 unchanged, 0 removed, 0 conflicts\./);
    const vault = readVault(root);
    expect(vault.has('Articles/Unread piece.md')).toBe(true);
    expect(brokenLinks(vault)).toEqual([]);

    const again = await cli('export', root, '--library', library, '--all-articles', '--full-text', '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ written: [], unchanged: 6, renamed: [], removed: [], conflicts: [], cancelled: false });
  });

  it('reports conflicts on stderr', async () => {
    const library = await libraryFile();
    const root = tempDir();
    await cli('export', root, '--library', library);
    const note = path.join(root, 'Notes', 'Field notes.md');
    writeFileSync(note, `${readFileSync(note, 'utf8')}\nmine\n`);
    const db = openLibrary(library);
    db.prepare("UPDATE notes SET title = 'Field notes, revised' WHERE title = 'Field notes'").run();
    closeLibrary(db);
    const result = await cli('export', root, '--library', library);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('conflict   Notes/Field notes.md: was changed since the last export');
    expect(result.stdout).toContain('1 conflict.');
  });

  it('fails with the reason on stderr', async () => {
    const library = await libraryFile();
    const notAFolder = path.join(tempDir(), 'file.txt');
    writeFileSync(notAFolder, 'x');
    const refused = await cli('export', notAFolder, '--library', library);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/commonplace: “.*file\.txt” is a file, not a folder\. Choose a folder to export into\./);
    const usage = await cli('export', '--library', library);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Name one folder to export into');
  });
});
