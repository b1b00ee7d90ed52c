/**
 * An article as an exported file: frontmatter, then its highlights in reading order, each a
 * blockquote whose last line ends with the block id `^hl-<id>` (what `[[Articles/x#^hl-<id>]]`
 * links to), followed by its colour and meaning, tags and comment; optionally the article's
 * text after them.
 */
import type { Block } from '../article';
import { markdownTagName } from '../../contract/tags';
import { escapeInline, escapeLine, frontmatter, paragraphs } from './markdown-text';
import type { ReviewStateRow } from '../../../db/repos/review';
import type { ExportArticle, ExportHighlightRow } from './read';

export interface ExportHighlight {
  row: ExportHighlightRow;
  tags: string[];
}

export const blockId = (highlightId: number) => `hl-${highlightId}`;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function highlightBlock({ row, tags }: ExportHighlight): string {
  const lines = row.exact
    .split('\n')
    .map((l) => escapeLine(l).trimEnd())
    .filter((l) => l !== '');
  if (lines.length === 0) lines.push('\\(empty passage\\)');
  lines[lines.length - 1] += ` ^${blockId(row.id)}`;
  const quote = lines.map((l) => `> ${l}`).join('\n');
  const meaning = row.colorMeaning.trim() === '' ? '' : ` — ${escapeInline(row.colorMeaning.trim())}`;
  const status = row.status === 'ok' ? '' : ` (${row.status === 'pending' ? 'not yet placed in the article' : row.status === 'fuzzy' ? 'placed approximately' : 'no longer found in the text'})`;
  // Where in the book (imported from Kindle or Readwise), for citing; and whether the tool cut it short.
  const place = row.locator ? ` · ${escapeInline(row.locator)}` : '';
  const partial = row.partial === 1 ? ' · partial (cut short by Kindle’s clipping limit)' : '';
  const about = [`*${capital(row.color)}${meaning}*${status}${place}${partial}`, ...tags.map((t) => `#${markdownTagName(t)}`)].join(' ');
  const comment = row.comment ? paragraphs(row.comment) : '';
  return [quote, about, comment].filter((part) => part !== '').join('\n\n');
}

const MARKER: Record<string, string> = { 'list-item': '- ', quote: '> ' };

/** The article's blocks as Markdown, marks left out: the words as text. */
export function blocksMarkdown(blocks: readonly Block[]): string {
  return blocks
    .map((b) => {
      if (b.kind === 'preformatted') {
        const longest = Math.max(0, ...[...b.text.matchAll(/`{3,}/g)].map((m) => m[0].length));
        const fence = '`'.repeat(Math.max(3, longest + 1));
        return `${fence}\n${b.text}\n${fence}`;
      }
      const text = paragraphs(b.text);
      if (text === '') return '';
      if (b.kind === 'heading') return `${'#'.repeat(Math.min(6, Math.max(1, b.level ?? 2)))} ${text.replace(/\\\n/g, ' ')}`;
      const marker = MARKER[b.kind];
      return marker ? text.split('\n').map((l, i) => (marker === '> ' ? `> ${l}` : i === 0 ? `- ${l}` : `  ${l}`)).join('\n') : text;
    })
    .filter((t) => t !== '')
    .join('\n\n');
}

/** ts-fsrs's states by number. */
const REVIEW_STATES = ['new', 'learning', 'review', 'relearning'] as const;

/**
 * The `review:` frontmatter block: each reviewed highlight's state under its block id
 * (`hl-<id>`), and each answered recall card's under `card-<id>` with its highlight and kind, so
 * a note or a script can tell what is due or retired; null when nothing was reviewed.
 */
export function reviewFrontmatter(states: readonly ReviewStateRow[]): Record<string, Record<string, unknown>> | null {
  if (states.length === 0) return null;
  const block: Record<string, Record<string, unknown>> = {};
  for (const s of states) {
    const schedule = s.retired
      ? { retired: true, reps: s.reps, lapses: s.lapses }
      : { due: s.due, state: REVIEW_STATES[s.state] ?? 'review', reps: s.reps, lapses: s.lapses };
    if (s.promptId === null) block[blockId(s.highlightId)] = schedule;
    else block[`card-${s.promptId}`] = { highlight: blockId(s.highlightId), kind: s.kind, ...schedule };
  }
  return block;
}

export function articleFile(
  doc: ExportArticle,
  tags: readonly string[],
  highlights: readonly ExportHighlight[],
  fullText: boolean,
  review: readonly ReviewStateRow[] = [],
): string {
  const head = frontmatter({
    title: doc.title,
    source: doc.sourceUrl,
    site: doc.site,
    author: doc.byline,
    published: doc.publishedAt,
    imported: doc.importedAt,
    tags: tags.map(markdownTagName),
    id: doc.id,
    review: reviewFrontmatter(review),
  });
  const parts = [`# ${escapeLine(doc.title.replace(/\s+/g, ' ')) || 'Untitled'}`];
  if (highlights.length > 0) parts.push('## Highlights', ...highlights.map(highlightBlock));
  if (fullText) {
    const text = blocksMarkdown(JSON.parse(doc.blocksJson ?? '[]') as Block[]);
    if (text !== '') parts.push('## Full text', text);
  }
  return `${head}\n${parts.join('\n\n')}\n`;
}
