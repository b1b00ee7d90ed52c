/** `commonplace backup`, `commonplace backups` and `commonplace restore <file>`. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/open';
import { createBackup, listBackups, readBackupSettings, restoreLibrary, writeBackupSettings, type BackupInfo } from '../library/backup';
import type { BACKUPS_OPTIONS } from './commands';
import { wholeNumberIn, type Invocation } from './options';
import { UsageError } from './usage-error';
import { formatBytes } from '../contract/bytes';

type Inv = Invocation<Record<never, never>>;

/** `2026-12-03 04:05:06 UTC`. */
function formatDate(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

function noArguments(inv: Inv, name: string): void {
  if (inv.positionals.length > 0) throw new UsageError(`\`${name}\` takes no arguments.`);
}

export async function runBackup(db: Db, inv: Inv): Promise<number> {
  noArguments(inv, 'backup');
  const made = await createBackup(db);
  if (inv.json) {
    console.log(JSON.stringify(made, null, 2));
    return 0;
  }
  console.log(`Backed up to ${made.file} (${formatBytes(made.size)}, verified).`);
  if (made.removed.length > 0) console.log(`Removed ${made.removed.length} older backup${made.removed.length === 1 ? '' : 's'} past the ones kept.`);
  return 0;
}

export function runBackupsList(libraryFile: string, inv: Invocation<typeof BACKUPS_OPTIONS>): number {
  if (inv.positionals.length > 0) throw new UsageError('`backups` takes no arguments.');
  const folder = inv.text('folder');
  const keep: Partial<Record<'daily' | 'weekly' | 'monthly', number>> = {};
  for (const period of ['daily', 'weekly', 'monthly'] as const) {
    const text = inv.text(`keep-${period}`);
    if (text !== undefined) keep[period] = wholeNumberIn(text, `--keep-${period}`, 0, 1000);
  }
  if (folder !== undefined || Object.keys(keep).length > 0) {
    if (folder !== undefined && folder !== 'default' && !path.isAbsolute(folder)) throw new UsageError(`--folder needs a full path (or \`default\`); "${folder}" is relative. Try --folder ${path.resolve(folder)}.`);
    const s = writeBackupSettings(libraryFile, { ...(folder !== undefined ? { folder: folder === 'default' ? null : folder } : {}), keep });
    if (!inv.json) console.error(`Backups of ${libraryFile} go to ${s.folder}; kept: ${s.keep.daily} daily, ${s.keep.weekly} weekly, ${s.keep.monthly} monthly.`);
  }
  const backups = listBackups(libraryFile);
  if (inv.json) {
    console.log(JSON.stringify(backups, null, 2));
    return 0;
  }
  if (backups.length === 0) {
    console.log(`No backups of ${libraryFile} yet in ${readBackupSettings(libraryFile).folder}. \`commonplace backup\` makes one.`);
    return 0;
  }
  for (const b of backups) console.log(formatBackup(b));
  return 0;
}

function formatBackup(b: BackupInfo): string {
  const counts = b.articles === null ? 'unreadable' : `${b.articles} article${b.articles === 1 ? '' : 's'}, ${b.notes} note${b.notes === 1 ? '' : 's'}`;
  return `${formatDate(b.createdAt)}  ${formatBytes(b.size).padStart(7)}  ${counts.padEnd(26)}  ${b.file}`;
}

export function runRestore(libraryFile: string, inv: Inv): number {
  if (inv.positionals.length !== 1) throw new UsageError('`restore` takes one backup file: `commonplace restore <file>` (`commonplace backups` lists them).');
  let backup = inv.positionals[0]!;
  // A bare name from `commonplace backups` is looked for in the backups folder.
  if (!existsSync(backup) && path.basename(backup) === backup) {
    const inFolder = path.join(readBackupSettings(libraryFile).folder, backup);
    if (existsSync(inFolder)) backup = inFolder;
  }
  const restored = restoreLibrary(libraryFile, path.resolve(backup));
  if (inv.json) {
    console.log(JSON.stringify(restored, null, 2));
    return 0;
  }
  console.log(`Restored ${restored.library} from ${restored.from} (${restored.articles} articles, ${restored.notes} notes).`);
  if (restored.beforeRestore) console.log(`The library as it was is kept as ${restored.beforeRestore}.`);
  return 0;
}
