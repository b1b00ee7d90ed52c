/**
 * What an export writes, worked out from the library before anything touches the disk: every
 * file's path (sanitised, collision-numbered in id order) and its content, with every link
 * pointing at a file of the same plan. Building it is a read of the library; nothing is written.
 */
import { createHash } from 'node:crypto';
import { version as appVersion } from '../../../package.json';
import { allDocumentIds } from '../../../db/repos/documents';
import { documentIdsWithHighlights } from '../../../db/repos/highlights';
import { documentIdsLinkedFromLiveNotes } from '../../../db/repos/note-links';
import { getNoteMetas, liveNoteIds } from '../../../db/repos/notes';
import { tagsOfNotes } from '../../../db/repos/tags';
import type { Db } from '../../../db/open';
import type { NoteDocJSON } from '../../contract/note-schema';
import type { MarkdownResolvers } from '../notes/doc';
import type { Note } from '../../contract';
import { toMeta } from '../notes/view';
import { articleFile, blockId } from './article-file';
import { assignNames, nameKey } from './file-names';
import { noteFile } from './note-file';
import { blocksReader, documentHighlights, documentReviewStates, documentTags, exportArticles, noteContentReader } from './read';

/**
 * Part of every file's source: bump it with any change to how files are rendered (article-file.ts,
 * note-file.ts, markdown-text.ts, the editor schema's Markdown writer). The app's version is part
 * of it too, so a release re-renders everything once even if this was forgotten, and
 * tests/db/export-render-version.test.ts fails when the output changes without it.
 */
export const RENDER_VERSION = 3;
const RENDERER = `${RENDER_VERSION}/${appVersion}`;

const digest = (parts: unknown) => createHash('sha256').update(JSON.stringify(parts)).digest('hex');

/** One hash of every name a note's link could resolve to (titles, stems, quotes). */
function namesDigest(names: Names): string {
  const hash = createHash('sha256');
  for (const [id, n] of names.notes) hash.update(`n${id}\0${n.title}\0${n.stem}\n`);
  for (const [id, a] of names.articles) hash.update(`a${id}\0${a.title}\0${a.stem}\n`);
  for (const [id, h] of names.highlights) hash.update(`h${id}\0${h.documentId}\0${h.quote}\n`);
  return hash.digest('hex');
}

export interface ExportOptions {
  /** Every article, not only those with highlights or referred to by a note. */
  allArticles?: boolean;
  /** The article's text after its highlights. */
  fullText?: boolean;
}

export interface PlannedFile {
  /** `note:<id>` or `article:<id>`. */
  item: string;
  /** Relative to the export folder, `/`-separated: `Notes/<name>.md` or `Articles/<name>.md`. */
  path: string;
  /**
   * A SHA-256 of everything `content()` is made from (the item's stored fields, its tags, its
   * highlights; for a note, every name its links could resolve to) and of the renderer's version.
   * The same source renders the same bytes, so a re-export need not render a file whose source
   * and file on disk are both as the manifest recorded them.
   */
  source(): string;
  /** Computed on demand: a large library's files are rendered one at a time as they are written. */
  content(): string;
}

export interface Names {
  notes: Map<number, { title: string; stem: string }>;
  articles: Map<number, { title: string; stem: string }>;
  highlights: Map<number, { quote: string; documentId: number }>;
}

const shown = (title: string) => title.trim() || 'Untitled';

/** How a note's references resolve against the exported names (null: not exported, written as plain words). */
export function exportResolvers(names: Names): MarkdownResolvers {
  const articleStems = new Set([...names.articles.values()].map((a) => nameKey(a.stem)));
  return {
    note(id) {
      const n = names.notes.get(id);
      if (!n) return null;
      // Obsidian finds `[[name]]` anywhere in the vault; an article of the same name would make it ambiguous.
      return { title: shown(n.title), target: articleStems.has(nameKey(n.stem)) ? `Notes/${n.stem}` : n.stem };
    },
    document(id) {
      const a = names.articles.get(id);
      return a ? { title: shown(a.title), target: `Articles/${a.stem}` } : null;
    },
    highlight(id) {
      const h = names.highlights.get(id);
      const a = h && names.articles.get(h.documentId);
      return h && a ? { quote: h.quote, documentTitle: shown(a.title), target: `Articles/${a.stem}#^${blockId(id)}` } : null;
    },
  };
}

