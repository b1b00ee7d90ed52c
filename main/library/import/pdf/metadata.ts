/**
 * Title and author: the file's own (the XMP packet's Dublin Core, else the Info dictionary),
 * unless it is a placeholder a tool left there ("Microsoft Word - draft.docx", "untitled"); else
 * the title is the first page's largest text, when that is larger than the body text, and the
 * author the line of names printed just below it (a paper's author list).
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

/** Footnote marks set after names to tie them to affiliations: ∗ † ‡ § ¶ # $ + and superscript digits or letters. */
const AFFILIATION_MARKS = /[∗*†‡§¶#$+⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?<=\p{Ll})\d(?:,\d)*(?=\s*(?:,|$|\s+and\s))/gu;

/** "Ada Lovelace", "J. R. Smith", "Ludwig van Beethoven": two to five words, the first and last capitalised. */
function isName(piece: string): boolean {
  const words = piece.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  return /^\p{Lu}/u.test(words[0]!) && /^\p{Lu}\p{L}/u.test(words.at(-1)!) && words.every((w) => /^(?:\p{Lu}[\p{L}'’.-]*|\p{Ll}{1,3})$/u.test(w));
}

/**
 * The first line below the first page's title when it is a list of names ("Ada Lovelace∗, Alan
 * Turing†"), with the affiliation marks taken off: a paper names its authors there and often
 * nowhere in its metadata. Undefined when the line is anything else (an abstract, a date).
 */
export function bylineFromFirstPage(lines: readonly PlacedFragment[], title: string): { byline: string; lines: string[] } | undefined {
  const first = lines.filter((l) => l.page === lines[0]?.page);
  let end = 0;
  for (let taken = ''; end < first.length && taken.length < title.length; end++) taken = `${taken} ${first[end]!.text}`.trim();
  // A long author list wraps: its lines, while each is names alone and set in the first one's size.
  const taken: string[] = [];
  const names: string[] = [];
  for (let i = end; i < first.length && taken.length < 4 && first[i]!.size === first[end]!.size; i++) {
    const pieces = namesOf(first[i]!.text);
    if (!pieces) break;
    taken.push(first[i]!.text);
    names.push(...pieces);
  }
  return names.length ? { byline: names.join(', '), lines: taken } : undefined;
}

/** The names a line lists, or undefined when it is not names alone. */
function namesOf(line: string): string[] | undefined {
  if (line.length > 400) return undefined;
  const pieces = line.replace(AFFILIATION_MARKS, '').split(/\s*,\s*|\s+(?:and|&|und|et|y)\s+/u).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return pieces.length > 0 && pieces.every(isName) ? pieces : undefined;
}

export function pdfTitleAndAuthor(fields: PdfFileFields, lines: readonly PlacedFragment[], body: number): { title?: string; byline?: string; bylineLines?: string[] } {
  const title = usable(fields.xmpTitle) ?? usable(fields.infoTitle) ?? titleFromFirstPage(lines, body);
  const own = usable(fields.xmpCreator) ?? usable(fields.infoAuthor);
  const printed = !own && title ? bylineFromFirstPage(lines, title) : undefined;
  const byline = own ?? printed?.byline;
  return { ...(title ? { title } : {}), ...(byline ? { byline } : {}), ...(printed ? { bylineLines: printed.lines } : {}) };
}
