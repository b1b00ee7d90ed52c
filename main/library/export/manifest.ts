/**
 * The export's manifest, `.commonplace-export.json` in the export folder: which files this
 * exporter wrote, for which item, and the SHA-256 of exactly what it wrote. A file whose hash
 * on disk differs was edited by the user since; a file not listed was never ours. Both are left
 * alone. The manifest is read as untrusted input: entries naming anything but a plain
 * `Notes/<name>.md` or `Articles/<name>.md` are ignored.
 *
 *     { "format": "commonplace-export", "version": 1, "exportedAt": "2026-…Z",
 *       "files": { "Notes/Cold War parallels.md": { "item": "note:12", "hash": "9f2c…",
 *                                                   "stat": { "size": 812, "mtimeMs": …, "ctimeMs": …, "ino": … } },
 *                  "Notes/Cold War parallels (Commonplace).md": { "item": "note:12", "hash": "…", "conflictCopy": true } } }
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors';
import { inspect, writeAtomic, type FileStat } from './disk';
import { isExportPath } from './file-names';
import { MANIFEST_NAME } from './manifest-name';

export { MANIFEST_NAME };

export interface ManifestEntry {
  item: string;
  hash: string;
  /** The new version written beside a file the user had edited. */
  conflictCopy?: boolean;
  /**
   * The file's size, mtime, ctime and inode when it was last written or hashed, so a re-export
   * can tell an untouched file without reading it (see `unchangedOnDisk`). Absent in manifests
   * of older versions: those files are hashed once and recorded.
   */
  stat?: FileStat;
  /** The `source` of what was rendered into it (plan.ts): the same source renders the same bytes. */
  source?: string;
}

export type ManifestFiles = Map<string, ManifestEntry>;

export interface Manifest {
  files: ManifestFiles;
  /** When the manifest was last written (its own mtime); 0 if there is none. */
  writtenMs: number;
}

/**
 * How coarse a file system's timestamps may be (FAT: 2 s; HFS+, ext3: 1 s). A file whose recorded
 * mtime or ctime is this close to the manifest's own could have been changed again within the same
 * tick after we looked at it ("racy", as git calls it), so its stat proves nothing: it is hashed.
 */
const TIMESTAMP_SLACK_MS = 2000;

/**
 * Whether a file still is, byte for byte, what the entry's hash says, judged from lstat alone:
 * the same size, mtime, ctime and inode as recorded, and recorded well before the manifest was
 * written. Editing a file changes its mtime and ctime (ctime cannot be set back by tools such as
 * `touch`); replacing it changes the inode. Anything else is hashed.
 */
export function unchangedOnDisk(entry: ManifestEntry | undefined, now: FileStat, manifestWrittenMs: number): boolean {
  const was = entry?.stat;
  if (!was) return false;
  if (was.size !== now.size || was.mtimeMs !== now.mtimeMs || was.ctimeMs !== now.ctimeMs || was.ino !== now.ino) return false;
  return Math.max(was.mtimeMs, was.ctimeMs) < manifestWrittenMs - TIMESTAMP_SLACK_MS;
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function readStat(raw: unknown): FileStat | undefined {
  const s = raw as Partial<Record<keyof FileStat, unknown>> | null;
  if (typeof s !== 'object' || s === null) return undefined;
  const { size, mtimeMs, ctimeMs, ino } = s;
  return isFiniteNumber(size) && isFiniteNumber(mtimeMs) && isFiniteNumber(ctimeMs) && isFiniteNumber(ino) ? { size, mtimeMs, ctimeMs, ino } : undefined;
}

export async function readManifest(root: string): Promise<Manifest> {
  const abs = path.join(root, MANIFEST_NAME);
  const existing = await inspect(abs);
  if (existing.kind === 'missing') return { files: new Map(), writtenMs: 0 };
  if (existing.kind === 'other') throw new AppError('refused', `The export manifest ${MANIFEST_NAME} is ${existing.what}. Remove it, or choose another folder.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await fs.readFile(abs, 'utf8'));
  } catch {
    throw new AppError('refused', `The export manifest ${MANIFEST_NAME} in this folder is damaged, so Commonplace cannot tell which files it wrote. Move it away and export again (files of the same name will be kept, with the new versions written beside them).`);
  }
  const files: ManifestFiles = new Map();
  // Its own mtime, read after the content: a manifest touched since only makes more files be hashed.
  const writtenMs = (await fs.lstat(abs)).mtimeMs;
  const raw = (parsed as { files?: unknown }).files;
  if (typeof raw !== 'object' || raw === null) return { files, writtenMs };
  for (const [rel, entry] of Object.entries(raw as Record<string, unknown>)) {
    const parsed = parseEntry(rel, entry);
    if (parsed) files.set(rel, parsed);
  }
  return { files, writtenMs };
}

/** One entry read as untrusted input (from the manifest or the journal): undefined unless it names an export file and holds a valid hash. */
export function parseEntry(rel: string, entry: unknown): ManifestEntry | undefined {
  const e = entry as (Omit<Partial<ManifestEntry>, 'stat'> & { stat?: unknown }) | null;
  if (!isExportPath(rel) || typeof e?.item !== 'string' || typeof e.hash !== 'string' || !/^[0-9a-f]{64}$/.test(e.hash)) return undefined;
  const stat = readStat(e.stat);
  const source = typeof e.source === 'string' && /^[0-9a-f]{64}$/.test(e.source) ? e.source : undefined;
  return { item: e.item, hash: e.hash, ...(e.conflictCopy === true ? { conflictCopy: true } : {}), ...(stat ? { stat } : {}), ...(source ? { source } : {}) };
}

export async function writeManifest(root: string, files: ManifestFiles, now: Date): Promise<void> {
  const sorted = Object.fromEntries([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const body = { format: 'commonplace-export', version: 1, exportedAt: now.toISOString(), files: sorted };
  await writeAtomic(path.join(root, MANIFEST_NAME), `${JSON.stringify(body, null, 2)}\n`);
}
