/**
 * The page Omnivore's Logseq plugin writes (`pages/Omnivore.md`): under "🔖 Articles", one block
 * per saved item, `- [Title](https://omnivore.app/me/<slug>)` with Logseq properties (`site::
 * [Site](original URL)`, `author::`, `labels:: [[a]] [[b]]`, `date-saved::`) and, nested below,
 * its highlights as `- > quote [⤴️](link)` (continuation lines indented, with or without `>`),
 * their notes as `note::` lines. Only items with highlights are read, as source items with the
 * original URL, author and labels: the page holds nothing else of the others (counted in the
 * report). The same quote twice in one item (the plugin repeats highlights it synced twice) is a
 * duplicate.
 */
import { tidyTagName } from '../../../contract/tags';
import { comparable } from './clipping-dedupe';
import { noneSkipped, type ClippedHighlight, type HighlightExport, type SourceBook } from './types';

const ITEM = /^(\s*)-\s+\[(.+)\]\((https?:\/\/omnivore\.app\/me\/[^)\s]+)\)\s*$/;
const PROPERTY = /^\s*([\w-]+)::\s*(.*)$/;
const HIGHLIGHT = /^\s*-\s+>\s?(.*)$/;
const BACK_LINK = /\s*\[⤴️?\]\([^)]*\)(\s+#\[\[[^\]]*\]\])*\s*$/u;

/** An item line with an Omnivore link and, near it, one of the plugin's properties. */
export function looksLikeOmnivoreLogseq(text: string): boolean {
  const head = text.slice(0, 16_384);
  return /^\s*-\s+\[.+\]\(https?:\/\/omnivore\.app\/me\/[^)\s]+\)\s*$/m.test(head) && /^\s*(site|date[-_]saved|author|labels)::/m.test(head);
}

const decodeEntities = (text: string): string =>
  text.replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Markdown marks and Logseq escapes off a quote, so its words match the article's. */
function plain(text: string): string {
  return decodeEntities(text.replace(BACK_LINK, ''))
    .replace(/!?\[([^\]]*)\]\([^)\s]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*\*|__/g, '')
    .replace(/\\([-\\`*_{}[\]()#+.!>])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Item extends SourceBook {
  lines: string[];
  quotes: Set<string>;
}

export function parseOmnivoreLogseq(input: string): HighlightExport & { withoutHighlights: number } {
  const lines = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const skipped = noneSkipped();
  const items: Item[] = [];
  let item: Item | undefined;
  let current: { h: ClippedHighlight; parts: string[] } | undefined;
  const close = () => {
    if (!current || !item) return;
    const { h, parts } = current;
    const quote = plain(parts.join('\n'));
    current = undefined;
    if (!quote) return void skipped.empty++;
    const key = comparable(quote);
    if (item.quotes.has(key)) return void skipped.duplicates++;
    item.quotes.add(key);
    item.highlights.push({ ...h, quote });
  };
  for (const line of lines) {
    const start = ITEM.exec(line);
    if (start) {
      close();
      item = { title: decodeEntities(start[2]!.trim()), highlights: [], looseNotes: [], lines: [], quotes: new Set() };
      items.push(item);
      item.lines.push(line);
      continue;
    }
    if (!item) continue;
    item.lines.push(line);
    const highlight = HIGHLIGHT.exec(line);
    if (highlight) {
      close();
      current = { h: { quote: '' }, parts: [highlight[1]!] };
      continue;
    }
    const property = PROPERTY.exec(line);
    if (current && property?.[1] === 'note') {
      const note = property[2]!.trim();
      if (note) current.h.comment = note;
      continue;
    }
    if (current && /^\s/.test(line) && line.trim() !== '' && !/^\s*-\s/.test(line)) {
      current.parts.push(line.replace(/^\s*>\s?/, ''));
      continue;
    }
    if (/^\s*-\s/.test(line)) close();
    if (property && !current) readProperty(item, property[1]!.toLowerCase(), property[2]!.trim());
  }
  close();
  const withHighlights = items.filter((i) => i.highlights.length > 0);
  return {
    tool: 'omnivore',
    books: withHighlights.map(({ lines: own, quotes: _quotes, ...book }) => ({ ...book, original: `${own.join('\n').replace(/\n+$/, '')}\n` })),
    skipped,
    withoutHighlights: items.length - withHighlights.length,
  };
}

function readProperty(item: Item, name: string, value: string): void {
  if (name === 'site') {
    const url = /\]\((https?:\/\/[^)\s]+)\)/.exec(value)?.[1];
    if (url) item.url = url;
  } else if (name === 'author' && value) item.author = decodeEntities(value);
  else if (name === 'labels') {
    const tags: string[] = [];
    for (const [, raw] of value.matchAll(/\[\[([^\]]+)\]\]/g)) {
      const tag = tidyTagName(raw!);
      if (tag && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
    }
    if (tags.length) item.tags = tags;
  }
}
