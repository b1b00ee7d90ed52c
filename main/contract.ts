/**
 * THE contract between the renderer and the Node side: every call the renderer can make and
 * every event it can receive. Both hosts (Electron IPC, browser HTTP) serve exactly this map;
 * inputs are parsed with these schemas on the Node side before any handler sees them.
 * The renderer imports this file for its types only.
 */
import { z } from 'zod';
import {
  ColorMeaningSchema,
  CreateHighlightInput,
  DocumentTagInput,
  HighlightSchema,
  HighlightSnapshotSchema,
  HighlightTagInput,
  ListHighlightsInput,
  ReattachHighlightInput,
  TagCountSchema,
  TagNameSchema,
  UpdateColorInput,
  UpdateHighlightInput,
} from './contract-highlights';
import { exportCalls, exportEvents } from './contract-export';
import { noteCalls, noteEvents } from './contract-notes';
import { searchCalls } from './contract-search';
import { paletteCalls } from './contract-palette';
import { CleanupStateSchema, RemovedPassageSchema, sourceCalls, sourceEvents } from './contract-sources';

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
  /** 'card': a highlight card (its text is the tool's summary; its passages attach to the article). */
  kind: z.enum(['article', 'card']).optional(),
});

export const ArticleDetailSchema = ArticleSummarySchema.extend({
  summary: z.string().nullable(),
  url: z.string().nullable(),
  originalName: z.string(),
  blocks: z.array(BlockSchema),
  tags: z.array(z.string()),
  /** What the cleaner removed, in reading order (absent: nothing kept for this article). */
  removed: z.array(RemovedPassageSchema).optional(),
  cleanup: CleanupStateSchema.optional(),
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
  /**
   * Highlight-card passages that found their article during this import: `file` is the file
   * whose import made it happen (the card, or the article imported after its card). Always
   * filled by the importer; optional only so reports built by older code stay valid.
   */
  attached: z
    .array(
      z.object({
        file: z.string(),
        cardId: id,
        cardTitle: z.string(),
        articleId: id,
        articleTitle: z.string(),
        highlights: z.number().int().positive(),
      }),
    )
    .optional(),
  /**
   * Files that held several articles, each imported as its own (`ids` in file order). Always
   * filled by the importer; optional only so reports built by older code stay valid.
   */
  split: z.array(z.object({ file: z.string(), ids: z.array(id).min(2) })).optional(),
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
        /** Only articles with this tag or a tag below it (`region` includes `region/pakistan`). */
        tag: TagNameSchema.optional(),
        /** true: only articles with highlights; false: only those without. */
        hasHighlights: z.boolean().optional(),
      })
      .strict(),
    z.object({ articles: z.array(ArticleSummarySchema) }),
  ),
  /** Splits an article at a heading: that heading's text becomes the new article's title. */
  'library.split': call(
    z.object({ id, blockIndex: z.number().int().nonnegative() }).strict(),
    z.object({ original: ArticleSummarySchema, created: ArticleSummarySchema, movedHighlights: z.number().int().nonnegative() }),
  ),
  'highlights.create': call(CreateHighlightInput, HighlightSchema),
  'highlights.update': call(UpdateHighlightInput, HighlightSchema),
  /** Returns the deleted highlight, which `highlights.restore` takes back (undo). */
  'highlights.delete': call(z.object({ id }).strict(), z.object({ deleted: z.boolean(), highlight: HighlightSchema.nullable() })),
  /** Undo: puts a highlight back as it was (same id), re-anchored if its article's text changed since. */
  'highlights.restore': call(z.object({ highlight: HighlightSnapshotSchema }).strict(), HighlightSchema),
  'highlights.list': call(ListHighlightsInput, z.object({ highlights: z.array(HighlightSchema) })),
  /** Fuzzy and orphaned highlights (and, if asked, card passages still waiting for their article). */
  'highlights.needingAttention': call(
    z.object({ documentId: id.optional(), includePending: z.boolean().default(false) }).strict(),
    z.object({ highlights: z.array(HighlightSchema) }),
  ),
  'highlights.reattach': call(ReattachHighlightInput, HighlightSchema),
  'colors.list': call(empty, z.object({ colors: z.array(ColorMeaningSchema) })),
  'colors.update': call(UpdateColorInput, ColorMeaningSchema),
  'tags.list': call(empty, z.object({ tags: z.array(TagCountSchema) })),
  /** Renames a tag and the tags below it; refused if the new name is another tag's (merge instead). */
  'tags.rename': call(z.object({ from: TagNameSchema, to: TagNameSchema }).strict(), z.object({ changed: z.number().int().nonnegative() })),
  /** Moves every tagging of `from` (and the tags below it) onto `into`, without duplicates, then removes `from`. */
  'tags.merge': call(z.object({ from: TagNameSchema, into: TagNameSchema }).strict(), z.object({ changed: z.number().int().nonnegative() })),
  'tags.delete': call(
    z.object({ name: TagNameSchema, includeChildren: z.boolean().default(false) }).strict(),
    z.object({ deleted: z.number().int().nonnegative(), taggings: z.number().int().nonnegative() }),
  ),
  /** Autocomplete: tags whose name, or one of whose levels, starts with `prefix`; most used first. */
  'tags.suggest': call(
    z.object({ prefix: z.string().trim().max(100), limit: z.number().int().min(1).max(50).default(10) }).strict(),
    z.object({ tags: z.array(z.object({ name: z.string(), count: z.number().int().nonnegative() })) }),
  ),
  'tags.addToDocument': call(DocumentTagInput, z.object({ tags: z.array(z.string()) })),
  'tags.removeFromDocument': call(DocumentTagInput, z.object({ tags: z.array(z.string()) })),
  'tags.addToHighlight': call(HighlightTagInput, z.object({ tags: z.array(z.string()) })),
  'tags.removeFromHighlight': call(HighlightTagInput, z.object({ tags: z.array(z.string()) })),
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
  /** The OS folder picker for an export (may create the folder). `path: null` when cancelled or the host has none. */
  'host.chooseExportFolder': call(empty, z.object({ supported: z.boolean(), path: z.string().nullable() })),
  /** Opens an existing folder in the system's file manager ("Show in folder"); `shown: false` where a host cannot. */
  'host.showInFolder': call(z.object({ path: z.string().min(1).max(4096) }).strict(), z.object({ shown: z.boolean() })),
  /** Opens an external http(s) link in the system browser, after the UI has asked the user. */
  'host.openExternal': call(z.object({ url: z.string().max(8192) }).strict(), z.object({ opened: z.boolean() })),
  ...noteCalls,
  ...exportCalls,
  ...searchCalls,
  ...paletteCalls,
  ...sourceCalls,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

