/** The backup calls and the backups made before destructive operations, through the real dispatcher. */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeLibrary, openLibrary } from '../../db/open';
import { countDocuments } from '../../db/repos/documents';
import { applyPendingRestore, writeBackupSettings } from '../../main/library/backup';
import { apiFor, insertArticle, paragraph } from './annotations-helpers';
import { tempDir } from './helpers';

function setup() {
  const dir = tempDir();
  const file = path.join(dir, 'library.commonplace');
  const db = openLibrary(file);
  return { dir, file, db, api: apiFor(db) };
}

const backupsIn = (dir: string) => (existsSync(path.join(dir, 'Backups')) ? readdirSync(path.join(dir, 'Backups')) : []);

describe('backups through the contract', () => {
  it('tag merge, tag delete and purge back up first', async () => {
    const { dir, db, api } = setup();
    const { id } = insertArticle(db, [paragraph('Some words.')]);
    await api.call('tags.addToDocument', { documentId: id, name: 'a' });
    await api.call('tags.addToDocument', { documentId: id, name: 'b' });
    expect(backupsIn(dir)).toHaveLength(0);
    await api.call('tags.merge', { from: 'a', into: 'b' });
    expect(backupsIn(dir)).toHaveLength(1);
    await api.call('tags.delete', { name: 'b' });
    expect(backupsIn(dir)).toHaveLength(2);
    const note = await api.call('notes.create', { title: 'Gone soon' });
    await api.call('notes.delete', { id: note.id });
    await api.call('notes.purge', { id: note.id });
    expect(backupsIn(dir)).toHaveLength(3);
    closeLibrary(db);
  });

  it('refuses the destructive operation when the backup cannot be made', async () => {
    const { dir, file, db, api } = setup();
    const { id } = insertArticle(db, [paragraph('Some words.')]);
    await api.call('tags.addToDocument', { documentId: id, name: 'a' });
    await api.call('tags.addToDocument', { documentId: id, name: 'b' });
    writeFileSync(path.join(dir, 'blocker'), '');
    writeBackupSettings(file, { folder: path.join(dir, 'blocker') });
    const reply = await api.reply('tags.merge', { from: 'a', into: 'b' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'refused' } });
    expect((await api.call('tags.list', {})).tags.map((t) => t.name).sort()).toEqual(['a', 'b']);
    closeLibrary(db);
  });

  it('lists, backs up now, stages a restore by name only, and configures', async () => {
    const { file, db, api } = setup();
    insertArticle(db, [paragraph('One.')]);
    const { backup } = await api.call('backups.create', {});
    expect(backup).toMatchObject({ articles: 1, notes: 0 });
    insertArticle(db, [paragraph('Two.')]);
    const list = await api.call('backups.list', {});
    expect(list.backups.map((b) => b.name)).toEqual([backup.name]);
    expect(list.settings).toMatchObject({ isDefaultFolder: true, keep: { daily: 7, weekly: 4, monthly: 6 } });
    expect(list.pendingRestore).toBeNull();

    // Paths and names of other files are refused before anything is read.
    expect(await api.reply('backups.restore', { name: '../library.commonplace' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await api.reply('backups.restore', { name: 'library-2020-01-01-000000.sqlite' })).toMatchObject({ ok: false, error: { code: 'not_found' } });

    expect(await api.call('backups.restore', { name: backup.name })).toEqual({ staged: true, articles: 1, notes: 0 });
    expect((await api.call('backups.list', {})).pendingRestore).toBe(backup.name);
    expect(await api.call('backups.configure', { keep: { monthly: 12 } })).toMatchObject({ keep: { daily: 7, weekly: 4, monthly: 12 } });
    expect(await api.reply('backups.configure', { keep: {}, folder: '/tmp' } as never)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await api.reply('backups.configure', { keep: { daily: -1 } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    // The next start applies it.
    closeLibrary(db);
    expect(applyPendingRestore(file)).toMatchObject({ articles: 1 });
    const back = openLibrary(file);
    expect(countDocuments(back)).toBe(1);
    closeLibrary(back);
  });
});
