/**
 * The re-export's fast path: files the manifest recorded (size, mtime, ctime, inode) are known
 * untouched without being read, and every way that could be wrong falls back to hashing: a
 * same-size edit, an edit with its mtime put back, a file recorded too close to the manifest's
 * own time to be sure. Also: stale temp files from a crash, and disk errors said for people.
 */
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_NAME, runExport } from '../../main/library/export';
import { unchangedOnDisk } from '../../main/library/export/manifest';
import { researchLibrary } from './export-helpers';
import { tempDir, tempLibrary } from './helpers';

async function exported() {
  const { db } = tempLibrary();
  const lib = await researchLibrary(db);
  const root = tempDir();
  await runExport(db, root);
  return { db, lib, root, file: (rel: string) => path.join(root, ...rel.split('/')) };
}

/** As if the export had finished a while ago: no recorded stat is then too recent to trust. */
function ageManifest(root: string) {
  const later = new Date(Date.now() + 60_000);
  utimesSync(path.join(root, MANIFEST_NAME), later, later);
}

/** Changes one letter, keeping the size: only the bytes differ. */
function sameSizeEdit(abs: string) {
  const text = readFileSync(abs, 'utf8');
  const at = text.lastIndexOf('e');
  writeFileSync(abs, `${text.slice(0, at)}E${text.slice(at + 1)}`);
  expect(statSync(abs).size).toBe(Buffer.byteLength(text));
}

describe('export: re-export without reading untouched files', () => {
  it('records each file’s stat, and trusts it once the manifest is older than the files by a margin', async () => {
    const { db, root } = await exported();
    const manifest = JSON.parse(readFileSync(path.join(root, MANIFEST_NAME), 'utf8')) as { files: Record<string, { stat?: { size: number; ino: number } }> };
    const stat = manifest.files['Notes/Drone strikes.md']!.stat!;
    expect(stat.size).toBe(statSync(path.join(root, 'Notes', 'Drone strikes.md')).size);
    expect(stat.ino).toBe(statSync(path.join(root, 'Notes', 'Drone strikes.md')).ino);

    // Just written: every file is as recent as the manifest, so each is hashed (a same-tick edit could hide).
    const soon = { hashed: 0, rendered: 0 };
    expect(await runExport(db, root, { stats: soon })).toMatchObject({ unchanged: 5, written: [], conflicts: [] });
    expect(soon).toEqual({ hashed: 5, rendered: 5 });

    ageManifest(root);
    const later = { hashed: 0, rendered: 0 };
    expect(await runExport(db, root, { stats: later })).toMatchObject({ unchanged: 5, written: [], conflicts: [] });
    // Neither read nor even rendered: each item's source is as recorded, and so is its file.
    expect(later).toEqual({ hashed: 0, rendered: 0 });
  });

  it('renders again whatever a change reaches: a renamed note’s linkers, a renamed tag’s article', async () => {
    const { db, lib, root } = await exported();
    ageManifest(root);
    await lib.api.call('notes.rename', { id: lib.field.id, title: 'Peshawar field notes' });
    const renamed = await runExport(db, root);
    expect(renamed.renamed).toEqual([{ from: 'Notes/Field notes.md', to: 'Notes/Peshawar field notes.md' }]);
    expect(renamed.written).toEqual(['Notes/Drone strikes.md']);
    expect(readFileSync(path.join(root, 'Notes', 'Drone strikes.md'), 'utf8')).toContain('[[Peshawar field notes');

    ageManifest(root);
    await lib.api.call('tags.rename', { from: 'region', to: 'place' });
    const retagged = await runExport(db, root);
    expect(retagged.written).toContain('Articles/From friends to foes Pakistan & the US.md');
    expect(readFileSync(path.join(root, 'Articles', 'From friends to foes Pakistan & the US.md'), 'utf8')).toContain('place/pakistan');
  });

  it('still finds a user’s edit that keeps the size', async () => {
    const { db, root, file } = await exported();
    ageManifest(root);
    sameSizeEdit(file('Notes/Field notes.md'));
    const edited = readFileSync(file('Notes/Field notes.md'), 'utf8');
    const stats = { hashed: 0, rendered: 0 };
    const again = await runExport(db, root, { stats });
    expect(again.conflicts).toEqual([
      { path: 'Notes/Field notes.md', copy: 'Notes/Field notes (Commonplace).md', reason: 'was changed since the last export, so it was kept and the new version was written beside it' },
    ]);
    expect(stats.hashed).toBe(1);
    expect(readFileSync(file('Notes/Field notes.md'), 'utf8')).toBe(edited);
  });

  it('still finds a same-size edit whose mtime was put back (the ctime gives it away)', async () => {
    const { db, root, file } = await exported();
    ageManifest(root);
    const abs = file('Articles/From friends to foes Pakistan & the US.md');
    // A whole second, so that it can be put back exactly; recorded by a re-export (it hashes the file, finds it unchanged).
    const second = new Date(Math.floor(Date.now() / 1000) * 1000 - 5000);
    utimesSync(abs, second, second);
    expect(await runExport(db, root)).toMatchObject({ unchanged: 5, conflicts: [] });
    ageManifest(root);
    sameSizeEdit(abs);
    utimesSync(abs, second, second);
    expect(statSync(abs).mtimeMs).toBe(second.getTime());
    const again = await runExport(db, root);
    expect(again.conflicts.map((c) => c.path)).toEqual(['Articles/From friends to foes Pakistan & the US.md']);
    expect(existsSync(file('Articles/From friends to foes Pakistan & the US (Commonplace).md'))).toBe(true);
  });

  it('overwrites an untouched file whose item changed, known as ours from its stat alone', async () => {
    const { db, lib, root, file } = await exported();
    ageManifest(root);
    await lib.api.call('highlights.update', { id: lib.h2.id, color: 'pink' });
    const stats = { hashed: 0, rendered: 0 };
    const again = await runExport(db, root, { stats });
    expect(again).toMatchObject({ written: ['Articles/From friends to foes Pakistan & the US.md'], conflicts: [], unchanged: 4 });
    expect(stats.hashed).toBe(0);
    expect(readFileSync(file('Articles/From friends to foes Pakistan & the US.md'), 'utf8')).toContain('*Pink');
  });

  it('judges a recorded stat by every field and by its distance from the manifest’s time', () => {
    const stat = { size: 10, mtimeMs: 1_000_000, ctimeMs: 1_000_000, ino: 7 };
    const entry = { item: 'note:1', hash: 'a'.repeat(64), stat };
    expect(unchangedOnDisk(entry, stat, 1_010_000)).toBe(true);
    expect(unchangedOnDisk(entry, stat, 1_001_000)).toBe(false);
    for (const change of [{ size: 11 }, { mtimeMs: 1_000_001 }, { ctimeMs: 1_000_001 }, { ino: 8 }]) expect(unchangedOnDisk(entry, { ...stat, ...change }, 1_010_000)).toBe(false);
    expect(unchangedOnDisk({ item: 'note:1', hash: 'a'.repeat(64) }, stat, 1_010_000)).toBe(false);
    expect(unchangedOnDisk(undefined, stat, 1_010_000)).toBe(false);
  });
});

