/**
 * From what the user picked or dropped to what `import.run` takes: folders walked, files the
 * importer cannot read left out (and counted), each file sent by path when the host can read
 * it in place (Electron) and as bytes otherwise (the browser host), in batches small enough
 * for one request each.
 */
import type { ImportSource } from '../../main/contract';
import { api } from '../api';

/** What the importers accept; the file picker offers these and folders are filtered by them. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.pdf', '.csv', '.json', '.zip', '.epub'] as const;
export const ACCEPT = ARTICLE_EXTENSIONS.join(',');

/**
 * Uploads travel base64 in JSON and the browser host caps a request at 100 MB, so one batch
 * carries at most this many bytes of files, and a single file over the cap is refused here
 * rather than read into memory. (The importer's own, smaller limit gives its own message.)
 */
const BATCH_BYTES = 16 * 1024 * 1024;
const UPLOAD_LIMIT_BYTES = 70 * 1024 * 1024;

export type Planned = { kind: 'path'; name: string; path: string } | { kind: 'upload'; name: string; file: File };

export interface Selection {
  planned: Planned[];
  /** Files inside chosen folders that are not articles (images, e-books…), shown in the result. */
  skipped: string[];
  /** Files refused before sending, with the reason. */
  refused: { file: string; reason: string }[];
}

export function isArticleFile(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

const isHidden = (name: string) => name.startsWith('.');

/**
 * Files chosen one by one are all sent, so the importer can say why it refuses one; files
 * found inside a folder are only sent when they look like articles.
 */
export function plan(files: readonly { file: File; inFolder: boolean; label: string }[]): Selection {
  const selection: Selection = { planned: [], skipped: [], refused: [] };
  for (const { file, inFolder, label } of files) {
    // Hidden files and everything inside hidden folders (.git, .obsidian) are never articles.
    if (inFolder && label.split('/').some(isHidden)) continue;
    if (inFolder && !isArticleFile(file.name)) {
      selection.skipped.push(label);
      continue;
    }
    const path = api.pathForFile(file);
    if (path) selection.planned.push({ kind: 'path', name: label, path });
    else if (file.size > UPLOAD_LIMIT_BYTES) selection.refused.push({ file: label, reason: 'This file is far larger than any article (over 70 MB). Check that it is the file you meant to import.' });
    else selection.planned.push({ kind: 'upload', name: label, file });
  }
  return selection;
}

/** Files from an <input type="file"> (with `webkitdirectory`, every file of a folder). */
export function fromInput(list: FileList, folder: boolean): Selection {
  return plan([...list].map((file) => ({ file, inFolder: folder, label: folder && file.webkitRelativePath ? file.webkitRelativePath : file.name })));
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walk(entry: FileSystemEntry, into: { file: File; inFolder: boolean; label: string }[], inFolder: boolean): Promise<void> {
  const label = entry.fullPath.replace(/^\//, '') || entry.name;
  if (entry.isFile) {
    into.push({ file: await entryFile(entry as FileSystemFileEntry), inFolder, label });
    return;
  }
  if (!entry.isDirectory || isHidden(entry.name)) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries hands out a directory's entries in chunks until it returns none.
  for (let chunk = await readEntries(reader); chunk.length > 0; chunk = await readEntries(reader)) {
    for (const child of chunk) await walk(child, into, true);
  }
}

/**
 * Must be called during the drop event itself: the browser empties the DataTransfer as soon as
 * the handler returns, so the entries are taken synchronously and walked afterwards.
 */
export function fromDrop(transfer: DataTransfer): Promise<Selection> {
  const entries = [...transfer.items].filter((item) => item.kind === 'file').map((item) => item.webkitGetAsEntry());
  const plainFiles = [...transfer.files];
  return (async () => {
    const found: { file: File; inFolder: boolean; label: string }[] = [];
    if (entries.length > 0 && entries.every((entry) => entry !== null)) {
      for (const entry of entries) if (entry) await walk(entry, found, false);
    } else {
      for (const file of plainFiles) found.push({ file, inFolder: false, label: file.name });
    }
    return plan(found);
  })();
}

function base64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}.`));
    reader.readAsDataURL(file);
  });
}

export async function toSource(item: Planned): Promise<ImportSource> {
  if (item.kind === 'path') return { kind: 'path', path: item.path };
  return { kind: 'upload', name: item.name, base64: await base64(item.file) };
}

/** Paths in one batch (the Node side reads them itself); uploads by size. */
export function batches(planned: readonly Planned[]): Planned[][] {
  const paths = planned.filter((p) => p.kind === 'path');
  const out: Planned[][] = paths.length > 0 ? [paths] : [];
  let current: Planned[] = [];
  let bytes = 0;
  for (const item of planned) {
    if (item.kind !== 'upload') continue;
    if (current.length > 0 && bytes + item.file.size > BATCH_BYTES) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += item.file.size;
  }
  if (current.length > 0) out.push(current);
  return out;
}
