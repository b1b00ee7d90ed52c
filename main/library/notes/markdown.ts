/**
 * A note as a Markdown file: YAML frontmatter (id, title, aliases, tags, dates) and the body,
 * with references resolved from the library. Link targets follow the export folder's layout:
 * a note by its name (Obsidian finds `[[name]]` anywhere in the vault), an article as
 * `Articles/<title>`, a highlight as `Articles/<title>#^hl-<id>`. The exporter will pass its own
 * sanitised, collision-numbered file names instead.
 */
import { stringify } from 'yaml';
import type { Note } from '../../contract';
import { getDocumentSummary } from '../../../db/repos/documents';
import { getHighlight } from '../../../db/repos/highlights';
import { getNoteMeta } from '../../../db/repos/notes';
import type { Db } from '../../../db/open';
import { noteToMarkdown, type MarkdownResolvers } from './doc';

const fileTitle = (title: string) => title.replace(/[#^[\]|\\/:*?"<>]/g, ' ').replace(/\s+/g, ' ').trim() || 'Untitled';

/** References as they currently are: a trashed or deleted target is written as a link to what it was called. */
export function libraryResolvers(db: Db): MarkdownResolvers {
  return {
    note: (id) => {
      const n = getNoteMeta(db, id);
      return n && n.deletedAt === null ? { title: n.title || 'Untitled', target: fileTitle(n.title) } : null;
    },
    document: (id) => {
      const d = getDocumentSummary(db, id);
      return d ? { title: d.title, target: `Articles/${fileTitle(d.title)}` } : null;
    },
    highlight: (id) => {
      const h = getHighlight(db, id);
      return h ? { quote: h.exact, documentTitle: h.documentTitle, target: `Articles/${fileTitle(h.documentTitle)}#^hl-${h.id}` } : null;
    },
  };
}

export function noteAsMarkdownFile(db: Db, note: Note): string {
  const front: Record<string, unknown> = { id: note.id, title: note.title };
  if (note.aliases.length > 0) front.aliases = note.aliases;
  if (note.tags.length > 0) front.tags = note.tags;
  front.created = note.createdAt;
  front.updated = note.updatedAt;
  return `---\n${stringify(front)}---\n\n${noteToMarkdown(note.content, libraryResolvers(db))}`;
}
