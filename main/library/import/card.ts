/**
 * Highlight cards exported by read-later tools: the passages the reader highlighted, each in
 * double quotes, the tool's summary of the article, a line of #hashtags, "Read at <site>", then
 * the tool's UI text ("Unable to calculate read time", "Collection", brackets). The card is not
 * the article, so the highlights are kept apart (to be attached to the article when it is
 * imported too) and the summary is the card's own text.
 */
import type { Article, Block, ImportedHighlight } from '../article';
import { fallbackTitle } from './text/title';

/** Cards are a few kilobytes; anything far bigger is an article that happens to match. */
const MAX_CARD_CHARS = 200_000;
/** Below this many words a line after "Read at" is UI residue; longer ones are kept. */
const MIN_KEPT_FOOTER_WORDS = 8;
/** The card's text is short and "Read at" closes it; an article is longer than this. */
const MAX_CARD_BODY_LINES = 40;
const MAX_FOOTER_LINES = 12;

const READ_AT = /^read (?:at|on)\s+(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,24})(?:\/\S*)?$/i;
const HASHTAGS = /^#[\p{L}\p{N}_][\p{L}\p{N}_\-/]*(?:\s+#[\p{L}\p{N}_][\p{L}\p{N}_\-/]*)*$/u;
const OPENING_QUOTES = new Set(['"', '“', '«', '„']);
const CLOSING_QUOTES = new Set(['"', '”', '»', '“']);

interface CardLines {
  body: string[];
  footer: string[];
  site: string;
}

function splitCard(text: string): CardLines | null {
  if (text.length > MAX_CARD_CHARS || !/^[ \t]*read (?:at|on) /im.test(text)) return null;
  const lines = text.split('\n').map((l) => l.trim());
  const readAt = lines.findIndex((l) => READ_AT.test(l));
  if (readAt === -1) return null;
  const site = (READ_AT.exec(lines[readAt] as string)?.[1] ?? '').toLowerCase();
  const body = lines.slice(0, readAt).filter(Boolean);
  const footer = lines.slice(readAt + 1).filter(Boolean);
  if (body.length > MAX_CARD_BODY_LINES || footer.length > MAX_FOOTER_LINES) return null;
  return { body, footer, site };
}

function opensQuote(line: string): boolean {
  return OPENING_QUOTES.has(line.charAt(0));
}

function closesQuote(line: string): boolean {
  return line.length > 1 && CLOSING_QUOTES.has(line.charAt(line.length - 1));
}

/** A card has its "Read at" line and at least one of: a quoted passage, a hashtag line. */
export function isHighlightCard(text: string): boolean {
  const card = splitCard(text);
  if (!card) return false;
  return card.body.some((l) => HASHTAGS.test(l) || (opensQuote(l) && closesQuote(l)));
}

function unquote(text: string): string {
  let out = text;
  if (opensQuote(out)) out = out.slice(1);
  if (CLOSING_QUOTES.has(out.charAt(out.length - 1))) out = out.slice(0, -1);
  return out.trim();
}

function tagsOf(line: string): string[] {
  return line.split(/\s+/).map((t) => t.replace(/^#+/, '')).filter(Boolean);
}

export function parseHighlightCard(text: string, fileName = ''): Article {
  const card = splitCard(text);
  if (!card) throw new Error('parseHighlightCard called on text that is not a highlight card');
  const highlights: ImportedHighlight[] = [];
  const tags: string[] = [];
  const summary: string[] = [];
  for (let i = 0; i < card.body.length; i++) {
    const line = card.body[i] as string;
    if (HASHTAGS.test(line)) {
      for (const tag of tagsOf(line)) if (!tags.includes(tag)) tags.push(tag);
    } else if (opensQuote(line)) {
      // A passage that spans paragraphs runs over several lines until its closing quote.
      let end = i;
      while (!closesQuote(card.body[end] as string) && end + 1 < card.body.length && !HASHTAGS.test(card.body[end + 1] as string)) end++;
      if (!closesQuote(card.body[end] as string)) end = i;
      highlights.push({ quote: unquote(card.body.slice(i, end + 1).join('\n\n')) });
      i = end;
    } else {
      summary.push(line);
    }
  }
  const kept = card.footer.filter((l) => l.split(/\s+/).length >= MIN_KEPT_FOOTER_WORDS);
  let blocks: Block[] = [...summary, ...kept].map((t) => ({ kind: 'paragraph', text: t }));
  // A card with highlights but no summary still needs text to read: the passages themselves.
  if (blocks.length === 0) blocks = highlights.map((h) => ({ kind: 'quote', text: h.quote }));
  const article: Article = { title: fallbackTitle(fileName, blocks[0]?.text ?? ''), blocks };
  if (card.site) article.site = card.site;
  if (highlights.length) article.highlights = highlights;
  if (tags.length) article.tags = tags;
  return article;
}