/** What an export is made of, read from the library, and the names it gives each file. */
function readExport(db: Db, options: ExportOptions) {
  const noteIds = liveNoteIds(db);
  const articleIds = options.allArticles
    ? allDocumentIds(db)
    : [...new Set([...documentIdsWithHighlights(db), ...documentIdsLinkedFromLiveNotes(db)])].sort((a, b) => a - b);
  const metas = getNoteMetas(db, noteIds).sort((a, b) => a.id - b.id);
  const noteTags = tagsOfNotes(
    db,
    metas.map((m) => m.id),
  );
  const articles = exportArticles(db, articleIds);
  const articleTags = documentTags(
    db,
    articles.map((a) => a.id),
  );
  const highlightsOf = documentHighlights(
    db,
    articles.map((a) => a.id),
  );
  const reviewOf = documentReviewStates(
    db,
    articles.map((a) => a.id),
  );
  const names: Names = { notes: new Map(), articles: new Map(), highlights: new Map() };
  const noteStems = assignNames(metas, (n) => n.title);
  for (const n of metas) names.notes.set(n.id, { title: n.title, stem: noteStems.get(n)! });
  const articleStems = assignNames(articles, (a) => a.title);
  for (const a of articles) {
    names.articles.set(a.id, { title: a.title, stem: articleStems.get(a)! });
    for (const { row } of highlightsOf.get(a.id) ?? []) names.highlights.set(row.id, { quote: row.exact, documentId: a.id });
  }
  return { metas, noteTags, articles, articleTags, highlightsOf, reviewOf, names };
}

/** Links as an export names them: a note's `[[…]]` resolved against every file a full export would write. */
export function exportLinkResolvers(db: Db): MarkdownResolvers {
  return exportResolvers(readExport(db, {}).names);
}

/** The files of one export, notes first, each in id order. */
export function planExport(db: Db, options: ExportOptions = {}): PlannedFile[] {
  const { metas, noteTags, articles, articleTags, highlightsOf, reviewOf, names } = readExport(db, options);
  const resolvers = exportResolvers(names);
  const allNames = namesDigest(names);
  const contentOf = noteContentReader(
    db,
    metas.map((m) => m.id),
  );
  const blocksOf = options.fullText ? blocksReader(db) : null;
  const files: PlannedFile[] = [];
  for (const meta of metas) {
    files.push({
      item: `note:${meta.id}`,
      path: `Notes/${names.notes.get(meta.id)!.stem}.md`,
      source: () => digest([RENDERER, meta, noteTags.get(meta.id) ?? [], contentOf(meta.id) ?? null, allNames]),
      content: () => {
        const contentJson = contentOf(meta.id);
        if (contentJson === undefined) return '';
        const note: Note = { ...toMeta(meta, noteTags.get(meta.id) ?? []), content: JSON.parse(contentJson) as NoteDocJSON };
        return noteFile(note, resolvers);
      },
    });
  }
  for (const a of articles) {
    files.push({
      item: `article:${a.id}`,
      path: `Articles/${names.articles.get(a.id)!.stem}.md`,
      source: () => digest([RENDERER, a, articleTags.get(a.id) ?? [], highlightsOf.get(a.id) ?? [], reviewOf.get(a.id) ?? [], blocksOf ? blocksOf(a.id) : null]),
      content: () =>
        articleFile(blocksOf ? { ...a, blocksJson: blocksOf(a.id) } : a, articleTags.get(a.id) ?? [], highlightsOf.get(a.id) ?? [], blocksOf !== null, reviewOf.get(a.id) ?? []),
    });
  }
  return files;
}

/**
 * One article's highlights as Markdown: exactly its file in a folder export, without the full
 * text. (An article file links to nothing, so it needs no plan of the other files' names.)
 */
export function articleMarkdown(db: Db, id: number): { markdown: string; highlights: number } | null {
  const [doc] = exportArticles(db, [id]);
  if (!doc) return null;
  const highlights = documentHighlights(db, [id]).get(id) ?? [];
  const review = documentReviewStates(db, [id]).get(id) ?? [];
  return { markdown: articleFile(doc, documentTags(db, [id]).get(id) ?? [], highlights, false, review), highlights: highlights.length };
}
