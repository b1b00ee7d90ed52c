/**
 * Backup settings: where backups go and how many of each period are kept. The library has no
 * settings table, and these must not live in the library file anyway: a restore would roll
 * them back (and a damaged library could not say where its backups are). So they are a small
 * JSON file beside the library, `<library file>.settings.json`, read leniently (a missing or
 * malformed file, or a bad field, gives the default) and written atomically.
 */
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { MANIFEST_NAME } from '../export/manifest-name';
import { DEFAULT_ROTATION, type RotationPolicy } from './rotation';

export interface BackupSettings {
  /** Absolute folder; `Backups` beside the library when not set. */
  folder: string;
  keep: RotationPolicy;
}

/**
 * The file as read: other top-level keys kept as they are; a bad field reads as absent (a folder)
 * or as its default (a count). Checked by hand rather than with zod: the CLI reads this at the
 * start of every write command, and loading zod alone took longer than the rest of that start.
 */
interface Stored {
  [key: string]: unknown;
  backups?: { folder?: string; keep?: Partial<RotationPolicy> };
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1000;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readBackups(value: unknown): Stored['backups'] {
  if (!isRecord(value)) return undefined;
  const backups: NonNullable<Stored['backups']> = {};
  if (typeof value.folder === 'string' && value.folder.length > 0) backups.folder = value.folder;
  if (isRecord(value.keep)) {
    const keep: Partial<RotationPolicy> = {};
    for (const k of ['daily', 'weekly', 'monthly'] as const) {
      if (value.keep[k] !== undefined) keep[k] = isCount(value.keep[k]) ? value.keep[k] : DEFAULT_ROTATION[k];
    }
    backups.keep = keep;
  }
  return backups;
}

export function settingsFile(libraryFile: string): string {
  return `${path.resolve(libraryFile)}.settings.json`;
}

export function defaultBackupFolder(libraryFile: string): string {
  return path.join(path.dirname(path.resolve(libraryFile)), 'Backups');
}

function readStored(libraryFile: string): Stored {
  try {
    const parsed: unknown = JSON.parse(readFileSync(settingsFile(libraryFile), 'utf8'));
    if (!isRecord(parsed)) return {};
    const { backups: raw, ...rest } = parsed;
    const backups = readBackups(raw);
    return backups === undefined ? rest : { ...rest, backups };
  } catch {
    return {};
  }
}

export function readBackupSettings(libraryFile: string): BackupSettings {
  const b = readStored(libraryFile).backups;
  const folder = b?.folder !== undefined && path.isAbsolute(b.folder) ? b.folder : defaultBackupFolder(libraryFile);
  return { folder, keep: { ...DEFAULT_ROTATION, ...b?.keep } };
}

/** Changes the backup settings (only the fields given); refuses a folder inside an export folder. */
export function writeBackupSettings(libraryFile: string, change: { folder?: string | null; keep?: Partial<RotationPolicy> }): BackupSettings {
  const current = readStored(libraryFile);
  const backups = { ...current.backups, keep: { ...current.backups?.keep, ...change.keep } };
  if (change.folder === null) delete backups.folder;
  else if (change.folder !== undefined) {
    if (!path.isAbsolute(change.folder)) throw new AppError('invalid_input', 'The backups folder must be a full path (starting at the root of a disk).');
    checkBackupFolder(change.folder);
    backups.folder = path.resolve(change.folder);
  }
  for (const [k, v] of Object.entries(backups.keep)) {
    if (!isCount(v)) throw new AppError('invalid_input', `The number of ${k} backups to keep must be a whole number from 0 to 1000.`);
  }
  const file = settingsFile(libraryFile);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify({ ...current, backups }, null, 2)}\n`);
  renameSync(temp, file);
  return readBackupSettings(libraryFile);
}

/**
 * Refuses a backups folder that is inside (or is) an export folder: an export folder is
 * synced or shared as Markdown, and a re-export judges every file in it. An export folder is
 * known by its manifest, so the folder and each folder above it are checked for one.
 */
export function checkBackupFolder(folder: string): void {
  let dir = path.resolve(folder);
  for (;;) {
    const manifest = path.join(dir, MANIFEST_NAME);
    if (existsSync(manifest) && statSync(manifest).isFile()) {
      throw new AppError('refused', `Backups cannot go in ${folder}: it is inside the export folder ${dir}. Choose a folder outside it (the default is a Backups folder beside the library).`);
    }
    const up = path.dirname(dir);
    if (up === dir) return;
    dir = up;
  }
}
