/**
 * The calls of export to a Markdown folder, spread into the contract map by `index.ts`.
 * `export.run` resolves with the whole summary when the export ends, pushing `export.progress`
 * per file meanwhile; the UI chooses the job id, so `export.cancel` can name the job before
 * `export.run` has answered (as with import).
 */
import { z } from 'zod';

const id = z.number().int().positive();
const jobId = z.string().min(1).max(100);

export const ExportSummarySchema = z.object({
  /** The folder written, as an absolute real path (for "Show in folder"). */
  folder: z.string(),
  written: z.array(z.string()),
  renamed: z.array(z.object({ from: z.string(), to: z.string() })),
  unchanged: z.number().int().nonnegative(),
  removed: z.array(z.string()),
  /** Files left as they were (edited by the user, not ours, links); `copy` is where the new version went. */
  conflicts: z.array(z.object({ path: z.string(), copy: z.string().optional(), reason: z.string() })),
  total: z.number().int().nonnegative(),
  cancelled: z.boolean(),
});

export const exportCalls = {
  /**
   * The folder the user typed and then confirmed in the Export dialog, as the export will write
   * it (`~` expanded, made absolute and tidy); refused when it is not a full path. The browser
   * host remembers it: there `export.run` writes only into a folder confirmed this way.
   */
  'export.confirmFolder': {
    input: z.object({ folder: z.string().min(1).max(4096) }).strict(),
    output: z.object({ folder: z.string() }),
  },
  /** Exports into `folder` (an absolute path, from the host's folder picker); paths in the summary are relative to it. */
  'export.run': {
    input: z
      .object({
        jobId,
        folder: z.string().min(1).max(4096),
        allArticles: z.boolean().default(false),
        fullText: z.boolean().default(false),
      })
      .strict(),
    output: ExportSummarySchema,
  },
  'export.cancel': { input: z.object({ jobId }).strict(), output: z.object({ cancelled: z.boolean() }) },
  /** One note as a Markdown file (frontmatter and body, links named as the folder export names them): "Copy as Markdown". */
  'export.note': { input: z.object({ id }).strict(), output: z.object({ markdown: z.string() }) },
  /** One article's highlights as Markdown, exactly as its file in a folder export (without the full text): "Copy highlights as Markdown". */
  'export.article': { input: z.object({ id }).strict(), output: z.object({ markdown: z.string(), highlights: z.number().int().nonnegative() }) },
} as const;

export const exportEvents = {
  'export.progress': z.object({ jobId: z.string(), done: z.number().int().nonnegative(), total: z.number().int().nonnegative(), path: z.string().nullable() }),
} as const;

export type ExportSummary = z.output<typeof ExportSummarySchema>;
