/**
 * Exports the library into a folder, safely and repeatably. Each planned file is compared with
 * what is on disk and with the manifest of the last export:
 * - the same bytes are already there → unchanged (nothing written);
 * - nothing there, or the file is still exactly what we last wrote → written (atomically);
 * - anything else (the user edited it, a file we never wrote, a link) → left alone, the new
 *   version written beside it as `<name> (Commonplace).md`, and reported as a conflict.
 * Then files we wrote before whose items are gone or renamed are removed, if still untouched.
 * The manifest is written last, so an export interrupted at any point is finished by running it
 * again; a cancelled export records what it did write, so the next run knows those files, and a
 * killed one has journalled each file before renaming it into place (journal.ts), so the next run
 * adopts them instead of taking them for the user's edits. One export at a time per folder (lock.ts).
 *
 * Speed without giving any of that up: a file the manifest recorded with the same size, mtime,
 * ctime and inode is known without being read (manifest.ts, `unchangedOnDisk`); every other file is
 * hashed. If its item's source (plan.ts: everything its content is made from) is also as recorded,
 * it is not even rendered. Several files are in flight at once, so one file's fsync overlaps the next files'
 * rendering and the file system commits concurrent fsyncs together; summaries keep plan order.
 * Crash safety (see disk.ts `writeAtomic`): every file is complete under its final name or not
 * there at all; folders are fsynced once before the manifest names what was renamed into them;
 * the temp files a crash leaves behind are removed by the next run, which holds the folder's lock.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../../../db/open';
import { AppError } from '../errors';
import { ensureFolder, hashFile, hashOf, inspect, look, removeIfUnchanged, removeLeftoverTemps, resolveInside, syncFolder, writeAtomic, type Present } from './disk';
import { exportDiskError } from './disk-errors';
import { EXPORT_DIRS, nameKey } from './file-names';
import { foldJournal, Journal, readJournal, removeJournal } from './journal';
import { lockExportFolder } from './lock';
import { readManifest, unchangedOnDisk, writeManifest, type ManifestEntry, type ManifestFiles } from './manifest';
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
  /** Filled in as the export goes: how many files it rendered, and how many on disk it had to read (for tests and the benchmark). */
  stats?: { hashed: number; rendered: number };
}

const COPY_TAG = 'Commonplace';
/** Files in flight at once: enough to overlap fsyncs, few enough to keep memory flat. */
const IN_FLIGHT = 8;

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

const describe = (e: Present, ours: boolean) =>
  e.kind === 'other' ? `is ${e.what}, which Commonplace never writes through` : ours ? 'was changed since the last export' : 'was not written by Commonplace';

/** What one file's export did, merged into the summary in plan order. */
interface FileOutcome {
  written?: string;
  unchanged?: boolean;
  conflict?: ExportConflict;
}

interface Run {
  root: string;
  previous: ManifestFiles;
  previousWrittenMs: number;
  next: ManifestFiles;
  planned: Set<string>;
  renames: Map<string, string>;
  previousPathOf: Map<string, string>;
  inodes: Map<string, number>;
  stats: { hashed: number; rendered: number };
  journal: Journal;
}

export async function runExport(db: Db, folder: string, options: RunExportOptions = {}): Promise<ExportSummary> {
  try {
    return await exportInto(db, folder, options);
  } catch (error) {
    throw exportDiskError(error, folder);
  }
}

async function exportInto(db: Db, folder: string, options: RunExportOptions): Promise<ExportSummary> {
  const root = await prepareRoot(folder);
  const lock = await lockExportFolder(root, folder);
  const journal = new Journal(root);
  try {
    return await exportLocked(db, root, options, journal);
  } finally {
    await journal.close();
    await lock.release();
  }
}

/**
 * What an interrupted run left, put right before anything else: its temp files removed (the lock
 * says no other export is about to rename one), and its journal folded into the manifest, so the
 * files it renamed into place are known to be ours.
 */
