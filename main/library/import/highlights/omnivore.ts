/**
 * Omnivore's official export: `metadata_<from>_to_<to>.json` (a list of saved items: id, slug,
 * title, description, author, url, labels, savedAt, publishedAt, …) beside `content/<slug>.html`
 * (the readable text; some exports wrote `.md`) and `highlights/<slug>.md`, which Omnivore wrote
 * with its highlightToMarkdown: each highlight a `> ` quote, its note the paragraph after it,
 * highlights separated by a blank line. Labels were names in later exports and `{name, color}`
 * objects in earlier ones; fields Omnivore had no value for are null or absent.
 */
import * as z from 'zod/mini';
import { tidyTagName } from '../../../contract/tags';
import { checked } from './json';
import type { ClippedHighlight } from './types';

export const METADATA_WHAT = 'Omnivore metadata file';

const Label = z.union([z.string(), z.looseObject({ name: z.string() })]);
const Item = z.looseObject({
  id: z.nullish(z.string()),
  slug: z.string(),
  title: z.nullish(z.string()),
  description: z.nullish(z.string()),
  author: z.nullish(z.string()),
  url: z.nullish(z.string()),
  labels: z.nullish(z.array(Label)),
  savedAt: z.nullish(z.string()),
  publishedAt: z.nullish(z.string()),
});
export type OmnivoreItem = z.infer<typeof Item>;

/** A list of saved items, each with a slug and one of Omnivore's own fields. */
export function looksLikeOmnivoreMetadata(json: unknown): boolean {
  if (!Array.isArray(json) || json.length === 0) return false;
  const first = json[0] as Record<string, unknown> | null;
  return typeof first === 'object' && first !== null && 'slug' in first && ('savedAt' in first || 'readingProgress' in first || 'labels' in first);
}

export function readOmnivoreMetadata(json: unknown, what = METADATA_WHAT): OmnivoreItem[] {
  return checked(z.array(z.unknown()), json, what).map((raw, i) => checked(Item, raw, what, [i]));
}

export function labelsOf(item: OmnivoreItem): string[] {
  const tags: string[] = [];
  for (const label of item.labels ?? []) {
    const tag = tidyTagName(typeof label === 'string' ? label : label.name);
    if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  }
  return tags;
}

/** The "⤴️" link back to Omnivore that its plugins end each quote with. */
const BACK_LINK = /\s*\[⤴️?\]\([^)]*\)\s*$/u;

/**
 * The highlights of `highlights/<slug>.md`: each run of `>` lines is one highlight's quote, and
 * the lines after it up to the next quote are its note.
 */
export function parseOmnivoreHighlights(markdown: string): ClippedHighlight[] {
  const out: ClippedHighlight[] = [];
  let quote: string[] | null = null;
  let note: string[] = [];
  const flush = () => {
    if (quote) {
      const text = quote.join('\n').replace(BACK_LINK, '').replace(/\s+/g, ' ').trim();
      const comment = note.join('\n').trim();
      if (text) out.push(comment ? { quote: text, comment } : { quote: text });
    }
    quote = null;
    note = [];
  };
  let inQuote = false;
  for (const line of markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*>/.test(line)) {
      if (!inQuote) flush();
      quote ??= [];
      quote.push(line.replace(/^\s*> ?/, ''));
      inQuote = true;
    } else {
      inQuote = false;
      if (quote) note.push(line);
    }
  }
  flush();
  return out;
}
