/** Raised when the library file was written by a newer Commonplace; the file is left untouched. */
export class LibraryTooNewError extends Error {
  constructor(
    readonly fileVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `This library was created by a newer version of Commonplace (format ${fileVersion}; this version reads up to ${supportedVersion}). ` +
        'Update Commonplace to open it. The file has not been changed.',
    );
    this.name = 'LibraryTooNewError';
  }
}

/** Raised when a file is not a Commonplace library (or not SQLite at all). */
export class NotALibraryError extends Error {
  constructor(path: string, cause: unknown) {
    super(`"${path}" is not a Commonplace library file (${cause instanceof Error ? cause.message : String(cause)}). Choose another file or a new name.`, { cause });
    this.name = 'NotALibraryError';
  }
}

/** Why a library cannot be written to, in the words a message uses. */
export type NotWritableReason = 'read-only-file' | 'read-only-folder' | 'read-only-mount' | 'disk-full';

const NOT_WRITABLE_TEXT: Record<NotWritableReason, (file: string, folder: string) => string> = {
  'read-only-file': (file) => `the library file ${file} is read-only`,
  'read-only-folder': (_file, folder) => `the folder ${folder} is read-only (a library needs to write its journal beside the file)`,
  'read-only-mount': (_file, folder) => `the folder ${folder} is on a read-only disk or mount`,
  'disk-full': (_file, folder) => `the disk holding ${folder} is full`,
};

export function describeNotWritable(reason: NotWritableReason, file: string, folder: string): string {
  return NOT_WRITABLE_TEXT[reason](file, folder);
}

/** Raised when a command that changes the library cannot write where it lies; nothing was changed. */
export class LibraryNotWritableError extends Error {
  /** What is wrong, as a clause: "the folder /x is read-only". */
  readonly what: string;
  constructor(
    readonly file: string,
    readonly reason: NotWritableReason,
    folder: string,
  ) {
    const what = describeNotWritable(reason, file, folder);
    const fix =
      reason === 'disk-full'
        ? 'Free some space on that disk and try again.'
        : 'Reading it still works (list, show, search, notes, export). To change it, copy the library to a folder you can write to, or make this one writable.';
    super(`Cannot change the library: ${what}. Nothing was changed. ${fix}`);
    this.what = what;
    this.name = 'LibraryNotWritableError';
  }
}

/** Raised for a 0-byte file given as the library: only a path that does not exist may become a new library. */
export class EmptyLibraryFileError extends Error {
  constructor(readonly file: string) {
    super(
      `${file} is an empty file (0 bytes), not a Commonplace library. It was left as it is. ` +
        'If you meant to start a new library there, delete the empty file and import with --create; otherwise name the library file you meant.',
    );
    this.name = 'EmptyLibraryFileError';
  }
}

/** Raised when a library file is an SQLite database that is truncated or damaged; the file is left untouched. */
export class LibraryDamagedError extends Error {
  constructor(
    readonly file: string,
    /** What is wrong, as a clause ("it is cut short: 4096 bytes of the 8192 its header records"). */
    readonly detail: string,
  ) {
    super(
      `The library ${file} is damaged (${detail}). It has not been changed. ` +
        'Restore a backup of it (`commonplace restore <backup>` where backups are kept, or a copy of your own); ' +
        'to save what can still be read, copy the file somewhere safe first and run `sqlite3 <copy> .recover`.',
    );
    this.name = 'LibraryDamagedError';
  }
}

/**
 * A store failure the person can act on, in their words, or null for anything else: a write
 * into a library opened read-only, a full disk, a damaged file. SQLite's own text never shows.
 */
export function storeFaultMessage(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code.startsWith('SQLITE_READONLY')) {
    return 'Your library is open read-only (its file, folder or disk cannot be written), so this change was not saved. Nothing was changed.';
  }
  if (code === 'SQLITE_FULL') return 'The disk holding your library is full, so this change was not saved. Free some space and try again.';
  if (code.startsWith('SQLITE_CORRUPT')) {
    return 'Your library file is damaged, so this could not be done. Restore a backup of it; to save what can still be read, copy the file somewhere safe and run `sqlite3 <copy> .recover`.';
  }
  return null;
}
