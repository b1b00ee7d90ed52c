/**
 * Exports the library into a folder, safely and repeatably. Each planned file is compared with
 * what is on disk and with the manifest of the last export:
 * - the same bytes are already there → unchanged (nothing written);
 * - nothing there, or the file is still exactly what we last wrote → written (atomically);
 * - anything else (the user edited it, a file we never wrote, a link) → left alone, the new
 *   version written beside it as `<name> (Commonplace).md`, and reported as a conflict.
 * Then files we wrote before whose items are gone or renamed are removed, if still untouched.
 * The manifest is written last, so an export interrupted at any point is finished by running it
 * again; a cancelled export records what it did write, so the next run knows those files.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../../../db/open';
import { AppError } from '../errors';
import { ensureFolder, hashOf, inodeOf, inspect, removeIfUnchanged, resolveInside, syncFolder, writeAtomic, type Existing } from './disk';
import { EXPORT_DIRS, nameKey } from './file-names';
import { readManifest, writeManifest, type ManifestEntry, type ManifestFiles } from './manifest';
import { planExport, type ExportOptions, type PlannedFile } from './plan';

export interface ExportConflict {
  /** The file left as it was (relative to the export folder). */
  path: string;
  /** Where the new version went, if one was written. */
  copy?: string;
  reason: string;
}

export interface ExportSummary {
  folder: string;
  /** Files created or updated. */
  written: string[];
  renamed: { from: string; to: string }[];
  unchanged: number;
  removed: string[];
  conflicts: ExportConflict[];
  /** Files the export planned (notes and articles). */
  total: number;
  cancelled: boolean;
}

export interface ExportProgress {
  done: number;
  total: number;
  path?: string;
}

export interface RunExportOptions extends ExportOptions {
  onProgress?: (progress: ExportProgress) => void;
  /** Checked between files: a cancelled export stops cleanly, keeping what it wrote. */
  isCancelled?: () => boolean;
  now?: Date;
}

const COPY_TAG = 'Commonplace';

async function prepareRoot(folder: string): Promise<string> {
  const root = path.resolve(folder);
  const stat = await fs.stat(root).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (stat && !stat.isDirectory()) throw new AppError('refused', `“${folder}” is a file, not a folder. Choose a folder to export into.`);
  if (!stat) await fs.mkdir(root, { recursive: true });
  // The folder the user chose may itself be reached through a link; inside it, links are never followed.
  const real = await fs.realpath(root);
  for (const dir of EXPORT_DIRS) await ensureFolder(real, dir);
  return real;
}

const describe = (e: Existing, ours: boolean) =>
  e.kind === 'other' ? `is ${e.what}, which Commonplace never writes through` : ours ? 'was changed since the last export' : 'was not written by Commonplace';

export async function runExport(db: Db, folder: string, options: RunExportOptions = {}): Promise<ExportSummary> {
  const root = await prepareRoot(folder);
  const previous = await readManifest(root);
  const plan = planExport(db, options);
  const planned = new Set(plan.map((f) => nameKey(f.path)));
  const next: ManifestFiles = new Map();
  const summary: ExportSummary = { folder: root, written: [], renamed: [], unchanged: 0, removed: [], conflicts: [], total: plan.length, cancelled: false };
  const renames = new Map<string, string>();
  const inodes = new Map<string, number>();
  const previousPathOf = new Map<string, string>();
  for (const [rel, e] of previous) if (!e.conflictCopy) previousPathOf.set(e.item, rel);

  let done = 0;
  for (const file of plan) {
    if (options.isCancelled?.()) {
      summary.cancelled = true;
      break;
    }
    options.onProgress?.({ done, total: plan.length, path: file.path });
    await exportFile(root, file, previous, next, planned, summary, renames, previousPathOf);
    const ino = await inodeOf(resolveInside(root, file.path));
    if (ino !== null) inodes.set(nameKey(file.path), ino);
    done++;
  }
  options.onProgress?.({ done, total: plan.length });

  if (summary.cancelled) {
    // Keep the old entries too: their files are still ours, and the next run will tidy them.
    const merged: ManifestFiles = new Map([...previous, ...next]);
    await syncExportFolders(root);
    await writeManifest(root, merged, options.now ?? new Date());
    return summary;
  }

  for (const [rel, entry] of previous) {
    if (next.has(rel)) continue;
    const abs = resolveInside(root, rel);
    const sameAs = inodes.get(nameKey(rel));
    if (sameAs !== undefined) {
      // Only the case changed, on a file system that ignores case: it is the file just written.
      const now = await inspect(abs);
      if (now.kind === 'file' && now.ino === sameAs) continue;
    }
    const outcome = await removeIfUnchanged(abs, entry.hash);
    const to = renames.get(rel);
    if (outcome === 'removed') {
      if (to !== undefined) {
        summary.renamed.push({ from: rel, to });
        summary.written = summary.written.filter((w) => w !== to);
      } else summary.removed.push(rel);
    } else if (outcome === 'edited') {
      summary.conflicts.push({
        path: rel,
        reason: to !== undefined ? `was changed since the last export; its item is now “${to}”, so this file was kept as it is` : 'was changed since the last export and its item is no longer exported, so it was kept as it is',
      });
    }
  }
  await syncExportFolders(root);
  await writeManifest(root, next, options.now ?? new Date());
  return summary;
}

