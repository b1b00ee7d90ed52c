/** `commonplace highlights <id>` and `commonplace tags`: the CLI's view of annotations. */
import { getDocumentSummary } from '../../db/repos/documents';
import type { Db } from '../../db/open';
import type { Highlight, TagCount } from '../contract';
import { listHighlights } from '../library/highlights/lists';
import { listTags } from '../library/tags';
import { articleIdArgument } from './articles';
import type { Invocation } from './options';
import { UsageError } from './usage-error';
import { err, oneLine, out } from './output';

const STATUS_TEXT: Record<Highlight['status'], string> = {
  ok: 'anchored',
  fuzzy: 'fuzzy: check it',
  orphaned: 'orphaned: not found in the text',
  pending: 'waiting for its article',
};

export function runHighlights(db: Db, inv: Invocation<Record<never, never>>): number {
  const id = articleIdArgument(inv.positionals, 'highlights');
  const doc = getDocumentSummary(db, id);
  if (!doc) {
    err(`No article with id ${id} in this library. \`commonplace list\` shows the ids.`);
    return 1;
  }
  const highlights = listHighlights(db, { documentId: id, limit: 1 });
  out(inv.json ? JSON.stringify(highlights, null, 2) : formatHighlights(doc.title, highlights));
  return 0;
}

export function runTags(db: Db, inv: Invocation<Record<never, never>>): number {
  if (inv.positionals.length > 0) throw new UsageError(`\`tags\` takes no arguments; got "${inv.positionals.join(' ')}".`);
  const tags = listTags(db);
  out(inv.json ? JSON.stringify(tags, null, 2) : formatTags(tags));
  return 0;
}

export function formatHighlights(rawTitle: string, highlights: readonly Highlight[]): string {
  const title = oneLine(rawTitle);
  if (highlights.length === 0) return `“${title}” has no highlights.`;
  const lines = [`${highlights.length} highlight${highlights.length === 1 ? '' : 's'} in “${title}”:`];
  for (const h of highlights) {
    const where = h.start === null ? '' : `  [${h.start}–${h.end}]`;
    // Where in the book (highlights from Kindle or Readwise), and whether Kindle cut it short.
    const place = (h.locator ? `  ${oneLine(h.locator)}` : '') + (h.partial ? '  partial (cut short by Kindle’s clipping limit)' : '');
    lines.push('', `#${h.id}  ${h.color} (${h.colorMeaning})  ${STATUS_TEXT[h.status]}${where}${place}`);
    lines.push(...h.exact.split('\n').filter((l) => l.trim() !== '').map((l) => `  > ${l}`));
    if (h.comment) lines.push(`  Comment: ${h.comment}`);
    if (h.tags.length > 0) lines.push(`  Tags: ${h.tags.map((t) => `#${t}`).join(' ')}`);
  }
  return lines.join('\n');
}

export function formatTags(tags: readonly TagCount[]): string {
  if (tags.length === 0) return 'No tags yet.';
  const width = Math.min(60, Math.max(3, ...tags.map((t) => t.name.length)));
  const rows = tags.map((t) => `${t.name.padEnd(width)}  ${String(t.count).padStart(5)}  (${t.documents} articles, ${t.highlights} highlights, ${t.notes} notes)`);
  return [`${'TAG'.padEnd(width)}  COUNT`, ...rows].join('\n');
}
