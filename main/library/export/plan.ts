/**
 * What an export writes, worked out from the library before anything touches the disk: every
 * file's path (sanitised, collision-numbered in id order) and its content, with every link
 * pointing at a file of the same plan. Building it is a read of the library; nothing is written.
 */
import { allDocumentIds, getDocument } from '../../../db/repos/documents';
import { documentIdsWithHighlights, listHighlightsOfDocument } from '../../../db/repos/highlights';
import { documentIdsLinkedFromLiveNotes } from '../../../db/repos/note-links';
import { getNote, getNoteMetas, liveNoteIds } from '../../../db/repos/notes';
import { tagsOfDocument, tagsOfHighlights } from '../../../db/repos/tags';
import type { Db } from '../../../db/open';
import type { MarkdownResolvers } from '../../../renderer/editor/schema';
import { toNote } from '../notes/view';
import { articleFile, blockId, type ExportHighlight } from './article-file';
import { assignNames, nameKey } from './file-names';
import { noteFile } from './note-file';

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
  /** Computed on demand: a large library's files are rendered one at a time as they are written. */
  content(): string;
}

interface Names {
  notes: Map<number, { title: string; stem: string }>;
  articles: Map<number, { title: string; stem: string }>;
  highlights: Map<number, { quote: string; documentId: number }>;
}

const shown = (title: string) => title.trim() || 'Untitled';

function exportResolvers(names: Names): MarkdownResolvers {
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

/** The files of one export, notes first, each in id order. */
export function planExport(db: Db, options: ExportOptions = {}): PlannedFile[] {
  const noteIds = liveNoteIds(db);
  const articleIds = options.allArticles
    ? allDocumentIds(db)
    : [...new Set([...documentIdsWithHighlights(db), ...documentIdsLinkedFromLiveNotes(db)])].sort((a, b) => a - b);
  const notes = getNoteMetas(db, noteIds)
    .map((n) => ({ id: n.id, title: n.title }))
    .sort((a, b) => a.id - b.id);
  const articles = articleIds.flatMap((id) => {
    const d = getDocument(db, id);
    return d ? [d] : [];
  });
  const names: Names = { notes: new Map(), articles: new Map(), highlights: new Map() };
  const noteStems = assignNames(notes, (n) => n.title);
  for (const n of notes) names.notes.set(n.id, { title: n.title, stem: noteStems.get(n)! });
  const articleStems = assignNames(articles, (a) => a.title);
  const highlightsOf = new Map<number, ExportHighlight[]>();
  for (const a of articles) {
    names.articles.set(a.id, { title: a.title, stem: articleStems.get(a)! });
    const rows = listHighlightsOfDocument(db, a.id);
    const tags = tagsOfHighlights(db, rows.map((r) => r.id));
    highlightsOf.set(a.id, rows.map((row) => ({ row, tags: tags.get(row.id) ?? [] })));
    for (const row of rows) names.highlights.set(row.id, { quote: row.exact, documentId: a.id });
  }
  const resolvers = exportResolvers(names);
  const files: PlannedFile[] = [];
  for (const n of notes) {
    files.push({
      item: `note:${n.id}`,
      path: `Notes/${names.notes.get(n.id)!.stem}.md`,
      content: () => {
        const row = getNote(db, n.id);
        return row ? noteFile(toNote(db, row), resolvers) : '';
      },
    });
  }
  for (const a of articles) {
    files.push({
      item: `article:${a.id}`,
      path: `Articles/${names.articles.get(a.id)!.stem}.md`,
      content: () => articleFile(a, tagsOfDocument(db, a.id), highlightsOf.get(a.id) ?? [], options.fullText === true),
    });
  }
  return files;
}

/** One note as Markdown (frontmatter and body) with links named as a full export would name them. */
export function noteMarkdown(db: Db, id: number): string | null {
  return planExport(db).find((f) => f.item === `note:${id}`)?.content() ?? null;
}
