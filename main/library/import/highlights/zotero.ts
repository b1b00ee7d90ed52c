/**
 * Zotero's annotation JSON, as its reader holds a document's annotations (and as the
 * `*-annotations.json` beside a PDF, EPUB or saved page gives them): a list of annotations,
 * each with a type, the passage's text, the reader's comment, a hex colour, tags, a page label
 * and times. The list names no document, so the source item is titled from the file's name
 * ("tracemonkey-annotations.json" → "tracemonkey"). Highlights and underlines become highlights
 * (page label → "p. 3"); notes and text boxes, which hold only the reader's words, become the
 * item's own notes; ink drawings and image areas hold no text and are counted as skipped.
 * Zotero's Web API gives the same annotations as items (`{key, data: {itemType: 'annotation',
 * annotationType, annotationText, annotationComment, annotationColor, annotationPageLabel,
 * annotationSortIndex, tags: [{tag}], dateAdded}}`, or the `data` objects alone): read alike.
 */
import * as z from 'zod/mini';
import { tidyTagName } from '../../../contract/tags';
import { checked } from './json';
import { colorOfZoteroHex } from './zotero-colors';
import { noneSkipped, type ClippedHighlight, type HighlightExport, type SourceBook } from './types';

const WHAT = 'Zotero annotation file';

const TEXT_TYPES = new Set(['highlight', 'underline']);
const NOTE_TYPES = new Set(['note', 'text']);
/** Kinds with no text, in the words the report uses. */
const NO_TEXT: Readonly<Record<string, string>> = { ink: 'ink drawing', image: 'image area' };

const Tag = z.union([z.looseObject({ name: z.string() }), z.string()]);
const Annotation = z.looseObject({
  id: z.optional(z.string()),
  type: z.string(),
  text: z.optional(z.string()),
  comment: z.optional(z.string()),
  color: z.optional(z.string()),
  pageLabel: z.optional(z.string()),
  sortIndex: z.optional(z.string()),
  tags: z.optional(z.array(Tag)),
  dateCreated: z.optional(z.string()),
  dateModified: z.optional(z.string()),
});
type Annotation = z.infer<typeof Annotation>;

const ApiAnnotation = z.looseObject({
  key: z.optional(z.string()),
  annotationType: z.string(),
  annotationText: z.nullish(z.string()),
  annotationComment: z.nullish(z.string()),
  annotationColor: z.nullish(z.string()),
  annotationPageLabel: z.nullish(z.string()),
  annotationSortIndex: z.nullish(z.string()),
  tags: z.optional(z.array(z.looseObject({ tag: z.string() }))),
  dateAdded: z.optional(z.string()),
  dateModified: z.optional(z.string()),
});

/** The Web API's item (or its `data`), as the reader's annotation. */
function fromApi(raw: unknown, index: number): Annotation | undefined {
  if (raw === null || typeof raw !== 'object') return undefined;
  const record = raw as Record<string, unknown>;
  const inData = typeof record['data'] === 'object' && record['data'] !== null && 'annotationType' in (record['data'] as object);
  if (!inData && !('annotationType' in record)) return undefined;
  const a = checked(ApiAnnotation, inData ? record['data'] : record, WHAT, inData ? [index, 'data'] : [index]);
  const out: Annotation = { type: a.annotationType, tags: (a.tags ?? []).map((t) => t.tag) };
  const id = a.key ?? (typeof record['key'] === 'string' ? record['key'] : undefined);
  if (id !== undefined) out.id = id;
  if (a.annotationText != null) out.text = a.annotationText;
  if (a.annotationComment != null) out.comment = a.annotationComment;
  if (a.annotationColor != null) out.color = a.annotationColor;
  if (a.annotationPageLabel != null) out.pageLabel = a.annotationPageLabel;
  if (a.annotationSortIndex != null) out.sortIndex = a.annotationSortIndex;
  if (a.dateAdded !== undefined) out.dateCreated = a.dateAdded;
  if (a.dateModified !== undefined) out.dateModified = a.dateModified;
  return out;
}

/** A list of objects with Zotero's annotation fields: a type and a position or sort index. */
export function looksLikeZotero(json: unknown): boolean {
  if (!Array.isArray(json) || json.length === 0) return false;
  const first = json[0] as Record<string, unknown> | null;
  if (typeof first !== 'object' || first === null) return false;
  const data = first['data'];
  if ('annotationType' in first || (typeof data === 'object' && data !== null && 'annotationType' in data)) return true;
  return typeof first['type'] === 'string' && ('position' in first || 'sortIndex' in first) && !('target' in first);
}

/** "tracemonkey" from "tracemonkey-annotations.json". */
export function titleFromFileName(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).replace(/\.json$/i, '');
  return base.replace(/[-_ .]*annotations$/i, '').replace(/[-_]+/g, ' ').trim() || base || 'Zotero annotations';
}

function when(a: Annotation): string | undefined {
  const text = a.dateCreated ?? a.dateModified;
  if (!text) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function tagsOf(a: Annotation): string[] {
  const tags: string[] = [];
  for (const t of a.tags ?? []) {
    const tag = tidyTagName(typeof t === 'string' ? t : t.name);
    if (tag && !tags.some((x) => x.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  }
  return tags;
}

/** Zotero's text layer joins lines without a space and keeps soft hyphens' halves: tidied only as far as whitespace. */
const tidy = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function parseZotero(json: unknown, name: string): HighlightExport {
  const annotations = checked(z.array(z.unknown()), json, WHAT).map((raw, i) => fromApi(raw, i) ?? checked(Annotation, raw, WHAT, [i]));
  const skipped = noneSkipped();
  const noText: Record<string, number> = {};
  const book: SourceBook = { title: titleFromFileName(name), highlights: [], looseNotes: [] };
  const placed: { h: ClippedHighlight; sort: string; i: number }[] = [];
  const seen = new Set<string>();
  annotations.forEach((a, i) => {
    if (a.id !== undefined) {
      if (seen.has(a.id)) {
        skipped.duplicates++;
        return;
      }
      seen.add(a.id);
    }
    const type = a.type.toLowerCase();
    const locator = a.pageLabel?.trim() ? `p. ${a.pageLabel.trim()}` : undefined;
    const comment = a.comment?.trim() ?? '';
    if (TEXT_TYPES.has(type)) {
      const quote = tidy(a.text ?? '');
      if (!quote) {
        skipped.empty++;
        return;
      }
      const h: ClippedHighlight = { quote };
      if (comment) h.comment = comment;
      const color = colorOfZoteroHex(a.color);
      if (color) h.color = color;
      const tags = tagsOf(a);
      if (tags.length) h.tags = tags;
      const at = when(a);
      if (at) h.createdAt = at;
      if (locator) h.locator = locator;
      placed.push({ h, sort: a.sortIndex ?? '', i });
    } else if (NOTE_TYPES.has(type)) {
      if (comment) book.looseNotes.push(locator ? { text: comment, locator } : { text: comment });
      else skipped.empty++;
    } else {
      const kind = NO_TEXT[type] ?? `${type} annotation`;
      noText[kind] = (noText[kind] ?? 0) + 1;
    }
  });
  // Zotero's sort index ("page|offset|top") is the reading order; the file's order breaks ties.
  book.highlights = placed.sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : a.i - b.i)).map((p) => p.h);
  if (Object.keys(noText).length) skipped.noText = noText;
  return { tool: 'zotero', books: book.highlights.length || book.looseNotes.length ? [book] : [], skipped };
}
