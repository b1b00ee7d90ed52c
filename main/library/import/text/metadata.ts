/**
 * The head of a plain-text article: page furniture above the title (the page's own date, a
 * URL, a kicker), the title, then a dek and metadata lines (byline, "Published …", the site).
 * Metadata lines become fields and leave the body; everything else stays in it.
 */
import { parseDateLine, parseStatedDate } from './dates';
import { countWordsQuick, isTitleLike, normaliseForCompare } from './shape';
import { fallbackTitle } from './title';
import type { Unit } from './units';

export interface TextMetadata {
  title: string;
  summary?: string;
  byline?: string;
  site?: string;
  url?: string;
  publishedAt?: string;
}

export interface HeadSplit {
  meta: TextMetadata;
  /** True when the title came from the text (so repeats of it in the body are clutter). */
  titleFromText: boolean;
  body: Unit[];
}

/** How many units after the title may still be metadata; beyond this the body has begun. */
const HEAD_WINDOW = 8;
const MAX_DEK_WORDS = 80;

const URL_LINE = /^(?:(?:source|url|link|originally published at|read at|via)\s*:?\s*)?(https?:\/\/[^\s<>"]{3,2000})$/i;
const DOMAIN_LINE = /^(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})\/?$/i;
const BYLINE = /^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Ss]tory by|[Rr]eporting by|[Aa]uthor:)\s+(\p{Lu}.{1,80})$/u;
const SOURCE_LINE = /^(?:source|publisher|publication|site)\s*:\s*(.{2,60})$/i;
/** Section labels printed above or below a headline; never the site's name. */
const KICKERS = /^(?:analysis|opinion|comment|editorial|breaking(?: news)?|exclusive|live|news|features?|interview|explainer|review|world|politics|business|sport|sports|update|updated)$/i;

type HeadLine =
  | { kind: 'url'; url: string }
  | { kind: 'date'; date: string; stated: 'published' | 'updated' | 'bare' }
  | { kind: 'byline'; byline: string }
  | { kind: 'site'; site: string }
  | { kind: 'kicker' }
  | { kind: 'parts'; parts: HeadLine[] };

/** "DAWN" → "Dawn", but "BBC NEWS" → "BBC News": short all-caps words are acronyms. */
function titleCaseSite(text: string): string {
  return text
    .split(' ')
    .map((w) => (w.length <= 3 ? w : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(' ');
}

/**
 * "Jane Smith and John Roe", "Abid Hussain in Islamabad": mostly capitalised words, not a
 * sentence ("By Monday, the talks had failed." is prose that happens to start with "By").
 */
function looksLikeNames(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length > 12 || (/[.!?]$/.test(text) && !/\b\p{Lu}\.$/u.test(text))) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised * 2 > words.length;
}

/** "By" on a line of its own: pages that link each author print the byline one piece per line. */
const BYLINE_LEAD = /^(?:[Bb]y|BY|[Ww]ritten by|[Ww]ords by|[Ss]tory by|[Rr]eporting by|[Aa]uthor:)$/u;
const NAME_JOINER = /^(?:and|&|,)$/;

/**
 * A byline broken over lines ("By" / "David Brand" / "and" / "Ramsey Khalifeh") as one line,
 * with the index past its last piece; null when `units[i]` does not start one.
 */
export function splitByline(units: readonly Unit[], i: number): { text: string; end: number } | null {
  if (!BYLINE_LEAD.test((units[i] as Unit).text)) return null;
  const pieces = [(units[i] as Unit).text];
  let end = i + 1;
  for (; end < Math.min(units.length, i + 8); end++) {
    const text = (units[end] as Unit).text;
    const joiner = NAME_JOINER.test(text);
    if (!joiner && !(text.split(/\s+/).length <= 4 && looksLikeNames(text))) break;
    if (joiner && pieces.length === 1) break;
    pieces.push(text);
  }
  // A trailing "and" belongs to what follows, not to the names.
  while (pieces.length > 1 && NAME_JOINER.test(pieces.at(-1) as string)) {
    pieces.pop();
    end--;
  }
  return pieces.length > 1 ? { text: pieces.join(' ').replace(/ ,/g, ','), end } : null;
}

function classifyPart(text: string, afterTitle: boolean): HeadLine | null {
  if (text.length > 200) return null;
  const url = URL_LINE.exec(text);
  if (url) return { kind: 'url', url: url[1] as string };
  const stated = parseStatedDate(text);
  if (stated) return { kind: 'date', date: stated.date, stated: stated.kind };
  const bare = parseDateLine(text);
  if (bare) return { kind: 'date', date: bare, stated: 'bare' };
  const byline = BYLINE.exec(text);
  if (byline && looksLikeNames(byline[1] as string)) return { kind: 'byline', byline: (byline[1] as string).trim() };
  const domain = DOMAIN_LINE.exec(text);
  if (domain) return { kind: 'site', site: (domain[1] as string).toLowerCase() };
  const source = SOURCE_LINE.exec(text);
  if (source) return { kind: 'site', site: (source[1] as string).trim() };
  if (KICKERS.test(text)) return { kind: 'kicker' };
  // "DAWN, PRISM": the publication, then its section, in capitals. Above the title a line in
  // capitals is more likely the headline itself.
  if (afterTitle && text.length <= 50 && text.split(' ').length <= 4 && /^\p{Lu}[\p{Lu}&.' ]*(?:,\s*\p{Lu}[\p{Lu}&.' ]*)*$/u.test(text) && /\p{Lu}{2}/u.test(text)) {
    return { kind: 'site', site: titleCaseSite((text.split(',')[0] as string).trim()) };
  }
  return null;
}