describe('export: crashes and disk errors', () => {
  it('removes every temp file an interrupted export left, whatever its age, and nothing else', async () => {
    const { db, root, file } = await exported();
    const stale = file('Notes/.0123456789ab.commonplace-tmp');
    const fresh = file('Articles/.ba9876543210.commonplace-tmp');
    const manifestTemp = file('.00aa11bb22cc.commonplace-tmp');
    const other = file('Notes/.mine.commonplace-tmp');
    for (const f of [stale, fresh, manifestTemp, other]) writeFileSync(f, 'half a file');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(stale, hourAgo, hourAgo);
    utimesSync(other, hourAgo, hourAgo);
    // The folder's export lock is free, so no export could be about to rename any of them.
    await runExport(db, root);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(false);
    expect(existsSync(manifestTemp)).toBe(false);
    expect(existsSync(other)).toBe(true);
  });

  it('says what is wrong when a file stands where a folder of the path should be', async () => {
    const { db } = tempLibrary();
    const { api } = await researchLibrary(db);
    const blocker = path.join(tempDir(), 'not-a-folder');
    writeFileSync(blocker, 'x');
    const reply = await api.reply('export.run', { jobId: 'j', folder: path.join(blocker, 'vault') });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe('refused');
      expect(reply.error.message).toContain('part of the path is a file, not a folder');
    }
    const relative = await api.reply('export.run', { jobId: 'k', folder: 'Vault' });
    expect(!relative.ok && relative.error.message).toContain('“Vault” is not a full path');
  });
});