/**
 * Commands the app can run from anywhere: the Electron menu forwards them, the palette lists
 * them, and keyboard shortcuts trigger them. One list, so the three never disagree.
 */
export const APP_COMMANDS = [
  'import',
  'import-folder',
  'new-note',
  'export',
  'reclean-library',
  'copy-note-markdown',
  'copy-highlights-markdown',
  'palette',
  'search',
  'shortcuts',
  'go-library',
  'go-notes',
  'go-tags',
  'toggle-theme',
  'system-theme',
] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];

export const events = {
  'import.progress': z.object({
    jobId: z.string(),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    current: z.string().nullable(),
  }),
  'library.changed': z.object({}),
  /** A document's highlights changed (created, edited, deleted, tagged, moved, re-anchored). */
  'highlights.changed': z.object({ documentId: id }),
  /** Tag names or counts changed (created, renamed, merged, deleted, attached, removed). */
  'tags.changed': z.object({}),
  /** A colour's meaning changed. */
  'colors.changed': z.object({}),
  /** A menu item the Electron host forwards to the UI, so both hosts share one flow. */
  'menu.command': z.object({ command: z.enum(APP_COMMANDS) }),
  ...noteEvents,
  ...exportEvents,
  ...sourceEvents,
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
export type {
  AnchorState,
  ColorMeaning,
  Highlight,
  HighlightColor,
  HighlightSnapshot,
  TagCount,
} from './contract-highlights';
export { ANCHOR_STATUSES, HIGHLIGHT_COLORS } from './contract-highlights';
export type { Backlink, LinkTarget, Mention, Note, NoteMeta } from './contract-notes';
export type { ExportSummary } from './contract-export';
export type { SearchResultHit, SearchResultKind } from './contract-search';
export type { PaletteItem } from './contract-palette';
export type { RecleanReportView, RemovedPassageView } from './contract-sources';

/** What the preload (Electron) or the shim (browser) puts on `window.commonplace`. */
export interface Bridge {
  invoke(method: string, input: unknown): Promise<Reply<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  /** Electron only: the real path of a dropped or picked File; the browser host has none. */
  pathForFile?(file: File): string | null;
}
