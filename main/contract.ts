/**
 * THE contract between the renderer and the Node side: every call the renderer can make and
 * every event it can receive. Both hosts (Electron IPC, browser HTTP) serve exactly this map;
 * inputs are parsed with these schemas on the Node side before any handler sees them.
 * The renderer imports this file for its types only.
 */
import { z } from 'zod';

const id = z.number().int().positive();
const isoString = z.string();

export const MarkSchema = z.object({
  kind: z.enum(['emphasis', 'strong', 'link', 'code']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  href: z.string().optional(),
});

export const BlockSchema = z.object({
  kind: z.enum(['heading', 'paragraph', 'quote', 'list-item', 'preformatted']),
  level: z.number().int().min(1).max(6).optional(),
  text: z.string(),
  marks: z.array(MarkSchema).optional(),
});

export const SORT_KEYS = ['title', 'site', 'publishedAt', 'wordCount', 'importedAt'] as const;

export const ArticleSummarySchema = z.object({
  id,
  title: z.string(),
  site: z.string().nullable(),
  byline: z.string().nullable(),
  publishedAt: z.string().nullable(),
  importedAt: isoString,
  wordCount: z.number().int().nonnegative(),
  format: z.enum(['text', 'markdown', 'html']),
});

export const ArticleDetailSchema = ArticleSummarySchema.extend({
  summary: z.string().nullable(),
  url: z.string().nullable(),
  originalName: z.string(),
  blocks: z.array(BlockSchema),
  tags: z.array(z.string()),
});

/** Where an import reads a file from: a path on this machine, or bytes sent by the UI. */
export const ImportSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('path'), path: z.string().min(1).max(4096) }),
  z.object({
    kind: z.literal('upload'),
    name: z.string().min(1).max(1024),
    // base64; the size limit itself is enforced (with a readable message) by the importer.
    base64: z.string(),
  }),
]);

export const ImportReportSchema = z.object({
  imported: z.array(z.object({ file: z.string(), id, title: z.string() })),
  duplicates: z.array(z.object({ file: z.string(), existingId: id, title: z.string() })),
  refused: z.array(z.object({ file: z.string(), reason: z.string() })),
  cancelled: z.boolean(),
});

const empty = z.object({}).strict();

function call<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

export const contract = {
  'library.list': call(
    z
      .object({
        sort: z.enum(SORT_KEYS).default('importedAt'),
        direction: z.enum(['asc', 'desc']).default('desc'),
      })
      .strict(),
    z.object({ articles: z.array(ArticleSummarySchema) }),
  ),
  'library.get': call(z.object({ id }).strict(), ArticleDetailSchema),
  'library.delete': call(z.object({ id }).strict(), z.object({ deleted: z.boolean() })),
  'import.run': call(
    z
      .object({
        jobId: z.string().min(1).max(100),
        sources: z.array(ImportSourceSchema).min(1).max(100_000),
      })
      .strict(),
    ImportReportSchema,
  ),
  'import.cancel': call(z.object({ jobId: z.string().min(1).max(100) }).strict(), z.object({ cancelled: z.boolean() })),
  /** Which host serves the UI; the renderer adapts (e.g. file paths vs uploads). */
  'host.info': call(empty, z.object({ kind: z.enum(['electron', 'browser']), version: z.string() })),
  /** The OS file picker. `paths: null` when the user cancelled or the host has no picker. */
  'host.chooseImportFiles': call(
    z.object({ folders: z.boolean().default(false) }).strict(),
    z.object({ supported: z.boolean(), paths: z.array(z.string()).nullable() }),
  ),
  /** Opens an external http(s) link in the system browser, after the UI has asked the user. */
  'host.openExternal': call(z.object({ url: z.string().max(8192) }).strict(), z.object({ opened: z.boolean() })),
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export const events = {
  'import.progress': z.object({
    jobId: z.string(),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    current: z.string().nullable(),
  }),
  'library.changed': z.object({}),
  /** A menu item the Electron host forwards to the UI, so both hosts share one flow. */
  'menu.command': z.object({ command: z.enum(['import', 'import-folder']) }),
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;

export interface ErrorReply {
  code: string;
  message: string;
}
export type Reply<T> = { ok: true; value: T } | { ok: false; error: ErrorReply };

export type ArticleSummary = z.output<typeof ArticleSummarySchema>;
export type ArticleDetail = z.output<typeof ArticleDetailSchema>;
export type ImportSource = z.output<typeof ImportSourceSchema>;
export type ImportReport = z.output<typeof ImportReportSchema>;
export type SortKey = (typeof SORT_KEYS)[number];

/** What the preload (Electron) or the shim (browser) puts on `window.commonplace`. */
export interface Bridge {
  invoke(method: string, input: unknown): Promise<Reply<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  /** Electron only: the real path of a dropped or picked File; the browser host has none. */
  pathForFile?(file: File): string | null;
}
