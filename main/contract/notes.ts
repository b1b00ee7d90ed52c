/**
 * The calls of linked notes (and `highlights.search`, the editor's `((`), spread into the
 * contract map by `index.ts`. A note's content is TipTap JSON; zod checks only that it is a
 * document here, and the library validates it against the note schema (`note-schema/`, in
 * main/library/notes/doc/validate.ts) with messages that say where the problem is.
 */
import { z } from 'zod';
import type { NoteDocJSON } from './note-schema';
import { HighlightSchema, TagNameSchema } from './highlights';
import { DOCUMENT_KINDS, NOTE_TITLE_MAX } from './constants';

const id = z.number().int().positive();
const CONTROL_RUN = /[\p{Cc}\u2028\u2029]+/gu;

export const NoteContentSchema = z.custom<NoteDocJSON>((v) => typeof v === 'object' && v !== null && !Array.isArray(v) && (v as { type?: unknown }).type === 'doc', {
  error: 'A note’s content must be a document: an object whose type is “doc”.',
});

/** A title is one line: line breaks and other control characters become spaces. It may be empty (shown as “Untitled”). */
export const NoteTitleSchema = z
  .string()
  .overwrite((t) => t.replace(CONTROL_RUN, ' '))
  .max(NOTE_TITLE_MAX, { error: `A note title can be at most ${NOTE_TITLE_MAX} characters long.` });

/** Other names the note goes by: found by `[[` and counted as mentions. */
export const AliasesSchema = z
  .array(
    z
      .string()
      .overwrite((a) => a.replace(CONTROL_RUN, ' ').trim())
      .min(1, { error: 'An alias cannot be empty.' })
      .max(200, { error: 'An alias can be at most 200 characters long.' }),
  )
  .max(50, { error: 'A note can have at most 50 aliases.' });

export const NoteMetaSchema = z.object({
  id,
  title: z.string(),
  /** The first line of text (skipping one that repeats the title), at most ~200 characters. */
  excerpt: z.string(),
  /** Counts content changes; a save names the version it started from (`baseVersion`). */
  version: z.number().int().positive(),
  tags: z.array(z.string()),
  aliases: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When it went to the trash; null for a live note. */
  deletedAt: z.string().nullable(),
});

export const NoteSchema = NoteMetaSchema.extend({ content: NoteContentSchema });

const LinkTargetSchema = z.object({ kind: z.enum(['note', 'highlight', 'document']), id }).strict();

export const BacklinkSchema = z.object({
  noteId: id,
  title: z.string(),
  /** The sentence around the link in the linking note. */
  context: z.string(),
  updatedAt: z.string(),
  /** What the link points at: the target asked about, or (for an article) one of its highlights. */
  target: LinkTargetSchema,
});

export const MentionSchema = z.object({
  noteId: id,
  title: z.string(),
  /** The words as written, and the sentence around them. */
  matched: z.string(),
  context: z.string(),
  /** The mentioning note's version, for `notes.linkMention`'s `baseVersion`. */
  version: z.number().int().positive(),
  updatedAt: z.string(),
});

const TitleHitSchema = z.object({ id, title: z.string(), excerpt: z.string(), updatedAt: z.string() });

