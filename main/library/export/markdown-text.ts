/**
 * Small Markdown writers for the export's own text (frontmatter, highlight quotes, comments,
 * article text): what the user or an article wrote must read back as the same text, never as
 * Markdown syntax.
 */
import { stringify } from 'yaml';

/** Escapes inline Markdown syntax (and HTML, entities, wikilink brackets) so text reads back as itself. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>~|#$=!&]/g, (c) => `\\${c}`);
}

/** One line of text as a Markdown line that cannot start a block (heading, list, quote, rule, code). */
export function escapeLine(line: string): string {
  return escapeInline(line.replace(/^\s+/, ''))
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Text of several lines as paragraphs: blank lines kept as paragraph breaks, single breaks as hard breaks. */
export function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((para) =>
      para
        .split('\n')
        .map((l) => escapeLine(l).trimEnd())
        .filter((l) => l !== '')
        .join('\\\n'),
    )
    .filter((p) => p !== '')
    .join('\n\n');
}

/** YAML frontmatter of the given fields (nulls and empty lists left out), between `---` lines. */
export function frontmatter(fields: Record<string, unknown>): string {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    kept[key] = value;
  }
  return `---\n${stringify(kept, { lineWidth: 0 })}---\n`;
}