async function recover(root: string, now: Date) {
  for (const dir of ['.', ...EXPORT_DIRS]) await removeLeftoverTemps(path.join(root, dir));
  const manifest = await readManifest(root);
  const journalled = await readJournal(root);
  if (journalled === null) return manifest;
  const files = await foldJournal(root, manifest.files, journalled);
  await writeManifest(root, files, now);
  await removeJournal(root);
  // The old manifest's time still dates the stats it recorded (manifest.ts, `unchangedOnDisk`).
  return { files, writtenMs: manifest.writtenMs };
}

async function exportLocked(db: Db, root: string, options: RunExportOptions, journal: Journal): Promise<ExportSummary> {
  const manifest = await recover(root, options.now ?? new Date());
  const previous = manifest.files;
  const plan = planExport(db, options);
  const summary: ExportSummary = { folder: root, written: [], renamed: [], unchanged: 0, removed: [], conflicts: [], total: plan.length, cancelled: false };
  const run: Run = {
    root,
    previous,
    previousWrittenMs: manifest.writtenMs,
    next: new Map(),
    planned: new Set(plan.map((f) => nameKey(f.path))),
    renames: new Map(),
    previousPathOf: new Map(),
    inodes: new Map(),
    stats: options.stats ?? { hashed: 0, rendered: 0 },
    journal,
  };
  for (const [rel, e] of previous) if (!e.conflictCopy) run.previousPathOf.set(e.item, rel);

  const outcomes: (FileOutcome | undefined)[] = new Array(plan.length);
  let started = 0;
  let done = 0;
  let failure: unknown = null;
  options.onProgress?.({ done: 0, total: plan.length, ...(plan[0] ? { path: plan[0].path } : {}) });
  const worker = async () => {
    while (failure === null && started < plan.length) {
      if (options.isCancelled?.()) {
        summary.cancelled = true;
        return;
      }
      const index = started++;
      const file = plan[index]!;
      try {
        outcomes[index] = await exportFile(run, file);
      } catch (error) {
        failure ??= error;
        return;
      }
      done++;
      options.onProgress?.({ done, total: plan.length, path: file.path });
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, Math.max(1, plan.length)) }, worker));

  for (const outcome of outcomes) {
    if (!outcome) continue;
    if (outcome.written !== undefined) summary.written.push(outcome.written);
    if (outcome.unchanged) summary.unchanged++;
    if (outcome.conflict) summary.conflicts.push(outcome.conflict);
  }

  if (summary.cancelled || failure !== null) {
    // Keep the old entries too: their files are still ours, and the next run will tidy them.
    // After a failure too, so that what was written is known to be ours when the export is retried.
    const merged: ManifestFiles = new Map([...previous, ...run.next]);
    await syncExportFolders(root);
    if (failure !== null) {
      // If even the manifest cannot be written, the journal stays: the next run folds it in.
      await writeManifest(root, merged, options.now ?? new Date())
        .then(() => journal.remove())
        .catch(() => undefined);
      throw failure;
    }
    await writeManifest(root, merged, options.now ?? new Date());
    await journal.remove();
    return summary;
  }

  for (const [rel, entry] of previous) {
    if (run.next.has(rel)) continue;
    const abs = resolveInside(root, rel);
    const sameAs = run.inodes.get(nameKey(rel));
    if (sameAs !== undefined) {
      // Only the case changed, on a file system that ignores case: it is the file just written.
      const now = await inspect(abs);
      if (now.kind === 'file' && now.ino === sameAs) continue;
    }
    const outcome = await removeIfUnchanged(abs, entry.hash);
    const to = run.renames.get(rel);
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
  await writeManifest(root, run.next, options.now ?? new Date());
  await journal.remove();
  return summary;
}

