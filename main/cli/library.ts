/**
 * Which library file a command opens, and when it may create one. A mistyped `--library` path
 * must not quietly become a new, empty library: commands that read need a file that exists;
 * `import` creates one only with `--create` or at the default path (the app's own library).
 * Commands that only read open the library read-only: they work on a read-only file, folder or
 * mount and on a full disk, and never change the file (not even its statistics).
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { openLibrary, type Db, type OpenOptions } from '../../db/open';
import { defaultLibraryPath } from '../library/paths';

export type LibraryUse = 'read' | 'write' | 'import';

/** The library file a command works on: the one given with --library, else the default. */
export function libraryPath(given: string | undefined): string {
  return path.resolve(given ?? defaultLibraryPath());
}

/** Opens the library a command was given, or throws a message saying what to do instead. */
export function openLibraryFor(use: LibraryUse, given: string | undefined, create: boolean, options: OpenOptions = {}): Db {
  const defaultFile = path.resolve(defaultLibraryPath());
  const file = libraryPath(given);
  if (existsSync(file)) {
    if (statSync(file).isDirectory()) throw new Error(`${file} is a folder, not a library file. Name the library file itself, e.g. --library ${path.join(file, 'library.commonplace')}.`);
    return openLibrary(file, { ...options, mode: use === 'read' ? 'read' : 'write' });
  }
  // The default path is the app's own library: importing there is how a first library starts.
  if (use === 'import' && (create || file === defaultFile)) return openLibrary(file, { ...options, mode: 'write' });
  throw new Error(missingMessage(use, file, given, defaultFile));
}

function missingMessage(use: LibraryUse, file: string, given: string | undefined, defaultFile: string): string {
  if (file === defaultFile) {
    return `There is no library yet at ${defaultFile} (the default). Import articles to start it: \`commonplace import <files or folders>\`; or name another library with --library <file>.`;
  }
  const start =
    use === 'import'
      ? 'To start a new library there, add --create.'
      : `To start a new library there, import into it with --create: \`commonplace import <files> --library ${given ?? file} --create\`.`;
  return `There is no library at ${file} (given with --library). Check the path; the default library is ${defaultFile}. ${start}`;
}
