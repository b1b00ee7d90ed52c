/**
 * The file-system side of changing where the library is: gathering the facts `decide.ts`
 * judges, reading a file about to be opened without writing to it, and the verified copy a move
 * makes. The session (main/hosts/library-session.ts) closes and opens libraries; this never does.
 */
import { accessSync, constants, copyFileSync, existsSync, linkSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { countLibrary, inspectLibraryFile, vacuumInto } from '../../../db/backup';
import { LATEST_VERSION } from '../../../db/migrations';
import type { Db } from '../../../db/open';
import type { LibraryAction } from '../../contract/library-location';
import { AppError } from '../errors';
import { fsyncFile } from '../fsync';
import { decideLibraryTarget, judgeLibraryFile, type LibraryFileVerdict, type TargetFacts } from './decide';

function statOf(file: string): { exists: boolean; isFile: boolean; isDirectory: boolean } {
  try {
    const stat = statSync(file);
    return { exists: true, isFile: stat.isFile(), isDirectory: stat.isDirectory() };
  } catch {
    return { exists: false, isFile: false, isDirectory: false };
  }
}

function writable(folder: string): boolean {
  try {
    accessSync(folder, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export function targetFacts(action: LibraryAction, typed: string, current: string | null, platform: NodeJS.Platform = process.platform): TargetFacts {
  const absolute = path.isAbsolute(typed);
  const file = path.resolve(typed);
  const folder = path.dirname(file);
  const target = statOf(file);
  const dir = statOf(folder);
  return {
    action,
    typed,
    absolute,
    file,
    current: current === null ? null : path.resolve(current),
    caseInsensitive: platform === 'darwin' || platform === 'win32',
    target: { exists: target.exists, isFile: target.isFile },
    folder: { path: folder, exists: dir.exists, isDirectory: dir.isDirectory, writable: dir.isDirectory && writable(folder) },
  };
}

/** Reads a file as a library would be judged, read-only: nothing is written to it or beside it. */
export function readVerdict(file: string, options: { nativeBinding?: string } = {}): LibraryFileVerdict {
  let facts;
  try {
    facts = inspectLibraryFile(file, options);
  } catch {
    return { kind: 'not-sqlite' };
  }
  if (facts.integrity[0] !== 'ok') return { kind: 'damaged', integrity: facts.integrity };
  if (!facts.hasLibraryTables || facts.userVersion < 1) return { kind: 'not-ours' };
  if (facts.userVersion > LATEST_VERSION) return { kind: 'too-new', version: facts.userVersion };
  return { kind: 'library', articles: facts.articles, notes: facts.notes };
}

export interface CheckedTarget {
  action: LibraryAction;
  file: string;
  articles: number | null;
  notes: number | null;
}

/**
 * Whether `typed` may become the library by `action`, throwing the refusal if not. `db` is the
 * open library (a move counts what it would carry); nothing is written.
 */
export function checkTarget(action: LibraryAction, typed: string, db: Db | null, current: string | null, options: { nativeBinding?: string } = {}): CheckedTarget {
  const decision = decideLibraryTarget(targetFacts(action, typed, current));
  if (decision.kind === 'refuse') throw new AppError('refused', decision.message);
  if (action === 'open') {
    const verdict = readVerdict(decision.file, options);
    const refusal = judgeLibraryFile(decision.file, verdict, LATEST_VERSION, action);
    if (refusal?.kind === 'refuse') throw new AppError('refused', refusal.message);
    return verdict.kind === 'library' ? { action, file: decision.file, articles: verdict.articles, notes: verdict.notes } : { action, file: decision.file, articles: null, notes: null };
  }
  if (action === 'move' && db) return { action, file: decision.file, ...countLibrary(db) };
  return { action, file: decision.file, articles: null, notes: null };
}

/**
 * A move's first half: a consistent copy of the open library at `target` (which must not exist),
 * checked before it gets its name: it opens, its integrity check passes, and it holds what the
 * library holds. The old file is not touched. Throws the refusal (the copy removed) otherwise.
 */
export function copyLibraryVerified(db: Db, target: string, options: { nativeBinding?: string } = {}): { articles: number; notes: number } {
  const temp = `${target}.commonplace-move-tmp`;
  rmSync(temp, { force: true });
  try {
    const expected = countLibrary(db);
    try {
      vacuumInto(db, temp);
    } catch (error) {
      throw new AppError('refused', `Commonplace could not copy the library to ${path.dirname(target)} (${(error as Error).message}). Your library was not moved: it stays where it was.`);
    }
    fsyncFile(temp);
    const verdict = readVerdict(temp, options);
    const refusal = judgeLibraryFile(target, verdict, LATEST_VERSION, 'move');
    if (refusal?.kind === 'refuse') throw new AppError('refused', refusal.message);
    if (verdict.kind === 'library' && (verdict.articles !== expected.articles || verdict.notes !== expected.notes)) {
      throw new AppError('refused', `The copy at ${target} does not hold what your library holds (${verdict.articles} articles and ${verdict.notes} notes, not ${expected.articles} and ${expected.notes}). Your library was not moved: it stays where it was.`);
    }
    // Its final name only now, and never over a file that appeared meanwhile (a link fails if the name is taken).
    try {
      linkSync(temp, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new AppError('refused', `Something appeared at ${target} while the library was being copied. Your library was not moved: it stays where it was.`);
      // A file system without hard links: an exclusive copy, which fails the same way if the name is taken.
      copyFileSync(temp, target, constants.COPYFILE_EXCL);
      fsyncFile(target);
    }
    return expected;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** The settings kept beside a library (`<library>.settings.json`, backups) go with it when it moves. */
export function copyCompanions(from: string, to: string): void {
  const settings = `${from}.settings.json`;
  if (existsSync(settings) && !existsSync(`${to}.settings.json`)) copyFileSync(settings, `${to}.settings.json`, constants.COPYFILE_EXCL);
}

/** A move's last step, once the copy is open as the library: the old file and what sat beside it. */
export function removeOldLibrary(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal', '.settings.json']) rmSync(file + suffix, { force: true });
}