/** A metadata line, possibly several fields joined by "|" or "·" ("By X | October 17, 2025"). */
export function classifyHeadLine(text: string, afterTitle = true): HeadLine | null {
  if (text.length > 200) return null;
  const pieces = text.split(/\s+[|·•]\s+/);
  if (pieces.length > 1) {
    const parts = pieces.map((piece) => classifyPart(piece, afterTitle));
    if (parts.every((p): p is HeadLine => p !== null)) return { kind: 'parts', parts };
  }
  return classifyPart(text, afterTitle);
}

function apply(meta: TextMetadata, line: HeadLine, beforeTitle: boolean): void {
  switch (line.kind) {
    case 'url':
      meta.url ??= line.url;
      break;
    case 'date':
      // A bare date above the title is the page's "today" in its header, not the article's date.
      if (beforeTitle && line.stated === 'bare') break;
      if (line.stated === 'published' || !meta.publishedAt) meta.publishedAt = line.date;
      break;
    case 'byline':
      meta.byline ??= line.byline;
      break;
    case 'site':
      meta.site ??= line.site;
      break;
    case 'kicker':
      break;
    case 'parts':
      for (const part of line.parts) apply(meta, part, beforeTitle);
  }
}

function isRepeat(text: string, title: string): boolean {
  return text.length <= title.length + 4 && normaliseForCompare(text) === normaliseForCompare(title);
}

/** Page labels above a headline ("Sections", "Open in app") are at most this many words… */
const MAX_LABEL_WORDS = 3;
/** …and a headline that follows them at least this many. */
const MIN_HEADLINE_WORDS = 5;
const MAX_LABELS_ABOVE_TITLE = 12;

/**
 * Where the headline is: the first unit, unless short labels (or metadata) come first and a
 * real headline follows them. The labels passed over stay in the body; nothing is dropped here.
 */
function headlineIndex(units: readonly Unit[], start: number): number {
  const end = Math.min(units.length, start + MAX_LABELS_ABOVE_TITLE);
  for (let k = start; k < end; k++) {
    const text = (units[k] as Unit).text;
    if (isTitleLike(text) && countWordsQuick(text) >= MIN_HEADLINE_WORDS) return k;
    if (countWordsQuick(text) > MAX_LABEL_WORDS && !classifyHeadLine(text, false)) break;
  }
  return start;
}

/**
 * "Home » News » Headline", "Home / Essays / 2017 / Headline": a trail of links whose last crumb
 * is the page's own headline, printed where the page shows no other. Three crumbs at least, with
 * spaced separators, so "Title | Site", "AC/DC" and »quoted« words stay whole.
 */
export function lastCrumb(text: string): string {
  const crumbs = text.split(/\s+[/»›>]\s+/);
  if (crumbs.length < 3) return text;
  const last = (crumbs.at(-1) as string).trim();
  return /\p{L}/u.test(last) ? last : text;
}

/** `titleAt`: the title's index when the caller chose it (by score); else the first headline. */
export function splitHead(units: readonly Unit[], fileName: string, titleAt?: number): HeadSplit {
  const meta: TextMetadata = { title: '' };
  let i = 0;
  for (; i < units.length; i++) {
    const line = classifyHeadLine((units[i] as Unit).text, false);
    if (!line) break;
    apply(meta, line, true);
  }

  const preamble: Unit[] = [];
  const headAt = titleAt ?? headlineIndex(units, i);
  for (; i < headAt; i++) {
    const line = classifyHeadLine((units[i] as Unit).text, false);
    if (line) apply(meta, line, true);
    else preamble.push(units[i] as Unit);
  }

  const first = units[i];
  const titleFromText = first !== undefined && (titleAt !== undefined || isTitleLike(first.text));
  if (titleFromText) {
    meta.title = lastCrumb(first.text);
    i++;
  } else {
    meta.title = fallbackTitle(fileName, first?.text ?? '');
  }

  const head: Unit[] = [...preamble];
  let dek: Unit | null = null;
  let metaAfterDek = false;
  const windowEnd = Math.min(units.length, i + HEAD_WINDOW);
  for (; i < windowEnd; i++) {
    const unit = units[i] as Unit;
    if (titleFromText && isRepeat(unit.text, meta.title)) continue;
    const split = splitByline(units, i);
    const joined = split ? classifyHeadLine(split.text) : null;
    if (split && joined) {
      apply(meta, joined, false);
      if (dek) metaAfterDek = true;
      i = split.end - 1;
      continue;
    }
    const line = classifyHeadLine(unit.text);
    if (line) {
      apply(meta, line, false);
      if (dek) metaAfterDek = true;
      continue;
    }
    // The first prose after the title is a dek only if metadata follows it; the second prose
    // line means the body has begun.
    if (dek || !titleFromText) break;
    dek = unit;
    head.push(unit);
  }
  const isDek = dek !== null && metaAfterDek && dek.text.split(' ').length <= MAX_DEK_WORDS;
  if (isDek && dek) meta.summary = dek.text;
  const body = [...head.filter((u) => !(isDek && u === dek)), ...units.slice(i)];
  return { meta, titleFromText, body };
}
