/**
 * Where the library file is, and changing it from Settings (issue 11): open another library,
 * create a new one, or move this one. The path comes from the host's own file dialog (Electron)
 * or is typed in Settings (the browser preview, which then has the user confirm it, as the
 * Export dialog does a folder). `library.checkTarget` says what would happen and answers before
 * anything is written; `library.switch` does it.
 */
import { z } from 'zod';

export const LIBRARY_ACTIONS = ['open', 'create', 'move'] as const;
export const LibraryActionSchema = z.enum(LIBRARY_ACTIONS);
export type LibraryAction = z.infer<typeof LibraryActionSchema>;

const LibraryTargetInput = z.object({ action: LibraryActionSchema, path: z.string().min(1).max(4096) }).strict();
const count = z.number().int().nonnegative();

export const libraryLocationCalls = {
  /**
   * Where the open library file is (the Settings view shows it): its absolute path and folder;
   * both null for a library held in memory only.
   */
  'library.location': { input: z.object({}).strict(), output: z.object({ file: z.string().nullable(), folder: z.string().nullable() }) },
  /** Whether `path` may become the library by `action`, and what would happen; refused with the reason. Writes nothing. */
  'library.checkTarget': {
    input: LibraryTargetInput,
    output: z.object({
      action: LibraryActionSchema,
      /** The absolute path that would be the library. */
      file: z.string(),
      /** What the library there holds (open: the other library; move: this one); null for a new library. */
      articles: count.nullable(),
      notes: count.nullable(),
    }),
  },
  /**
   * Opens, creates or moves to `path` (checked again first), and serves that library from now on;
   * the host remembers it for the next start. A move copies the library, verifies the copy, opens
   * it, and only then removes the old file.
   */
  'library.switch': {
    input: LibraryTargetInput,
    output: z.object({ action: LibraryActionSchema, file: z.string(), articles: count, notes: count }),
  },
  /** The host's save or open dialog for a library file; `path: null` when cancelled or the host has none (the browser). */
  'host.chooseLibraryFile': {
    input: z.object({ action: LibraryActionSchema }).strict(),
    output: z.object({ supported: z.boolean(), path: z.string().nullable() }),
  },
};
