/**
 * `commonplace notes`, `commonplace note <id>` and `commonplace backlinks`: the CLI's view of
 * linked notes. Loaded on demand (the editor schema is only needed here).
 */
import { getDocumentSummary } from '../../db/repos/documents';
import { getHighlight } from '../../db/repos/highlights';
import { getNote, getNoteMeta, listNotes } from '../../db/repos/notes';
import type { Db } from '../../db/open';
import type { Backlink, LinkTarget, Note, NoteMeta } from '../contract';
import { backlinks } from '../library/notes/links';
import { exportLinkResolvers } from '../library/export/plan';
import { noteBody, noteFile } from '../library/export/note-file';
import { toNote, withTags } from '../library/notes/view';
import type { BACKLINKS_OPTIONS, NOTE_OPTIONS, NOTES_OPTIONS } from './commands';
import { requireId, type Invocation } from './options';
import { UsageError } from './usage-error';
import { err, oneLine, out, outJson, printable } from './output';

const untitled = (title: string) => oneLine(title.trim() || 'Untitled');
const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

function positiveId(value: string | undefined, what: string, example: string): number {
  return requireId(value, { what, example });
}

export function runNotes(db: Db, inv: Invocation<typeof NOTES_OPTIONS>): number {
  const { json } = inv;
  if (inv.positionals.length > 0) throw new UsageError(`\`notes\` takes no arguments; got "${inv.positionals.join(' ')}". To print one note: \`commonplace note <id>\`.`);
  const trash = inv.flag('trash');
  const notes = withTags(db, listNotes(db, { trash, limit: Number.MAX_SAFE_INTEGER }));
  out(json ? JSON.stringify(notes, null, 2) : formatNotes(notes, trash));
  return 0;
}

export function formatNotes(notes: readonly NoteMeta[], trash = false): string {
  if (notes.length === 0) return trash ? 'The trash is empty.' : 'No notes yet.';
  const width = Math.max(2, ...notes.map((n) => String(n.id).length));
  const rows = notes.map((n) => {
    const tags = n.tags.length > 0 ? `  ${n.tags.map((t) => `#${t}`).join(' ')}` : '';
    const first = n.excerpt ? `\n${' '.repeat(width + 20)}${n.excerpt}` : '';
    return `${String(n.id).padEnd(width)}  ${when(trash && n.deletedAt ? n.deletedAt : n.updatedAt)}  ${untitled(n.title)}${tags}${first}`;
  });
  return [`${'ID'.padEnd(width)}  ${(trash ? 'DELETED' : 'UPDATED').padEnd(16)}  TITLE`, ...rows].join('\n');
}

export function runNote(db: Db, inv: Invocation<typeof NOTE_OPTIONS>): number {
  const { positionals: rest, json } = inv;
  const usage = { what: 'one note id', example: 'commonplace note 12', listedBy: 'commonplace notes' };
  if (rest.length !== 1) requireId(undefined, usage);
  const id = requireId(rest[0], usage);
  const row = getNote(db, id);
  if (!row) {
    err(`No note with id ${id} in this library. \`commonplace notes\` shows the ids.`);
    return 1;
  }
  const note = toNote(db, row);
  if (json) outJson(note);
  else if (inv.flag('markdown')) process.stdout.write(printable(noteFile(note, exportLinkResolvers(db))));
  else out(formatNote(db, note));
  return 0;
}

function formatNote(db: Db, note: Note): string {
  const meta = [
    `Note #${note.id}`,
    `updated ${when(note.updatedAt)}`,
    note.deletedAt ? 'in the trash' : null,
    note.tags.length > 0 ? `Tags: ${note.tags.map((t) => `#${t}`).join(' ')}` : null,
  ].filter(Boolean);
  return [`# ${untitled(note.title)}`, meta.join(' · '), '', noteBody(note, exportLinkResolvers(db)).trimEnd()].join('\n').trimEnd();
}

/** `backlinks <note id>`, `backlinks --article <id>` or `backlinks --highlight <id>`. */
export function runBacklinks(db: Db, inv: Invocation<typeof BACKLINKS_OPTIONS>): number {
  const { positionals: rest, json } = inv;
  const article = inv.text('article');
  const highlight = inv.text('highlight');
  if ([rest.length > 0, article !== undefined, highlight !== undefined].filter(Boolean).length !== 1 || rest.length > 1) {
    throw new UsageError('Name one target: `commonplace backlinks <note id>`, `--article <id>` or `--highlight <id>`.');
  }
  const target: LinkTarget =
    article !== undefined
      ? { kind: 'document', id: positiveId(article, 'an article id to --article', 'commonplace backlinks --article 3') }
      : highlight !== undefined
        ? { kind: 'highlight', id: positiveId(highlight, 'a highlight id to --highlight', 'commonplace backlinks --highlight 7') }
        : { kind: 'note', id: positiveId(rest[0], 'one note id', 'commonplace backlinks 12') };
  const name = describe(db, target);
  const found = backlinks(db, target);
  if (name === null && found.length === 0) {
    const what = target.kind === 'document' ? 'article' : target.kind;
    err(`No ${what} with id ${target.id} in this library, and no note links to it.`);
    return 1;
  }
  out(json ? JSON.stringify(found, null, 2) : formatBacklinks(name ?? `${target.kind} #${target.id} (no longer in the library)`, found));
  return 0;
}

function describe(db: Db, target: LinkTarget): string | null {
  if (target.kind === 'note') {
    const n = getNoteMeta(db, target.id);
    return n ? `“${untitled(n.title)}”${n.deletedAt ? ' (in the trash)' : ''}` : null;
  }
  if (target.kind === 'document') {
    const d = getDocumentSummary(db, target.id);
    return d ? `“${d.title}”` : null;
  }
  const h = getHighlight(db, target.id);
  return h ? `highlight #${h.id} in “${h.documentTitle}”` : null;
}

export function formatBacklinks(name: string, found: readonly Backlink[]): string {
  if (found.length === 0) return `No notes link to ${name}.`;
  // One note can link an article twice (the article and one of its highlights): count notes, list links.
  const notes = new Set(found.map((b) => b.noteId)).size;
  const links = notes === found.length ? '' : ` (${found.length} links)`;
  const lines = [`${notes} note${notes === 1 ? ' links' : 's link'} to ${name}${links}:`];
  for (const b of found) {
    const via = b.target.kind === 'highlight' && !name.startsWith('highlight') ? `  (quotes highlight #${b.target.id})` : '';
    lines.push('', `#${b.noteId}  ${untitled(b.title)}${via}`);
    if (b.context) lines.push(`  ${b.context}`);
  }
  return lines.join('\n');
}
