/**
 * Hypothesis annotations as its API's search answers them (`{total, rows}`, what export tools
 * save), or a bare list of such rows. Each annotated page becomes a source item (its title and
 * URI); each annotation with a TextQuoteSelector a highlight, its note the comment, with its tags
 * and time. The quote's prefix and suffix go with it to the matcher, which uses them to pick the
 * right one of a repeated passage; the TextPositionSelector only orders the page's highlights,
 * because it counts characters of the live page's DOM, not of the cleaned text the library keeps.
 * Replies (rows whose `references` name a thread) are kept in the comment of the annotation that
 * started the thread; page notes (no quote) become the page's own notes.
 */
import * as z from 'zod/mini';
import { tidyTagName } from '../../../contract/tags';
import { checked } from './json';
import { noneSkipped, type ClippedHighlight, type HighlightExport, type SourceBook } from './types';

const WHAT = 'Hypothesis export';

const TextQuote = z.object({ type: z.literal('TextQuoteSelector'), exact: z.string(), prefix: z.optional(z.string()), suffix: z.optional(z.string()) });
const TextPosition = z.object({ type: z.literal('TextPositionSelector'), start: z.int().check(z.minimum(0)), end: z.int().check(z.minimum(0)) });

const Row = z.looseObject({
  id: z.optional(z.string()),
  uri: z.optional(z.string()),
  user: z.optional(z.string()),
  text: z.optional(z.string()),
  tags: z.optional(z.array(z.string())),
  created: z.optional(z.string()),
  references: z.optional(z.array(z.string())),
  document: z.optional(z.looseObject({ title: z.optional(z.array(z.string())) })),
  target: z.optional(z.array(z.looseObject({ source: z.optional(z.string()), selector: z.optional(z.array(z.looseObject({ type: z.string() }))) }))),
});
type Row = z.infer<typeof Row>;

const Search = z.looseObject({ total: z.optional(z.number()), rows: z.array(z.unknown()) });

/** A search answer (`rows` beside `total`), or a list of rows that carry W3C targets. */
export function looksLikeHypothesis(json: unknown): boolean {
  if (Array.isArray(json)) {
    const first = json[0] as Record<string, unknown> | undefined;
    return typeof first === 'object' && first !== null && Array.isArray(first['target']) && ('uri' in first || 'user' in first || 'links' in first);
  }
  return typeof json === 'object' && json !== null && Array.isArray((json as Record<string, unknown>)['rows']);
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ');

function createdAt(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function tagsOf(raw: readonly string[] | undefined): string[] {
  const tags: string[] = [];
  for (const r of raw ?? []) {
    const tag = tidyTagName(r);
    if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  }
  return tags;
}

/** "mark" from "acct:mark@hypothes.is". */
const userName = (user: string | undefined): string => user?.replace(/^acct:/, '').replace(/@.*$/, '') || 'someone';

interface Selectors {
  quote?: z.infer<typeof TextQuote>;
  position?: z.infer<typeof TextPosition>;
}

function selectorsOf(row: Row, index: number): Selectors {
  const out: Selectors = {};
  (row.target ?? []).forEach((target, t) => {
    (target.selector ?? []).forEach((selector, s) => {
      const at = ['rows', index, 'target', t, 'selector', s];
      if (selector.type === 'TextQuoteSelector') out.quote ??= checked(TextQuote, selector, WHAT, at);
      if (selector.type === 'TextPositionSelector') out.position ??= checked(TextPosition, selector, WHAT, at);
    });
  });
  return out;
}

interface Page extends SourceBook {
  rows: unknown[];
  order: number[];
  byId: Map<string, ClippedHighlight>;
}

export function parseHypothesis(json: unknown, fallbackTitle: string): HighlightExport {
  const rawRows = Array.isArray(json) ? json : checked(Search, json, WHAT).rows;
  const rows = rawRows.map((raw, i) => checked(Row, raw, WHAT, ['rows', i]));
  const skipped = noneSkipped();
  const pages = new Map<string, Page>();
  const seen = new Set<string>();
  const pageOf = (row: Row): Page => {
    const uri = row.uri ?? row.target?.find((t) => t.source)?.source ?? '';
    let page = pages.get(uri);
    if (!page) {
      const title = row.document?.title?.find((t) => t.trim() !== '')?.trim() || uri || fallbackTitle;
      page = { title, highlights: [], looseNotes: [], rows: [], order: [], byId: new Map() };
      if (/^https?:\/\//i.test(uri)) page.url = uri;
      pages.set(uri, page);
    }
    return page;
  };
  const replies: { row: Row; raw: unknown }[] = [];
  rows.forEach((row, i) => {
    if (row.id) {
      if (seen.has(row.id)) {
        skipped.duplicates++;
        return;
      }
      seen.add(row.id);
    }
    if (row.references?.length) {
      replies.push({ row, raw: rawRows[i] });
      return;
    }
    const page = pageOf(row);
    const { quote, position } = selectorsOf(row, i);
    const note = row.text?.trim() ?? '';
    const exact = quote ? quote.exact.trim() : '';
    if (!exact) {
      if (note) page.looseNotes.push({ text: note });
      else skipped.empty++;
      page.rows.push(rawRows[i]);
      return;
    }
    const h: ClippedHighlight = { quote: exact };
    if (note) h.comment = note;
    const tags = tagsOf(row.tags);
    if (tags.length) h.tags = tags;
    const at = createdAt(row.created);
    if (at) h.createdAt = at;
    if (quote?.prefix) h.prefix = collapse(quote.prefix).trimStart();
    if (quote?.suffix) h.suffix = collapse(quote.suffix).trimEnd();
    page.highlights.push(h);
    page.order.push(position?.start ?? Number.MAX_SAFE_INTEGER);
    page.rows.push(rawRows[i]);
    if (row.id) page.byId.set(row.id, h);
  });
  // Oldest reply first, as the thread reads.
  replies.sort((a, b) => (a.row.created ?? '').localeCompare(b.row.created ?? ''));
  for (const { row, raw } of replies) {
    const text = row.text?.trim() ?? '';
    const page = pageOf(row);
    page.rows.push(raw);
    if (!text) {
      skipped.empty++;
      continue;
    }
    const reply = `Reply from ${userName(row.user)}${row.created ? ` (${row.created.slice(0, 10)})` : ''}: ${text}`;
    const parent = page.byId.get(row.references![0]!);
    if (parent) parent.comment = parent.comment ? `${parent.comment}\n\n${reply}` : reply;
    else page.looseNotes.push({ text: reply });
  }
  const books = [...pages.values()]
    .filter((p) => p.highlights.length > 0 || p.looseNotes.length > 0)
    .map(({ rows: pageRows, order, byId: _byId, ...page }): SourceBook => ({
      ...page,
      highlights: page.highlights.map((h, i) => ({ h, at: order[i]!, i })).sort((a, b) => a.at - b.at || a.i - b.i).map((x) => x.h),
      original: `${JSON.stringify({ total: pageRows.length, rows: pageRows }, null, 2)}\n`,
    }));
  return { tool: 'hypothesis', books, skipped };
}
