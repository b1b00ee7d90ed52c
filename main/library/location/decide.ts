/**
 * Whether a path may become the library (issue 11: open another, create a new one, move this
 * one), decided from facts gathered about the file system beforehand. Pure, so every refusal is
 * unit-tested (tests/unit/library-location.test.ts); `target.ts` gathers the facts and acts.
 * Each refusal says what was wrong and what to do, and nothing has been written when it comes.
 */
import type { LibraryAction } from '../../contract/library-location';

export interface TargetFacts {
  action: LibraryAction;
  /** The path as typed or chosen. */
  typed: string;
  /** Whether it is absolute (a typed relative path would depend on where the host was started). */
  absolute: boolean;
  /** The path resolved and normalised (equal to `typed` up to `..`, doubled separators and the like). */
  file: string;
  /** The open library's file; null for a library held in memory. */
  current: string | null;
  /** Whether file names differ only by case here (macOS, Windows): a target equal but for case is the same file. */
  caseInsensitive: boolean;
  target: { exists: boolean; isFile: boolean };
  /** The folder the target would be in. */
  folder: { path: string; exists: boolean; isDirectory: boolean; writable: boolean };
}

export type TargetDecision = { kind: 'ok'; action: LibraryAction; file: string } | { kind: 'refuse'; message: string };

/** Files Commonplace keeps beside a library, which are never a library themselves. */
const COMPANION_SUFFIXES = ['-wal', '-shm', '-journal', '.damaged', '.before-restore', '.restore-pending.json', '.settings.json', '.commonplace-move-tmp', '.commonplace-backup-tmp'];

const refuse = (message: string): TargetDecision => ({ kind: 'refuse', message });

export function decideLibraryTarget(f: TargetFacts): TargetDecision {
  if (!f.absolute) return refuse(`“${f.typed}” is not a full path. Type the library file's whole path, from the top of the disk (for example /home/you/Notes/research.commonplace).`);
  const lower = f.file.toLowerCase();
  const companion = COMPANION_SUFFIXES.find((suffix) => lower.endsWith(suffix));
  if (companion) return refuse(`${f.file} is one of the files Commonplace keeps beside a library (“${companion}”), not a library. Choose the library file itself, or another name.`);
  const same = f.current !== null && (f.caseInsensitive ? f.current.toLowerCase() === lower : f.current === f.file);
  if (same) return refuse(`${f.file} is the library already open. ${f.action === 'move' ? 'Choose another place to move it to.' : 'Choose another file.'}`);
  if (f.action === 'move' && f.current === null) return refuse('This library is held in memory only, so there is no file to move. Nothing was changed.');

  if (f.action === 'open') {
    if (!f.target.exists) return refuse(`There is no file at ${f.file}. Check the path, or use “Create a new library” to start one there.`);
    if (!f.target.isFile) return refuse(`${f.file} is a folder, not a library file. Choose the .commonplace file inside it.`);
    return { kind: 'ok', action: 'open', file: f.file };
  }

  // Create and move write a new file: never over anything that is there.
  if (f.target.exists) {
    return refuse(
      `Something is already at ${f.file}, and Commonplace never writes over a file. Choose a new name${f.target.isFile && f.action === 'create' ? ', or use “Open another library” if it is one' : ''}.`,
    );
  }
  if (!f.folder.exists) return refuse(`The folder ${f.folder.path} does not exist. Create it first, or choose another folder. Nothing was changed.`);
  if (!f.folder.isDirectory) return refuse(`${f.folder.path} is a file, not a folder. Choose a folder for the library. Nothing was changed.`);
  if (!f.folder.writable) return refuse(`The folder ${f.folder.path} cannot be written to (it is read-only, or not yours). Choose another folder. Nothing was changed.`);
  return { kind: 'ok', action: f.action, file: f.file };
}

/** What a file about to be opened as a library was found to be (read-only, before switching). */
export type LibraryFileVerdict =
  | { kind: 'library'; articles: number; notes: number }
  | { kind: 'not-sqlite' }
  | { kind: 'damaged'; integrity: string[] }
  | { kind: 'not-ours' }
  | { kind: 'too-new'; version: number };

/** Whether a file may be opened (or a moved copy trusted) as a library of this version; the refusal otherwise. */
export function judgeLibraryFile(file: string, verdict: LibraryFileVerdict, latestVersion: number, action: LibraryAction): TargetDecision | null {
  const after = action === 'move' ? ' Your library was not moved: it stays where it was.' : ' Your library was not changed.';
  switch (verdict.kind) {
    case 'library':
      return null;
    case 'not-sqlite':
      return refuse(`${file} is not a Commonplace library (it is not a SQLite database).${after}`);
    case 'damaged':
      return refuse(`${file} is damaged (integrity check: ${verdict.integrity.slice(0, 3).join('; ')}).${after}`);
    case 'not-ours':
      return refuse(`${file} is a SQLite database, but not a Commonplace library.${after}`);
    case 'too-new':
      return refuse(`${file} was made by a newer version of Commonplace (format ${verdict.version}; this version reads up to ${latestVersion}). Update Commonplace to open it.${after}`);
  }
}
