/**
 * The export's journal, `.commonplace-export.journal` beside the manifest: one JSON line per file
 * (`{"path": "Articles/x.md", "item": "article:3", "hash": "…", "source": "…"}`), appended and
 * fsynced *before* the file's temp is renamed over its final name. The manifest is written only at
 * the end of a run, so without it a run killed halfway would leave files whose bytes the manifest
 * does not know: the next run would take them for the user's edits, keep them for ever and write
 * "(Commonplace)" copies beside them.
 *
 * A line says "this path may now hold these bytes, and they are ours". The next run folds the
 * journal into the manifest it read (`foldJournal`), checking each path on disk: where the file
 * holds a journalled hash, that entry is adopted; where it does not (killed between the line and
 * the rename), the manifest's entry stands. So the order of line and rename never matters, a line
 * torn by the kill is ignored, and folding twice changes nothing. Once folded, the run writes the
 * manifest and deletes the journal; it starts its own on its first file, and its final manifest
 * write deletes it again.
 *
 * Lines are committed in groups: the files in flight at once (run.ts) share one append and one
 * fsync, as concurrent fsyncs of the files themselves are shared by the file system.
 */
import { constants } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors';
import { hashFile, look, resolveInside, syncFolder } from './disk';
import { parseEntry, type ManifestEntry, type ManifestFiles } from './manifest';

export const JOURNAL_NAME = '.commonplace-export.journal';

interface Waiting {
  line: string;
  resolve: () => void;
  reject: (error: unknown) => void;
}

export class Journal {
  private handle: fs.FileHandle | null = null;
  private waiting: Waiting[] = [];
  private flushing: Promise<void> = Promise.resolve();
  /** Set and cleared synchronously with the flush loop's own test, so no line can wait with no flush coming. */
  private busy = false;

  constructor(private readonly root: string) {}

  /** Resolves once the line saying that `rel` holds `entry`'s bytes is on the disk. */
  record(rel: string, entry: ManifestEntry): Promise<void> {
    const { stat: _stat, ...recorded } = entry;
    return new Promise((resolve, reject) => {
      this.waiting.push({ line: `${JSON.stringify({ path: rel, ...recorded })}\n`, resolve, reject });
      if (!this.busy) {
        this.busy = true;
        this.flushing = this.flush();
      }
    });
  }

  private async flush(): Promise<void> {
    try {
      while (this.waiting.length > 0) {
        const group = this.waiting.splice(0);
        try {
          if (!this.handle) {
            // O_EXCL: the run removed any journal before starting, so this never opens a file or a link planted here.
            this.handle = await fs.open(journalPath(this.root), constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_APPEND, 0o644);
            await syncFolder(this.root);
          }
          await this.handle.writeFile(group.map((w) => w.line).join(''), 'utf8');
          await this.handle.sync();
          for (const w of group) w.resolve();
        } catch (error) {
          for (const w of group) w.reject(error);
        }
      }
    } finally {
      this.busy = false;
    }
  }

  async close(): Promise<void> {
    await this.flushing;
    await this.handle?.close();
    this.handle = null;
  }

  /** Closes and deletes the journal: call only once a manifest recording all it says is on disk. */
  async remove(): Promise<void> {
    await this.close();
    await removeJournal(this.root);
  }
}

const journalPath = (root: string) => path.join(root, JOURNAL_NAME);

export async function removeJournal(root: string): Promise<void> {
  await fs.rm(journalPath(root), { force: true });
}

/** The journal's valid lines in order; null if there is no journal. A torn or foreign line is skipped. */
export async function readJournal(root: string): Promise<{ path: string; entry: ManifestEntry }[] | null> {
  const abs = journalPath(root);
  const present = await look(abs);
  if (present.kind === 'missing') return null;
  if (present.kind !== 'file') throw new AppError('refused', `The export journal ${JOURNAL_NAME} is ${present.what}. Remove it, or choose another folder.`);
  const lines: { path: string; entry: ManifestEntry }[] = [];
  const handle = await fs.open(abs, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  let text: string;
  try {
    text = await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      continue;
    }
    const rel = (raw as { path?: unknown } | null)?.path;
    if (typeof rel !== 'string') continue;
    const entry = parseEntry(rel, raw);
    // A journalled entry never carries a stat: the file is hashed the next time it is looked at.
    if (entry) lines.push({ path: rel, entry: { item: entry.item, hash: entry.hash, ...(entry.conflictCopy ? { conflictCopy: true } : {}), ...(entry.source ? { source: entry.source } : {}) } });
  }
  return lines;
}

/**
 * The manifest's files with the journal's adopted: for each journalled path, the latest line whose
 * hash is what the file holds now replaces the manifest's entry; if none matches (the rename never
 * happened, or the file is gone), the manifest's entry stays as it was.
 */
export async function foldJournal(root: string, files: ManifestFiles, lines: readonly { path: string; entry: ManifestEntry }[]): Promise<ManifestFiles> {
  const byPath = new Map<string, ManifestEntry[]>();
  for (const { path: rel, entry } of lines) byPath.set(rel, [...(byPath.get(rel) ?? []), entry]);
  const folded: ManifestFiles = new Map(files);
  for (const [rel, entries] of byPath) {
    const abs = resolveInside(root, rel);
    if ((await look(abs)).kind !== 'file') continue;
    const onDisk = await hashFile(abs);
    const match = [...entries].reverse().find((e) => e.hash === onDisk);
    if (match) folded.set(rel, match);
  }
  return folded;
}
