import { closeSync, fsyncSync, openSync } from 'node:fs';

/** Flushes a file's bytes to the disk before it is renamed or linked into place, so a crash never leaves a name on a half-written file. */
export function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
