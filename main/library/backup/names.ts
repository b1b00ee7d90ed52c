/**
 * Backup file names: `<library name>-YYYY-MM-DD-HHMMSS.sqlite` (UTC), with `-2`, `-3`… when two
 * land in the same second. The name carries the date, so listing and rotation never trust mtimes
 * (a copy or a sync tool changes those).
 */
import path from 'node:path';

export const BACKUP_EXT = '.sqlite';
/** Our in-progress copies: never a final name, removed when found later. */
export const TEMP_MARK = '.commonplace-backup-tmp';

/** `library` for `…/library.commonplace`. */
export function libraryName(libraryFile: string): string {
  const base = path.basename(libraryFile);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** `2026-12-03-040512` for that instant, in UTC. */
export function stamp(date: Date): string {
  return `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}-${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}`;
}

export function backupFileName(name: string, date: Date, sequence = 1): string {
  return `${name}-${stamp(date)}${sequence > 1 ? `-${sequence}` : ''}${BACKUP_EXT}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The date a backup of library `name` was made, from its file name; null for any other file. */
export function parseBackupFileName(name: string, fileName: string): Date | null {
  return parseBackupName(name, fileName)?.date ?? null;
}

/** The date and same-second sequence (1, 2…) of a backup of library `name`; null for any other file. */
export function parseBackupName(name: string, fileName: string): { date: Date; sequence: number } | null {
  const m = new RegExp(`^${escapeRegExp(name)}-(\\d{4})-(\\d{2})-(\\d{2})-(\\d{2})(\\d{2})(\\d{2})(?:-(\\d+))?${escapeRegExp(BACKUP_EXT)}$`).exec(fileName);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  // 2026-02-31 would roll over into March: not one of our names.
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null;
  return { date, sequence: m[7] === undefined ? 1 : Number(m[7]) };
}
