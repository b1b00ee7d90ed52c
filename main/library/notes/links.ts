/** Backlinks, and what a note's references point at now (for the editor's node views). */
import type { Backlink, Highlight, LinkTarget } from '../../contract';
import { getDocumentSummary } from '../../../db/repos/documents';
import { getHighlight, type HighlightRow } from '../../../db/repos/highlights';
import { backlinksTo, backlinksToDocument } from '../../../db/repos/note-links';
import { getNoteMetas } from '../../../db/repos/notes';
import type { Db } from '../../../db/open';
import { withTags as highlightsWithTags } from '../highlights/view';
import type { DocumentKindName } from '../../contract/constants';

/** Live notes linking to the target with the sentence around each link; an article's include links to its highlights. */
export function backlinks(db: Db, target: LinkTarget): Backlink[] {
  const rows = target.kind === 'document' ? backlinksToDocument(db, target.id) : backlinksTo(db, target.kind, target.id);
  return rows.map((r) => ({ noteId: r.noteId, title: r.title, context: r.context, updatedAt: r.updatedAt, target: { kind: r.targetKind, id: r.targetId } }));
}

export interface Resolved {
  notes: { id: number; title: string; deleted: boolean }[];
  highlights: Highlight[];
  documents: { id: number; title: string; kind: DocumentKindName }[];
}

/** The current state of referenced notes, highlights and articles; ids that no longer exist are left out (broken links). */
export function resolveReferences(db: Db, ids: { notes: readonly number[]; highlights: readonly number[]; documents: readonly number[] }): Resolved {
  const notes = getNoteMetas(db, [...new Set(ids.notes)]).map((n) => ({ id: n.id, title: n.title, deleted: n.deletedAt !== null }));
  const highlightRows = [...new Set(ids.highlights)].map((id) => getHighlight(db, id)).filter((h): h is HighlightRow => h !== undefined);
  const documents = [...new Set(ids.documents)].flatMap((id) => {
    const d = getDocumentSummary(db, id);
    return d ? [{ id: d.id, title: d.title, kind: d.kind }] : [];
  });
  return { notes, highlights: highlightsWithTags(db, highlightRows), documents };
}
