/**
 * THE contract between the renderer and the Node side: every call the renderer can make (here)
 * and every event it can receive (`events.ts`). Both hosts (Electron IPC, browser HTTP) serve
 * exactly this map; inputs are parsed with these schemas on the Node side before any handler
 * sees them. The folder is the one floor both sides stand on: it imports nothing else of main/
 * and nothing of Node, so the sandboxed page may import its values as well as its types.
 */
import { z } from 'zod';
import { ArticleDetailSchema, ArticleSummarySchema, ImportReportSchema, ImportSourceSchema, OriginalFileSchema, SORT_KEYS } from './articles';
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
} from './highlights';
import { backupCalls } from './backups';
import { libraryLocationCalls } from './library-location';
import { LIBRARY_PAGE_DEFAULT, LIBRARY_PAGE_MAX } from './constants';
import { exportCalls } from './export';
import { noteCalls } from './notes';
import { searchCalls } from './search';
import { paletteCalls } from './palette';
import { sourceCalls } from './sources';
import { reviewCalls } from './review';
import { recallCalls } from './recall';

const id = z.number().int().positive();
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
        /** The page: articles `offset` to `offset + limit - 1` of the whole list in this order. */
        offset: z.number().int().nonnegative().default(0),
        limit: z.number().int().min(1).max(LIBRARY_PAGE_MAX).default(LIBRARY_PAGE_DEFAULT),
      })
      .strict(),
    /** `total`: how many articles the whole list (with the filter) holds; `offset` as asked. */
    z.object({ articles: z.array(ArticleSummarySchema), total: z.number().int().nonnegative(), offset: z.number().int().nonnegative() }),
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
  /** The kept original file of an article read from one (a PDF), for "Open original". */
  'library.original': call(z.object({ id }).strict(), OriginalFileSchema),
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
  /**
   * Opens a kept original (a PDF) in the system's viewer: Electron writes it to a temporary file;
   * `opened: false` where a host cannot (the browser host: the page downloads it instead).
   */
  'host.openOriginal': call(OriginalFileSchema.strict(), z.object({ opened: z.boolean() })),
  ...noteCalls,
  ...exportCalls,
  ...backupCalls,
  ...libraryLocationCalls,
  ...searchCalls,
  ...paletteCalls,
  ...sourceCalls,
  ...reviewCalls,
  ...recallCalls,
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

export interface ErrorReply {
  code: string;
  message: string;
}
export type Reply<T> = { ok: true; value: T } | { ok: false; error: ErrorReply };

export { ArticleDetailSchema, ArticleSummarySchema, BlockSchema, ImportReportSchema, ImportSourceSchema, MarkSchema, SORT_KEYS } from './articles';
export type { ArticleDetail, ArticleSummary, ImportReport, ImportSource, SortKey } from './articles';
export { APP_COMMANDS, type AppCommand } from './commands';
export { events, type EventName, type EventPayload, type Events } from './events';
export type {
  AnchorState,
  ColorMeaning,
  Highlight,
  HighlightColor,
  HighlightSnapshot,
  TagCount,
} from './highlights';
export { ANCHOR_STATUSES, HIGHLIGHT_COLORS } from './highlights';
export type { Backlink, LinkTarget, Mention, Note, NoteMeta } from './notes';
export type { ExportSummary } from './export';
export type { SearchResultHit, SearchResultKind } from './search';
export type { PaletteItem } from './palette';
export type { RecleanReportView, RemovedPassageView } from './sources';
export type { ReviewItem, ReviewRating, ReviewSettings, ReviewStats } from './review';
export { DEFAULT_REVIEW_SETTINGS, REVIEW_RATINGS } from './review';
export { LIBRARY_ACTIONS, type LibraryAction } from './library-location';
export type { RecallPrompt } from './recall';

/** What the preload (Electron) or the shim (browser) puts on `window.commonplace`. */
export interface Bridge {
  invoke(method: string, input: unknown): Promise<Reply<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  /** Electron only: the real path of a dropped or picked File; the browser host has none. */
  pathForFile?(file: File): string | null;
}
