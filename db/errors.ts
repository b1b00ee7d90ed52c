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
    super(`"${path}" is not a Commonplace library file (${cause instanceof Error ? cause.message : String(cause)}). Choose another file or a new name.`);
    this.name = 'NotALibraryError';
  }
}
