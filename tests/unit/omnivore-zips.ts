/**
 * Omnivore export archives for tests, built with fflate's zipSync in the official export's shape
 * (metadata_<from>_to_<to>.json, content/<slug>.html, highlights/<slug>.md as Omnivore's
 * highlightToMarkdown wrote them), from the metadata fixture read in place.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { sharedFixtures } from './fixtures';

export const OMNIVORE_METADATA = path.join(sharedFixtures, 'formats', 'omnivore', 'official-export-metadata', 'metadata_wallabag-fixture.json');

export interface MetadataItem {
  id: string;
  slug: string;
  title: string;
  author: string;
  url: string;
  description: string;
  labels: string[];
}

export const metadataItems = (): MetadataItem[] => JSON.parse(readFileSync(OMNIVORE_METADATA, 'utf8')) as MetadataItem[];

/** A readable page for an item, as Omnivore stored its content: the item's description, then the given paragraphs. */
export function contentHtml(item: MetadataItem, paragraphs: readonly string[]): string {
  const body = [item.description, ...paragraphs].map((p) => `<p>${p}</p>`).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${item.title}</title></head><body><article><h1>${item.title}</h1>\n${body}\n</article></body></html>`;
}

/** highlights/<slug>.md: each quote as "> " lines, its note the paragraph after, a blank line between. */
export function highlightsMarkdown(highlights: readonly { quote: string; note?: string }[]): string {
  return highlights.map((h) => `> ${h.quote.replace(/\n/g, '\n> ')}${h.note ? `\n\n${h.note}` : ''}`).join('\n\n');
}

export function omnivoreZip(entries: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data])));
}

/** Long enough, and particular enough, for the matcher to place a highlight in it. */
export const PASSAGES = [
  'The watchmaker’s sales in Asia grew faster than anywhere else last year, driven by new boutiques in Singapore and Seoul.',
  'Executives said they would not rule out acquisitions of smaller workshops that make movements by hand in the Jura mountains.',
  'In France the brand opened stores in Lille and Monaco after its flagship on the Champs-Élysées drew more visitors than expected.',
];

/**
 * The fixture's metadata as one export: the first item with its content and two highlights (one
 * with a note), the second with highlights but no content, the rest as metadata only.
 */
export function sampleExport(): { zip: Uint8Array; items: MetadataItem[] } {
  const items = metadataItems();
  const [first, second] = items as [MetadataItem, MetadataItem];
  const zip = omnivoreZip({
    'metadata_0_to_20.json': JSON.stringify(items, null, 2),
    [`content/${first.slug}.html`]: contentHtml(first, PASSAGES),
    [`highlights/${first.slug}.md`]: highlightsMarkdown([{ quote: PASSAGES[0]! }, { quote: PASSAGES[2]!, note: 'Compare with the Swiss market.' }]),
    [`highlights/${second.slug}.md`]: highlightsMarkdown([{ quote: 'Begoña Gomez fait l’objet d’une enquête pour corruption et trafic d’influence' }]),
  });
  return { zip, items };
}
