/**
 * One export at a time per folder: `.commonplace-export.lock` in the export folder, created with
 * O_EXCL and holding `{pid, host, startedAt}`. A second export of the same folder (another process,
 * or the same app twice) is refused while the holder lives. A lock whose process is gone (killed,
 * crashed) is taken over, so a crash never blocks the folder. Holding it is what lets a run remove
 * every temp file it finds, whatever its age: no other export could be about to rename it.
 *
 * Taking over is careful about two exports finding the same stale lock: the stale file is renamed
 * aside and checked to be the very file judged stale (same inode) before it is deleted; if another
 * export's fresh lock was moved instead, it is put back.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../errors';

export const LOCK_NAME = '.commonplace-export.lock';

/** A lock just created may be empty for a moment; an empty or unreadable one older than this is a crash's. */
const UNREADABLE_GRACE_MS = 10_000;

export interface ExportLock {
  release(): Promise<void>;
}

interface Holder {
  ino: number;
  pid?: number;
  host?: string;
  mtimeMs: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(abs: string): Promise<Holder | null | 'not a file'> {
  let stat;
  try {
    stat = await fs.lstat(abs);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  if (!stat.isFile()) return 'not a file';
  let raw: { pid?: unknown; host?: unknown } = {};
  try {
    raw = JSON.parse(await fs.readFile(abs, 'utf8')) as typeof raw;
  } catch {
    /* empty (just created, or killed before it was written) or damaged */
  }
  return {
    ino: stat.ino,
    mtimeMs: stat.mtimeMs,
    ...(typeof raw.pid === 'number' && Number.isSafeInteger(raw.pid) && raw.pid > 0 ? { pid: raw.pid } : {}),
    ...(typeof raw.host === 'string' ? { host: raw.host } : {}),
  };
}

/** Whether the holder may still be exporting: on another machine (a shared folder) it cannot be told, so it may. */
function mayBeRunning(holder: Holder, now: number): boolean {
  if (holder.pid === undefined) return now - holder.mtimeMs < UNREADABLE_GRACE_MS;
  if (holder.host !== undefined && holder.host !== os.hostname()) return true;
  return isAlive(holder.pid);
}

/** Moves a stale lock away, only if it is still the file judged stale; puts back anything else moved by mistake. */
async function takeOver(abs: string, staleIno: number): Promise<void> {
  const aside = `${abs}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await fs.rename(abs, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = await fs.lstat(aside);
  if (moved.ino !== staleIno) {
    await fs.link(aside, abs).catch(() => undefined);
  }
  await fs.rm(aside, { force: true });
}

/** Takes the folder's export lock, or refuses with what to do. `folder` is the user's name for it, for messages. */
export async function lockExportFolder(root: string, folder: string): Promise<ExportLock> {
  const abs = path.join(root, LOCK_NAME);
  const mine = `${JSON.stringify({ pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString() })}\n`;
  for (let attempt = 0; attempt < 10; attempt++) {
    let handle: fs.FileHandle | null = null;
    try {
      // 'wx' = O_CREAT | O_EXCL: exactly one export creates it; an existing file or link is never opened.
      handle = await fs.open(abs, 'wx', 0o644);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (handle) {
      let ino: number;
      try {
        await handle.writeFile(mine, 'utf8');
        ino = (await handle.stat()).ino;
      } finally {
        await handle.close();
      }
      return {
        async release() {
          const now = await fs.lstat(abs).catch(() => null);
          if (now?.ino === ino) await fs.rm(abs, { force: true });
        },
      };
    }
    const holder = await readHolder(abs);
    if (holder === null) continue;
    if (holder === 'not a file') {
      throw new AppError('refused', `“${LOCK_NAME}” in “${folder}” is not a file Commonplace made. Remove it, or choose another folder.`);
    }
    if (mayBeRunning(holder, Date.now())) {
      const who = holder.pid === undefined ? '' : ` (process ${holder.pid}${holder.host !== undefined && holder.host !== os.hostname() ? ` on ${holder.host}` : ''})`;
      throw new AppError(
        'refused',
        `Another export into “${folder}” is running${who}. Wait for it to finish, then export again. If no export is running, remove “${LOCK_NAME}” from that folder.`,
      );
    }
    await takeOver(abs, holder.ino);
  }
  throw new AppError('refused', `Couldn’t take “${LOCK_NAME}” in “${folder}”: other exports keep taking it. Wait for them to finish, then export again.`);
}
