/**
 * The calls of backups, spread into the contract map by `index.ts`. Backups are named by file
 * name only (`library-2026-12-03-040506.sqlite`), always in the library's backups folder: the page
 * never hands the Node side a path to read. A restore in the app is staged: it is verified at
 * once and applied at the next start, before the library is opened.
 */
import { z } from 'zod';

const count = z.number().int().nonnegative();

/** What the backup file names look like; the handler also checks it is one of this library's. */
export const BackupNameSchema = z
  .string()
  .max(300)
  .regex(/^[^/\\]+-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?\.sqlite$/, 'a backup file name, as backups.list gives it');

export const BackupSchema = z.object({
  name: z.string(),
  createdAt: z.string(),
  size: count,
  /** null when the file cannot be read as a library. */
  articles: count.nullable(),
  notes: count.nullable(),
});

export const BackupKeepSchema = z.object({ daily: z.number().int().min(0).max(1000), weekly: z.number().int().min(0).max(1000), monthly: z.number().int().min(0).max(1000) });

export const BackupSettingsSchema = z.object({
  /** The backups folder (absolute), and whether it is the default (`Backups` beside the library). */
  folder: z.string(),
  isDefaultFolder: z.boolean(),
  keep: BackupKeepSchema,
});

/** A library that failed to open because it is damaged, and what can be done (the app shows it instead of the library). */
export const DamagedLibrarySchema = z.object({
  file: z.string(),
  /** What is wrong, as a clause ("it is cut short: 4096 bytes of the 8192 its header records"). */
  reason: z.string(),
  /** The newest backup that passes the full check; null when there is none. */
  backup: BackupSchema.nullable(),
  /** The backups folder that was searched. */
  folder: z.string(),
  /** Where the damaged file is kept if the backup is restored: `<library>.damaged`. */
  keptAs: z.string(),
});

export const backupCalls = {
  /** The library's backups, newest first, with the settings; `pendingRestore` names a backup staged to be restored at the next start. */
  'backups.list': {
    input: z.object({}).strict(),
    output: z.object({ backups: z.array(BackupSchema), settings: BackupSettingsSchema, pendingRestore: z.string().nullable() }),
  },
  /** "Back up now": a verified backup; `removed` counts older backups past the ones kept. */
  'backups.create': { input: z.object({}).strict(), output: z.object({ backup: BackupSchema, removed: count }) },
  /** Verifies the backup and stages it: it replaces the library when Commonplace next starts (the current file kept as `.before-restore`). */
  'backups.restore': {
    input: z.object({ name: BackupNameSchema }).strict(),
    output: z.object({ staged: z.literal(true), articles: count, notes: count }),
  },
  /**
   * Finishes a staged restore now instead of at the next start: the Electron app relaunches
   * itself (`relaunch`: this reply is its last), the browser host closes the library, applies the
   * restore and opens it again in place (`reopened`: reload the page). Refused when nothing is
   * staged, and by a host that cannot do either.
   */
  'backups.restartNow': {
    input: z.object({}).strict(),
    output: z.object({ how: z.enum(['relaunch', 'reopened']), articles: count.nullable(), notes: count.nullable() }),
  },
  /** Whether the library failed to open as damaged (then `damaged` says how, and offers the newest good backup); null when it is open. */
  'backups.damaged': { input: z.object({}).strict(), output: z.object({ damaged: DamagedLibrarySchema.nullable() }) },
  /**
   * Only while the library is damaged: restores the backup offered (named as `backups.damaged`
   * gives it), keeping the damaged file as `<library>.damaged`, and opens the result. Refused
   * when the library is open (use `backups.restore`, which is staged).
   */
  'backups.restoreDamaged': {
    input: z.object({ name: BackupNameSchema }).strict(),
    output: z.object({ restored: z.literal(true), articles: count, notes: count, keptAs: z.string() }),
  },
  /**
   * Changes how many backups are kept. The folder is not changeable through a call (a page, or a
   * token holder in the browser host, would choose where the library is copied to): the CLI's
   * `backups --folder` and the settings file set it.
   */
  'backups.configure': {
    input: z.object({ keep: BackupKeepSchema.partial().strict() }).strict(),
    output: BackupSettingsSchema,
  },
};
