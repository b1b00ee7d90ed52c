/**
 * The export's manifest, `.commonplace-export.json` in the export folder: which files this
 * exporter wrote, for which item, and the SHA-256 of exactly what it wrote. A file whose hash
 * on disk differs was edited by the user since; a file not listed was never ours. Both are left
 * alone. The manifest is read as untrusted input: entries naming anything but a plain
 * `Notes/<name>.md` or `Articles/<name>.md` are ignored.
 *
 *     { "format": "commonplace-export", "version": 1, "exportedAt": "2026-…Z",
 *       "files": { "Notes/Cold War parallels.md": { "item": "note:12", "hash": "9f2c…" },
 *                  "Notes/Cold War parallels (Commonplace).md": { "item": "note:12", "hash": "…", "conflictCopy": true } } }
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors';
import { inspect, writeAtomic } from './disk';
import { isExportPath } from './file-names';

export const MANIFEST_NAME = '.commonplace-export.json';

export interface ManifestEntry {
  item: string;
  hash: string;
  /** The new version written beside a file the user had edited. */
  conflictCopy?: boolean;
}

export type ManifestFiles = Map<string, ManifestEntry>;

export async function readManifest(root: string): Promise<ManifestFiles> {
  const abs = path.join(root, MANIFEST_NAME);
  const existing = await inspect(abs);
  if (existing.kind === 'missing') return new Map();
  if (existing.kind === 'other') throw new AppError('refused', `The export manifest ${MANIFEST_NAME} is ${existing.what}. Remove it, or choose another folder.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(await fs.readFile(abs, 'utf8'));
  } catch {
    throw new AppError('refused', `The export manifest ${MANIFEST_NAME} in this folder is damaged, so Commonplace cannot tell which files it wrote. Move it away and export again (files of the same name will be kept, with the new versions written beside them).`);
  }
  const files: ManifestFiles = new Map();
  const raw = (parsed as { files?: unknown }).files;
  if (typeof raw !== 'object' || raw === null) return files;
  for (const [rel, entry] of Object.entries(raw as Record<string, unknown>)) {
    const e = entry as Partial<ManifestEntry> | null;
    if (!isExportPath(rel) || typeof e?.item !== 'string' || typeof e.hash !== 'string' || !/^[0-9a-f]{64}$/.test(e.hash)) continue;
    files.set(rel, e.conflictCopy === true ? { item: e.item, hash: e.hash, conflictCopy: true } : { item: e.item, hash: e.hash });
  }
  return files;
}

export async function writeManifest(root: string, files: ManifestFiles, now: Date): Promise<void> {
  const sorted = Object.fromEntries([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const body = { format: 'commonplace-export', version: 1, exportedAt: now.toISOString(), files: sorted };
  await writeAtomic(path.join(root, MANIFEST_NAME), `${JSON.stringify(body, null, 2)}\n`);
}