/** Makes this run's renames and removals durable, once per folder, before the manifest records them. */
async function syncExportFolders(root: string): Promise<void> {
  for (const dir of EXPORT_DIRS) await syncFolder(path.join(root, dir));
}

async function exportFile(
  root: string,
  file: PlannedFile,
  previous: ManifestFiles,
  next: ManifestFiles,
  planned: Set<string>,
  summary: ExportSummary,
  renames: Map<string, string>,
  previousPathOf: Map<string, string>,
): Promise<void> {
  const content = file.content();
  const hash = hashOf(content);
  const abs = resolveInside(root, file.path);
  const existing = await inspect(abs);
  const entry: ManifestEntry = { item: file.item, hash };
  if (existing.kind === 'file' && existing.hash === hash) {
    summary.unchanged++;
    next.set(file.path, entry);
    return;
  }
  // Looked up ignoring case too: on macOS and Windows a title's change of case finds the old file here.
  // The hash must still match, so on a case-sensitive disk another file is never taken for ours.
  const old = previous.get(file.path) ?? previousByKey(previous, file.path);
  const ours = existing.kind === 'file' && old?.hash === existing.hash;
  if (existing.kind === 'missing' || ours) {
    await writeAtomic(abs, content, { syncDir: false });
    next.set(file.path, entry);
    summary.written.push(file.path);
    const before = previousPathOf.get(file.item);
    if (before !== undefined && before !== file.path) renames.set(before, file.path);
    return;
  }
  // Not ours to overwrite: keep it (and, if we wrote it once, keep knowing it was ours).
  if (old && existing.kind === 'file') next.set(file.path, old);
  const copy = await conflictCopyPath(root, file.path, hash, previous, planned);
  if (copy === null) {
    summary.conflicts.push({ path: file.path, reason: `${describe(existing, old !== undefined)}; no free name was found for the new version` });
    return;
  }
  const copyAbs = resolveInside(root, copy.path);
  if (!copy.same) await writeAtomic(copyAbs, content, { syncDir: false });
  next.set(copy.path, { ...entry, conflictCopy: true });
  summary.conflicts.push({ path: file.path, copy: copy.path, reason: `${describe(existing, old !== undefined)}, so it was kept and the new version was written beside it` });
}

const byKeyCache = new WeakMap<ManifestFiles, Map<string, ManifestEntry>>();

function previousByKey(previous: ManifestFiles, rel: string): ManifestEntry | undefined {
  let byKey = byKeyCache.get(previous);
  if (!byKey) {
    byKey = new Map([...previous].map(([p, e]) => [nameKey(p), e]));
    byKeyCache.set(previous, byKey);
  }
  return byKey.get(nameKey(rel));
}

/** `Notes/X (Commonplace).md`, `… (Commonplace 2).md`…: the first that is free, ours and untouched, or already right. */
async function conflictCopyPath(
  root: string,
  rel: string,
  hash: string,
  previous: ManifestFiles,
  planned: Set<string>,
): Promise<{ path: string; same: boolean } | null> {
  const stem = rel.slice(0, -'.md'.length);
  for (let n = 1; n <= 100; n++) {
    const candidate = `${stem} (${COPY_TAG}${n === 1 ? '' : ` ${n}`}).md`;
    if (planned.has(nameKey(candidate))) continue;
    const existing = await inspect(resolveInside(root, candidate));
    if (existing.kind === 'missing') return { path: candidate, same: false };
    if (existing.kind !== 'file') continue;
    if (existing.hash === hash) return { path: candidate, same: true };
    if (previous.get(candidate)?.hash === existing.hash) return { path: candidate, same: false };
  }
  return null;
}
