/**
 * Turns what the user picked (paths to files or folders, or uploaded bytes) into a flat list of
 * files to import, and reads each one's bytes. Reading is per file and lazy, so a batch of
 * thousands never holds them all in memory, and a file that cannot be read is refused alone.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ImportSource } from '../../contract';
import { ImportRefusal } from '../errors';
import { MAX_FILE_BYTES } from './limits';

export interface PendingFile {
  /** What the user sees in progress and results: a path, or an uploaded file's name. */
  label: string;
  name: string;
  read(): Uint8Array;
}

export function expandSources(sources: readonly ImportSource[]): PendingFile[] {
  const files: PendingFile[] = [];
  for (const source of sources) {
    if (source.kind === 'upload') files.push(uploaded(source.name, source.base64));
    else expandPath(path.resolve(source.path), files);
  }
  return files;
}

function uploaded(name: string, base64: string): PendingFile {
  const base = path.basename(name.replaceAll('\\', '/'));
  return {
    label: base,
    name: base,
    read() {
      // base64 is 4/3 the size of the bytes; refuse before decoding a huge payload.
      if ((base64.length * 3) / 4 > MAX_FILE_BYTES + 3) throw tooLarge();
      return Buffer.from(base64, 'base64');
    },
  };
}

function expandPath(full: string, into: PendingFile[]): void {
  let isDirectory = false;
  try {
    isDirectory = statSync(full).isDirectory();
  } catch {
    // Reported when read() runs, with the file's own error.
  }
  if (!isDirectory) {
    into.push(onDisk(full));
    return;
  }
  let entries: string[];
  try {
    entries = readdirSync(full).sort((a, b) => a.localeCompare(b));
  } catch (error) {
    into.push({ label: full, name: path.basename(full), read: () => { throw unreadable(error); } });
    return;
  }
  for (const entry of entries) {
    // Hidden files (.DS_Store, .git) are never articles.
    if (entry.startsWith('.')) continue;
    expandPath(path.join(full, entry), into);
  }
}

function onDisk(full: string): PendingFile {
  return {
    label: full,
    name: path.basename(full),
    read() {
      let size: number;
      try {
        size = statSync(full).size;
      } catch (error) {
        throw unreadable(error);
      }
      if (size > MAX_FILE_BYTES) throw tooLarge();
      try {
        return readFileSync(full);
      } catch (error) {
        throw unreadable(error);
      }
    },
  };
}

function tooLarge(): ImportRefusal {
  const mb = Math.round(MAX_FILE_BYTES / (1024 * 1024));
  return new ImportRefusal(`The file is larger than ${mb} MB, the most Commonplace imports. Split it into smaller files.`);
}

function unreadable(error: unknown): ImportRefusal {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const why =
    code === 'ENOENT'
      ? 'it does not exist (was it moved or deleted?)'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission was denied; check the file’s permissions'
        : code === 'EISDIR'
          ? 'it is a folder'
          : `the system said: ${error instanceof Error ? error.message : String(error)}`;
  return new ImportRefusal(`The file could not be read: ${why}.`);
}