export const noteCalls = {
  /** Live notes, most recently changed first; `trash: true` lists the trash instead (latest deletion first). */
  'notes.list': {
    input: z
      .object({ trash: z.boolean().default(false), tag: TagNameSchema.optional(), limit: z.number().int().min(1).max(100_000).default(10_000) })
      .strict(),
    output: z.object({ notes: z.array(NoteMetaSchema) }),
  },
  'notes.get': { input: z.object({ id }).strict(), output: NoteSchema },
  /** A new note; without content, an empty one. */
  'notes.create': {
    input: z.object({ title: NoteTitleSchema.default(''), content: NoteContentSchema.optional(), aliases: AliasesSchema.optional() }).strict(),
    output: NoteSchema,
  },
  /**
   * Saves content (and title or aliases if given). `unchanged`: nothing differed, nothing written.
   * `conflict`: the note changed since `baseVersion`; the stored note is left as it is (`note`)
   * and this content is kept as a new note “<title> (conflict <date>)” (`conflictCopy`).
   * `trashed`: the note is in the trash (deleted in another window); nothing was written, so the
   * editor keeps the text and offers `notes.restore`, then saves again.
   */
  'notes.save': {
    input: z.object({ id, baseVersion: z.number().int().positive(), title: NoteTitleSchema.optional(), content: NoteContentSchema, aliases: AliasesSchema.optional() }).strict(),
    output: z.object({ status: z.enum(['saved', 'unchanged', 'conflict', 'trashed']), note: NoteMetaSchema, conflictCopy: NoteMetaSchema.optional() }),
  },
  /** A new title (links point at ids, so every link follows). The version is not bumped. */
  'notes.rename': { input: z.object({ id, title: NoteTitleSchema }).strict(), output: NoteMetaSchema },
  /** Moves a note to the trash; `notes.restore` takes it back (undo). */
  'notes.delete': { input: z.object({ id }).strict(), output: z.object({ deleted: z.boolean(), note: NoteMetaSchema.nullable() }) },
  'notes.restore': { input: z.object({ id }).strict(), output: NoteMetaSchema },
  /** Deletes a note in the trash for good. Links to it stay, shown as broken. */
  'notes.purge': { input: z.object({ id }).strict(), output: z.object({ purged: z.boolean() }) },
  /** `[[` autocomplete over titles and aliases; an empty query gives recent notes. */
  'notes.searchTitles': {
    input: z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(50).default(10), excludeId: id.optional() }).strict(),
    output: z.object({ notes: z.array(TitleHitSchema) }),
  },
  /** Notes linking here, with the sentence around each link. An article's include links to its highlights. */
  'notes.backlinks': { input: z.object({ target: LinkTargetSchema }).strict(), output: z.object({ backlinks: z.array(BacklinkSchema) }) },
  /** Notes whose text holds this note's title or an alias as plain words, without linking it. */
  'notes.unlinkedMentions': { input: z.object({ id }).strict(), output: z.object({ mentions: z.array(MentionSchema) }) },
  /**
   * Turns the first plain mention of note `noteId` in note `mentionNoteId` into a link. With
   * `baseVersion`, refused (code `conflict`) if the mentioning note has changed since.
   */
  'notes.linkMention': {
    input: z.object({ noteId: id, mentionNoteId: id, baseVersion: z.number().int().positive().optional() }).strict(),
    output: z.object({ note: NoteMetaSchema, matched: z.string() }),
  },
  /** What a note's references show now: titles of linked notes (and whether trashed), highlights, articles. Missing ids are broken links. */
  'notes.resolve': {
    input: z
      .object({
        notes: z.array(id).max(10_000).default([]),
        highlights: z.array(id).max(10_000).default([]),
        documents: z.array(id).max(10_000).default([]),
      })
      .strict(),
    output: z.object({
      notes: z.array(z.object({ id, title: z.string(), deleted: z.boolean() })),
      highlights: z.array(HighlightSchema),
      documents: z.array(z.object({ id, title: z.string(), kind: z.enum(DOCUMENT_KINDS) })),
    }),
  },
  /** A new note quoting these highlights (as highlight references), in reading order. */
  'notes.fromHighlights': {
    input: z.object({ highlightIds: z.array(id).min(1).max(1000), title: NoteTitleSchema.optional() }).strict(),
    output: NoteSchema,
  },
  /**
   * “Quote in note…”: adds these highlights (as highlight references, in the order given) to the
   * end of a note, in one transaction; the version is bumped, so an editor holding the old text
   * sees `notes.changed` and reloads rather than overwriting the quotes.
   */
  'notes.appendHighlights': {
    input: z.object({ noteId: id, highlightIds: z.array(id).min(1).max(1000) }).strict(),
    output: NoteMetaSchema,
  },
  /** How many live notes refer to each highlight of an article (highlights no note refers to are left out): one query for the reader's side panel. */
  'notes.backlinkCounts': {
    input: z.object({ documentId: id }).strict(),
    output: z.object({ counts: z.array(z.object({ highlightId: id, notes: z.number().int().positive() })) }),
  },
  /** The editor's `((`: highlights whose quote or comment holds every typed word; an empty query gives recent ones. */
  'highlights.search': {
    input: z.object({ query: z.string().max(500), limit: z.number().int().min(1).max(50).default(20) }).strict(),
    output: z.object({ highlights: z.array(HighlightSchema) }),
  },
} as const;

export const noteEvents = {
  /** A note changed: saved, renamed, created, trashed, restored or purged. */
  'notes.changed': z.object({ id }),
} as const;

export type NoteMeta = z.output<typeof NoteMetaSchema>;
export type Note = z.output<typeof NoteSchema>;
export type Backlink = z.output<typeof BacklinkSchema>;
export type Mention = z.output<typeof MentionSchema>;
export type LinkTarget = z.output<typeof LinkTargetSchema>;
