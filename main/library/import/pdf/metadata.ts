/**
 * Title and author: the file's own (the XMP packet's Dublin Core, else the Info dictionary),
 * unless it is a placeholder a tool left there ("Microsoft Word - draft.docx", "untitled"); else
 * the title is the first page's largest text, when that is larger than the body text.
 */
import type { PlacedFragment } from './reading-order';

export interface PdfFileFields {
  infoTitle?: unknown;
  infoAuthor?: unknown;
  xmpTitle?: unknown;
  xmpCreator?: unknown;
}

const PLACEHOLDER = /^(?:untitled|title|document|microsoft word|no title|unknown|\s*)$/i;
const FILE_NAME = /\.(?:docx?|pdf|tex|dvi|indd|odt|rtf|pages|qxd|ps)$/i;

function usable(value: unknown): string | undefined {
  const text = Array.isArray(value) ? value.filter((v) => typeof v === 'string').join(', ') : value;
  if (typeof text !== 'string') return undefined;
  const cleaned = text.replace(/^Microsoft (?:Word|PowerPoint) - /i, '').replace(/\s+/g, ' ').trim();
  if (PLACEHOLDER.test(cleaned) || FILE_NAME.test(cleaned) || cleaned.length > 300) return undefined;
  return cleaned;
}

/** The first page's lines in the largest size on it, read together, when that size stands above the body's. */
export function titleFromFirstPage(lines: readonly PlacedFragment[], body: number): string | undefined {
  const first = lines.filter((l) => l.page === lines[0]?.page);
  const largest = Math.max(...first.map((l) => l.size));
  if (!(largest > body * 1.15)) return undefined;
  const start = first.findIndex((l) => l.size === largest);
  const parts: string[] = [];
  for (let i = start; i < first.length && first[i]!.size === largest && parts.length < 4; i++) parts.push(first[i]!.text);
  const title = parts.join(' ').replace(/\s+/g, ' ').trim();
  return title.length >= 2 && title.length <= 300 ? title : undefined;
}

export function pdfTitleAndAuthor(fields: PdfFileFields, lines: readonly PlacedFragment[], body: number): { title?: string; byline?: string } {
  const title = usable(fields.xmpTitle) ?? usable(fields.infoTitle) ?? titleFromFirstPage(lines, body);
  const byline = usable(fields.xmpCreator) ?? usable(fields.infoAuthor);
  return { ...(title ? { title } : {}), ...(byline ? { byline } : {}) };
}
