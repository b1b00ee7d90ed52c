/**
 * One note as Markdown (`export.note`, "Copy note as Markdown"): exactly its file in a folder
 * export, read in proportion to the note rather than the library. A full export names every file
 * (plan.ts); one note needs only the names its links resolve to: the notes and articles it links
 * to, the articles of the highlights it quotes, and whatever could change those names (items whose
 * names could collide with theirs, see `nameFamilies`; for a note, also the articles its name could
 * clash with, which put it under `Notes/`). SQLite walks the titles to find those; only they, the
 * note, its tags and the quoted highlights reach JavaScript.
 */
import { documentsForExport, exportedDocumentTitlesWhere } from '../../../db/repos/documents';
import { highlightQuotesForExport } from '../../../db/repos/highlights';
import { getNote, getNoteMetas, liveNoteTitlesWhere } from '../../../db/repos/notes';
import { tagsOfNotes } from '../../../db/repos/tags';
import type { Db } from '../../../db/open';
import type { Note } from '../../contract';
import type { NoteDocJSON, NoteNodeJSON } from '../../contract/note-schema';
import { toMeta } from '../notes/view';
import { exportResolvers, type Names } from './plan';
import { assignNames, nameFamilies } from './file-names';
import { noteFile } from './note-file';

interface Titled {
  id: number;
  title: string;
}

const highest = (items: readonly { id: number }[]) => items.reduce((max, i) => Math.max(max, i.id), 0);

type Read = (test: (title: string) => boolean, upTo?: number) => Titled[];

/**
 * The stems a full export gives the items of one folder, up to id `upTo`, whose name families
 * meet `families` (closed: each item found brings its own families, until none is new). Names
 * are given in id order, so later items never change these. `read` returns the folder's exported
 * items up to an id whose title passes a test.
 */
function stemsInFolder(read: Read, families: Iterable<string>, upTo?: number): Map<number, Titled & { stem: string }> {
  const wanted = new Set(families);
  let items: Titled[] = [];
  for (;;) {
    const before = wanted.size;
    items = wanted.size === 0 ? [] : read((title) => nameFamilies(title).some((f) => wanted.has(f)), upTo);
    for (const item of items) for (const f of nameFamilies(item.title)) wanted.add(f);
    if (wanted.size === before) break;
  }
  const stems = assignNames(items, (i) => i.title);
  return new Map(items.map((i) => [i.id, { ...i, stem: stems.get(i)! }]));
}

/** The ids a note's references name: notes it links to, articles it refers to, highlights it quotes. */
function referencedIds(doc: NoteDocJSON): { notes: Set<number>; documents: Set<number>; highlights: Set<number> } {
  const found = { notes: new Set<number>(), documents: new Set<number>(), highlights: new Set<number>() };
  const walk = (node: NoteNodeJSON) => {
    const attrs = (node.attrs ?? {}) as Record<string, unknown>;
    if (node.type === 'noteLink' && typeof attrs.noteId === 'number') found.notes.add(attrs.noteId);
    if (node.type === 'articleRef' && typeof attrs.documentId === 'number') found.documents.add(attrs.documentId);
    if (node.type === 'highlightRef' && typeof attrs.highlightId === 'number') found.highlights.add(attrs.highlightId);
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc as NoteNodeJSON);
  return found;
}

/**
 * One live note as Markdown (frontmatter and body) with links named as a full export names them,
 * or null if it is not in the library or in the trash.
 */
export function noteMarkdown(db: Db, id: number): string | null {
  const row = getNote(db, id);
  if (!row || row.deletedAt !== null) return null;
  const content = JSON.parse(row.contentJson) as NoteDocJSON;
  const refs = referencedIds(content);
  const quotes = highlightQuotesForExport(db, [...refs.highlights]);
  const linkedNotes = getNoteMetas(db, [...refs.notes]).filter((n) => n.deletedAt === null);
  const readNotes: Read = (test, upTo) => liveNoteTitlesWhere(db, test, upTo);
  const readArticles: Read = (test, upTo) => exportedDocumentTitlesWhere(db, test, upTo);
  const notes = stemsInFolder(
    readNotes,
    linkedNotes.flatMap((n) => nameFamilies(n.title)),
    highest(linkedNotes),
  );
  const referred = documentsForExport(db, [...refs.documents, ...quotes.map((q) => q.documentId)]);
  const articles = stemsInFolder(
    readArticles,
    referred.flatMap((a) => nameFamilies(a.title)),
    highest(referred),
  );
  // An article with a linked note's name, whatever its id, puts that note's links under Notes/.
  const noteStems = [...notes.values()].filter((n) => refs.notes.has(n.id)).flatMap((n) => nameFamilies(n.stem));
  for (const [aid, a] of stemsInFolder(readArticles, noteStems)) articles.set(aid, a);
  const names: Names = { notes: new Map(), articles: new Map(), highlights: new Map() };
  for (const n of refs.notes) {
    const found = notes.get(n);
    if (found) names.notes.set(n, { title: found.title, stem: found.stem });
  }
  for (const [aid, a] of articles) names.articles.set(aid, { title: a.title, stem: a.stem });
  for (const q of quotes) names.highlights.set(q.id, { quote: q.exact, documentId: q.documentId });
  const note: Note = { ...toMeta(row, tagsOfNotes(db, [id]).get(id) ?? []), content };
  return noteFile(note, exportResolvers(names));
}
