/**
 * The export's only ways of touching the disk. Every path is checked to be a direct child of the
 * export's `Notes/` or `Articles/` folder; a symbolic link is never followed for writing or
 * reading (lstat, and temp files opened with O_EXCL, which refuses an existing link); files are
 * written atomically: a temp file in the same folder, fsync, rename over the target.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors';

export const hashOf = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');

export type Existing = { kind: 'missing' } | { kind: 'file'; hash: string; ino: number } | { kind: 'other'; what: string };

/** What lstat says of a regular file: enough to tell, without reading it, that it is still the file we wrote. */
export interface FileStat {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export type Present = { kind: 'missing' } | { kind: 'file'; stat: FileStat } | { kind: 'other'; what: string };

const statOf = (s: { size: number; mtimeMs: number; ctimeMs: number; ino: number }): FileStat => ({ size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino });

/** What is at a path, without following a link and without reading it. */
export async function look(abs: string): Promise<Present> {
  let stat;
  try {
    stat = await fs.lstat(abs);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  if (stat.isSymbolicLink()) return { kind: 'other', what: 'a symbolic link' };
  if (!stat.isFile()) return { kind: 'other', what: stat.isDirectory() ? 'a folder' : 'not a regular file' };
  return { kind: 'file', stat: statOf(stat) };
}

/** The SHA-256 of a regular file's bytes; null if it is gone or no longer a regular file. */
export async function hashFile(abs: string): Promise<string | null> {
  let handle;
  try {
    // O_NOFOLLOW: if the file was swapped for a link since lstat, the open fails instead of following it.
    handle = await fs.open(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ELOOP' || code === 'EISDIR') return null;
    throw error;
  }
  try {
    if (!(await handle.stat()).isFile()) return null;
    return hashOf(await handle.readFile());
  } finally {
    await handle.close();
  }
}

/** The absolute path of `rel` (`Notes/x.md`), refused unless it lies directly in the export's own folders. */
export function resolveInside(root: string, rel: string): string {
  const abs = path.resolve(root, ...rel.split('/'));
  const dir = path.dirname(abs);
  if (dir !== path.join(root, 'Notes') && dir !== path.join(root, 'Articles') && dir !== root) {
    throw new AppError('refused', `Refused to write “${rel}”: it is not inside the export folder.`);
  }
  return abs;
}

/** What is at a path, without following a link, with a regular file's content hashed. */
export async function inspect(abs: string): Promise<Existing> {
  const present = await look(abs);
  if (present.kind !== 'file') return present;
  // O_NOFOLLOW: if the file was swapped for a link since lstat, the read fails instead of following it.
  const handle = await fs.open(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    return { kind: 'file', hash: hashOf(await handle.readFile()), ino: present.stat.ino };
  } finally {
    await handle.close();
  }
}

/** Makes `root/<name>` a real folder (creating it if needed); a link or a file there is refused. */
export async function ensureFolder(root: string, name: string): Promise<void> {
  const abs = path.join(root, name);
  try {
    await fs.mkdir(abs);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stat = await fs.lstat(abs);
  if (stat.isSymbolicLink()) {
    throw new AppError('refused', `“${name}” in the export folder is a symbolic link. Commonplace does not write through links: remove it, or choose another folder.`);
  }
  if (!stat.isDirectory()) throw new AppError('refused', `“${name}” in the export folder is a file, not a folder. Move it away, or choose another folder.`);
}

export async function syncFolder(dir: string): Promise<void> {
  // Makes the rename itself durable; not every platform can open a folder (Windows), which is fine.
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* best effort */
  }
}

/**
 * Writes `content` to `abs` atomically: complete new content or the old file, never half of either.
 * The temp file is fsynced before the rename, always: without it a crash could leave the new name
 * pointing at a file whose data never reached the disk (empty or partial). What is saved is the
 * *waiting*: the export keeps several files in flight, so their fsyncs overlap (and the file
 * system commits them together) instead of queueing one after another.
 * `syncDir: false` leaves making the rename durable to the caller (one folder sync after many files).
 * `beforeRename` runs between the temp file's fsync and the rename (the export journals the file there).
 * Answers with the written file's stat, for the manifest.
 */
export async function writeAtomic(abs: string, content: string, options: { syncDir?: boolean; beforeRename?: () => Promise<void> } = {}): Promise<FileStat> {
  const dir = path.dirname(abs);
  const temp = path.join(dir, `.${randomBytes(6).toString('hex')}.commonplace-tmp`);
  // 'wx' = O_CREAT | O_EXCL: never opens an existing file or follows a link planted at the temp name.
  const handle = await fs.open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    // The journal's line for this file, durable before the file can appear under its name (journal.ts).
    await options.beforeRename?.();
    await fs.rename(temp, abs);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  if (options.syncDir !== false) await syncFolder(dir);
  return statOf(await fs.lstat(abs));
}

const TEMP_NAME = /^\.[0-9a-f]{12}\.commonplace-tmp$/;

/**
 * Removes the temp files an interrupted export left behind (killed between writing one and
 * renaming it), whatever their age. Only regular files with exactly our temp names: nothing else
 * in the folder is touched. Call it only while holding the folder's export lock (lock.ts), so no
 * other export can be about to rename one of them.
 */
export async function removeLeftoverTemps(dir: string): Promise<void> {
  for (const name of await fs.readdir(dir)) {
    if (!TEMP_NAME.test(name)) continue;
    const abs = path.join(dir, name);
    const stat = await fs.lstat(abs).catch(() => null);
    if (stat?.isFile()) await fs.rm(abs, { force: true });
  }
}

/** The inode at a path (not following a link), or null if nothing is there. */
export async function inodeOf(abs: string): Promise<number | null> {
  try {
    return (await fs.lstat(abs)).ino;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Removes a file only if it is still exactly what we wrote (same hash) and not a link. */
export async function removeIfUnchanged(abs: string, hash: string): Promise<'removed' | 'edited' | 'missing'> {
  const now = await inspect(abs);
  if (now.kind === 'missing') return 'missing';
  if (now.kind !== 'file' || now.hash !== hash) return 'edited';
  await fs.unlink(abs);
  return 'removed';
}
