/** Export again into the same folder: update, rename, remove, never clobber an edit, finish an interrupted run. */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_NAME, runExport } from '../../main/library/export';
import { brokenLinks, readVault, researchLibrary } from './export-helpers';
import { tempDir, tempLibrary } from './helpers';

const mtimes = (root: string) =>
  Object.fromEntries(
    ['Notes', 'Articles'].flatMap((dir) => readdirSync(path.join(root, dir)).map((n) => [`${dir}/${n}`, statSync(path.join(root, dir, n)).mtimeMs])),
  );

async function exported() {
  const { db } = tempLibrary();
  const lib = await researchLibrary(db);
  const root = tempDir();
  await runExport(db, root);
  return { db, lib, root, file: (rel: string) => path.join(root, ...rel.split('/')) };
}

describe('export: re-export into the same folder', () => {
  it('writes nothing when nothing changed', async () => {
    const { db, root } = await exported();
    const before = mtimes(root);
    const manifest = readFileSync(path.join(root, MANIFEST_NAME), 'utf8');
    const again = await runExport(db, root);
    expect(again).toMatchObject({ written: [], renamed: [], removed: [], conflicts: [], unchanged: 5 });
    expect(mtimes(root)).toEqual(before);
    expect(JSON.parse(readFileSync(path.join(root, MANIFEST_NAME), 'utf8')).files).toEqual(JSON.parse(manifest).files);
  });

  it('renames a file with its note’s title, and rewrites the links pointing at it', async () => {
    const { db, lib, root, file } = await exported();
    await lib.api.call('notes.rename', { id: lib.coldWar.id, title: 'Echoes of the Cold War' });
    const again = await runExport(db, root);
    expect(again.renamed).toEqual([{ from: 'Notes/Cold War parallels.md', to: 'Notes/Echoes of the Cold War.md' }]);
    expect(again.written).toEqual(['Notes/Drone strikes.md']);
    expect(existsSync(file('Notes/Cold War parallels.md'))).toBe(false);
    const vault = readVault(root);
    expect(vault.get('Notes/Drone strikes.md')!.raw).toContain('[[Echoes of the Cold War]]');
    expect(brokenLinks(vault)).toEqual([]);
  });

  it('removes the file of a deleted note, and the links to it become its words', async () => {
    const { db, lib, root, file } = await exported();
    await lib.api.call('notes.delete', { id: lib.field.id });
    const again = await runExport(db, root);
    expect(again.removed).toEqual(['Notes/Field notes.md']);
    expect(existsSync(file('Notes/Field notes.md'))).toBe(false);
    const vault = readVault(root);
    expect(vault.get('Notes/Drone strikes.md')!.raw).not.toContain('[[Field notes');
    expect(vault.get('Notes/Drone strikes.md')!.blocks).toContain('Interviews with Field notes');
    expect(brokenLinks(vault)).toEqual([]);
  });

  it('never overwrites a file the user edited: the new version goes beside it, and the user is told', async () => {
    const { db, lib, root, file } = await exported();
    const edited = `${readFileSync(file('Notes/Cold War parallels.md'), 'utf8')}\nMy own thoughts, written in Obsidian.\n`;
    writeFileSync(file('Notes/Cold War parallels.md'), edited);
    writeFileSync(file('Notes/Mine.md'), 'not from Commonplace');
    await lib.api.call('notes.save', { id: lib.coldWar.id, baseVersion: 1, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Revised in Commonplace.' }] }] } });
    const again = await runExport(db, root);
    expect(again.conflicts).toEqual([
      { path: 'Notes/Cold War parallels.md', copy: 'Notes/Cold War parallels (Commonplace).md', reason: expect.stringMatching(/changed since the last export/) },
    ]);
    expect(readFileSync(file('Notes/Cold War parallels.md'), 'utf8')).toBe(edited);
    expect(readFileSync(file('Notes/Cold War parallels (Commonplace).md'), 'utf8')).toContain('Revised in Commonplace.');
    expect(readFileSync(file('Notes/Mine.md'), 'utf8')).toBe('not from Commonplace');

    // Still edited next time: still kept, the copy updated in place rather than multiplied.
    await lib.api.call('notes.save', { id: lib.coldWar.id, baseVersion: 2, content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Revised twice.' }] }] } });
    const third = await runExport(db, root);
    expect(third.conflicts.map((c) => c.copy)).toEqual(['Notes/Cold War parallels (Commonplace).md']);
    expect(readFileSync(file('Notes/Cold War parallels (Commonplace).md'), 'utf8')).toContain('Revised twice.');
    expect(readFileSync(file('Notes/Cold War parallels.md'), 'utf8')).toBe(edited);

    // The user settles it by deleting their copy: the export writes the file again and tidies its own copy away.
    const { unlinkSync } = await import('node:fs');
    unlinkSync(file('Notes/Cold War parallels.md'));
    const fourth = await runExport(db, root);
    expect(fourth).toMatchObject({ written: ['Notes/Cold War parallels.md'], removed: ['Notes/Cold War parallels (Commonplace).md'], conflicts: [] });
    expect(readFileSync(file('Notes/Mine.md'), 'utf8')).toBe('not from Commonplace');
  });

  it('keeps an edited file whose note is gone, and says so', async () => {
    const { db, lib, root, file } = await exported();
    writeFileSync(file('Notes/Field notes.md'), 'edited by hand');
    await lib.api.call('notes.delete', { id: lib.field.id });
    const again = await runExport(db, root);
    expect(again.removed).toEqual([]);
    expect(again.conflicts).toEqual([{ path: 'Notes/Field notes.md', reason: expect.stringMatching(/kept as it is/) }]);
    expect(readFileSync(file('Notes/Field notes.md'), 'utf8')).toBe('edited by hand');
    // No longer ours: the next export leaves it alone without mentioning it again.
    expect((await runExport(db, root)).conflicts).toEqual([]);
    expect(readFileSync(file('Notes/Field notes.md'), 'utf8')).toBe('edited by hand');
  });

  it('finishes an interrupted export when run again, ending as a whole export would', async () => {
    const { db } = tempLibrary();
    const lib = await researchLibrary(db);
    const root = tempDir();
    await runExport(db, root);
    await lib.api.call('notes.rename', { id: lib.coldWar.id, title: 'Echoes of the Cold War' });
    await lib.api.call('notes.rename', { id: lib.field.id, title: 'Peshawar field notes' });
    let seen = 0;
    const progress: number[] = [];
    const cut = await runExport(db, root, {
      onProgress: ({ done }) => progress.push(done),
      isCancelled: () => seen++ >= 2,
    });
    expect(cut.cancelled).toBe(true);
    expect(progress).toEqual([0, 1, 2]);
    // Both renamed notes are written under their new names, the note linking to them not yet; nothing was removed.
    expect(existsSync(path.join(root, 'Notes', 'Echoes of the Cold War.md'))).toBe(true);
    expect(existsSync(path.join(root, 'Notes', 'Cold War parallels.md'))).toBe(true);
    const resumed = await runExport(db, root);
    expect(resumed.cancelled).toBe(false);
    expect(resumed.conflicts).toEqual([]);
    expect(resumed.removed.sort()).toEqual(['Notes/Cold War parallels.md', 'Notes/Field notes.md']);

    const fresh = tempDir();
    await runExport(db, fresh);
    const a = readVault(root);
    const b = readVault(fresh);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [rel, f] of a) expect(f.raw, rel).toBe(b.get(rel)!.raw);
    expect(brokenLinks(a)).toEqual([]);
    expect(readdirSync(path.join(root, 'Notes')).filter((n) => n.endsWith('.commonplace-tmp'))).toEqual([]);
    expect((await runExport(db, root)).written).toEqual([]);
  });
});
