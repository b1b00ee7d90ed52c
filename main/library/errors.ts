/**
 * Errors that cross the contract boundary. `code` is stable and machine-readable; `message`
 * is written for the user: what went wrong and what to do about it.
 */
export type ErrorCode =
  | 'invalid_input'
  | 'not_found'
  | 'refused'
  /** Someone else changed the same thing meanwhile; nothing was written. */
  | 'conflict'
  | 'unsupported'
  | 'cancelled'
  | 'library_too_new'
  | 'internal';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** A file the importer will not take, with a reason the user can act on. */
export class ImportRefusal extends AppError {
  constructor(message: string) {
    super('refused', message);
    this.name = 'ImportRefusal';
  }
}
