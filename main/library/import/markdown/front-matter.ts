/**
 * YAML front matter of Markdown files → article fields. Key names vary by tool (Obsidian,
 * Jekyll, Hugo, read-later exports), so several spellings map to each field.
 */
import { parse as parseYaml } from 'yaml';
import type { Article } from '../../article';
import { parseDateLine } from '../text/dates';
import { safeHref } from './links';
import { simpleFrontMatter } from './simple-yaml';

export type FrontMatter = Record<string, unknown>;

export function readFrontMatter(yaml: string | null): FrontMatter {
  if (!yaml) return {};
  const simple = simpleFrontMatter(yaml);
  if (simple) return simple;
  return yamlFrontMatter(yaml);
}

/** The front matter as the YAML library reads it. */
export function yamlFrontMatter(yaml: string): FrontMatter {
  try {
    const data: unknown = parseYaml(yaml, { maxAliasCount: 50 });
    if (!data || typeof data !== 'object' || Array.isArray(data)) return {};
    // Keys compared case-insensitively: "Title", "title" and "TITLE" all occur in the wild.
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k.toLowerCase(), v]));
  } catch {
    // Broken front matter costs the metadata, not the article.
    return {};
  }
}

export function field(fm: FrontMatter, ...keys: string[]): unknown {
  for (const key of keys) if (fm[key] !== undefined && fm[key] !== null && fm[key] !== '') return fm[key];
  return undefined;
}

export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(asText).filter(Boolean).join(', ') || undefined;
  if (value && typeof value === 'object' && 'name' in value) return asText((value as { name: unknown }).name);
  return undefined;
}

export function asDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  const text = asText(value);
  if (!text) return undefined;
  // An ISO date-time is kept as precise as it is written.
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso && parseDateLine(iso[1] as string)) return text.replace(' ', 'T');
  return parseDateLine(text) ?? undefined;
}

export function asTags(value: unknown): string[] {
  const raw = Array.isArray(value) ? value.map(asText) : (asText(value)?.split(/[,\s]+/) ?? []);
  const tags: string[] = [];
  for (const tag of raw) {
    const clean = tag?.replace(/^#+/, '').trim();
    if (clean && !tags.some((t) => t.toLowerCase() === clean.toLowerCase())) tags.push(clean);
  }
  return tags;
}

/** "---\n…\n---" at the very start, split off by hand (for files parsed without extensions). */
export function splitFrontMatter(markdown: string): { yaml: string | null; body: string } {
  if (!/^---[ \t]*\n/.test(markdown)) return { yaml: null, body: markdown };
  const start = markdown.indexOf('\n') + 1;
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = markdown.slice(start);
  const match = close.exec(rest);
  if (!match) return { yaml: null, body: markdown };
  const end = start + match.index;
  const after = markdown.indexOf('\n', end);
  return { yaml: markdown.slice(start, end).replace(/\n$/, ''), body: after === -1 ? '' : markdown.slice(after + 1) };
}

/** Front matter as GFM tools read it: "---" on the first line, up to the next "---" line. */
export function splitYaml(markdown: string): { yaml: string | null; body: string } {
  if (!/^---[ \t]*\n/.test(markdown)) return { yaml: null, body: markdown };
  const start = markdown.indexOf('\n') + 1;
  const match = /^---[ \t]*$/m.exec(markdown.slice(start));
  if (!match) return { yaml: null, body: markdown };
  const end = start + match.index;
  const after = markdown.indexOf('\n', end);
  return { yaml: markdown.slice(start, end).replace(/\n$/, ''), body: after === -1 ? '' : markdown.slice(after + 1) };
}

/** The article fields the front matter gives (the title is read apart: it decides whether an H1 is the title). */
export function frontMatterFields(fm: FrontMatter): Pick<Article, 'byline' | 'site' | 'url' | 'publishedAt' | 'summary' | 'tags'> {
  const fields: Pick<Article, 'byline' | 'site' | 'url' | 'publishedAt' | 'summary' | 'tags'> = {};
  const byline = asText(field(fm, 'author', 'authors', 'byline', 'creator'));
  const site = asText(field(fm, 'site', 'site_name', 'sitename', 'publisher', 'publication'));
  const url = safeHref(asText(field(fm, 'url', 'source', 'source_url', 'link', 'canonical', 'original_url')) ?? '');
  const publishedAt = asDate(field(fm, 'date', 'published', 'publishedat', 'published_at', 'pubdate', 'created'));
  const summary = asText(field(fm, 'description', 'summary', 'excerpt', 'subtitle'));
  const tags = asTags(field(fm, 'tags', 'keywords', 'categories'));
  if (byline) fields.byline = byline;
  if (site) fields.site = site;
  if (url && !url.startsWith('mailto:')) fields.url = url;
  if (publishedAt) fields.publishedAt = publishedAt;
  if (summary) fields.summary = summary;
  if (tags.length) fields.tags = tags;
  return fields;
}