/** Makes this run's renames and removals durable, once per folder, before the manifest records them. */
async function syncExportFolders(root: string): Promise<void> {
  for (const dir of EXPORT_DIRS) await syncFolder(path.join(root, dir));
}

/** The hash of what is on disk: from the manifest when lstat shows the recorded file untouched, else read. */
async function diskHash(run: Run, abs: string, present: Present & { kind: 'file' }, recorded: ManifestEntry | undefined): Promise<string | null> {
  if (unchangedOnDisk(recorded, present.stat, run.previousWrittenMs)) return recorded!.hash;
  run.stats.hashed++;
  return hashFile(abs);
}

async function exportFile(run: Run, file: PlannedFile): Promise<FileOutcome> {
  const { root, previous, next } = run;
  const source = file.source();
  const abs = resolveInside(root, file.path);
  const present = await look(abs);
  const recorded = previous.get(file.path);
  if (
    present.kind === 'file' &&
    recorded !== undefined &&
    !recorded.conflictCopy &&
    recorded.item === file.item &&
    recorded.source === source &&
    unchangedOnDisk(recorded, present.stat, run.previousWrittenMs)
  ) {
    // Rendered from the same source into a file nobody touched since: it already holds these bytes.
    next.set(file.path, recorded);
    run.inodes.set(nameKey(file.path), present.stat.ino);
    return { unchanged: true };
  }
  const content = file.content();
  run.stats.rendered++;
  // Read again at once (nothing can change between two synchronous reads): if the library changed
  // while this file waited on the disk, the content may be newer than `source`, so none is recorded.
  const sameSource = file.source() === source;
  const hash = hashOf(content);
  // Looked up ignoring case too: on macOS and Windows a title's change of case finds the old file here.
  // The hash must still match, so on a case-sensitive disk another file is never taken for ours.
  const old = recorded ?? previousByKey(previous, file.path);
  const onDisk = present.kind === 'file' ? await diskHash(run, abs, present, recorded) : null;
  const entry: ManifestEntry = sameSource ? { item: file.item, hash, source } : { item: file.item, hash };
  if (present.kind === 'file' && onDisk === hash) {
    next.set(file.path, { ...entry, stat: present.stat });
    run.inodes.set(nameKey(file.path), present.stat.ino);
    return { unchanged: true };
  }
  const ours = onDisk !== null && old?.hash === onDisk;
  if (present.kind === 'missing' || ours) {
    const stat = await writeAtomic(abs, content, { syncDir: false, beforeRename: () => run.journal.record(file.path, entry) });
    next.set(file.path, { ...entry, stat });
    run.inodes.set(nameKey(file.path), stat.ino);
    const before = run.previousPathOf.get(file.item);
    if (before !== undefined && before !== file.path) run.renames.set(before, file.path);
    return { written: file.path };
  }
  // Not ours to overwrite: keep it (and, if we wrote it once, keep knowing it was ours).
  if (old && present.kind === 'file') next.set(file.path, { item: old.item, hash: old.hash, ...(old.conflictCopy ? { conflictCopy: true } : {}) });
  if (present.kind === 'file') run.inodes.set(nameKey(file.path), present.stat.ino);
  const copy = await conflictCopyPath(root, file.path, hash, previous, run.planned);
  if (copy === null) {
    return { conflict: { path: file.path, reason: `${describe(present, old !== undefined)}; no free name was found for the new version` } };
  }
  const copyAbs = resolveInside(root, copy.path);
  const copyEntry: ManifestEntry = { item: file.item, hash, conflictCopy: true };
  const copyStat = copy.same ? undefined : await writeAtomic(copyAbs, content, { syncDir: false, beforeRename: () => run.journal.record(copy.path, copyEntry) });
  next.set(copy.path, { ...copyEntry, ...(copyStat ? { stat: copyStat } : {}) });
  return { conflict: { path: file.path, copy: copy.path, reason: `${describe(present, old !== undefined)}, so it was kept and the new version was written beside it` } };
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
