/**
 * The one error for bad usage of the `commonplace` command: an unknown command or option, a
 * missing or malformed argument. index.ts turns it into exit code 2, the message, and a pointer
 * to the command's `--help`. Anything else that fails exits 1.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
