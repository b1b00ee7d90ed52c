/**
 * Which library to open at the next start, when the user chose one in Settings: a small JSON
 * file in the folder the host keeps its settings in (`library-location.json` in the user data
 * folder). Read leniently: a missing, damaged or odd file means the default library.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const REMEMBERED_LIBRARY_FILE = 'library-location.json';

export function rememberedLibraryFile(settingsDir: string): string {
  return path.join(settingsDir, REMEMBERED_LIBRARY_FILE);
}

/** The library chosen last, or null (never chosen, or the file unreadable). */
export function readRememberedLibrary(settingsDir: string): string | null {
  try {
    const raw = JSON.parse(readFileSync(rememberedLibraryFile(settingsDir), 'utf8')) as unknown;
    const file = typeof raw === 'object' && raw !== null ? (raw as { library?: unknown }).library : null;
    return typeof file === 'string' && path.isAbsolute(file) ? file : null;
  } catch {
    return null;
  }
}

/** Written whole and then renamed, so a crash leaves the old choice or the new, never half of one. */
export function rememberLibrary(settingsDir: string, file: string): void {
  mkdirSync(settingsDir, { recursive: true });
  const target = rememberedLibraryFile(settingsDir);
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify({ library: file }, null, 2)}\n`);
  renameSync(temp, target);
}

/**
 * The library a host opens at start when it was not told one: the one chosen last in Settings
 * while it still exists (a file moved or deleted since is not silently made anew), else `fallback`.
 */
export function libraryAtStart(settingsDir: string, fallback: string): string {
  const remembered = readRememberedLibrary(settingsDir);
  return remembered !== null && existsSync(remembered) ? remembered : fallback;
}
