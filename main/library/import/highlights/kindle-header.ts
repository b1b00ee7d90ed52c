/**
 * The second line of a Kindle clipping ("- Your Highlight on page 5 | Location 100-105 | Added
 * on Friday, January 1, 2024 10:30:45 AM"), in the languages Kindle writes it in: what kind of
 * entry it is, its page and location, and the date text with the language to read it in.
 * Words are matched, not whole sentences, so reworded firmware versions still read.
 */

export type ClippingKind = 'highlight' | 'note' | 'bookmark';

/** A page or location: one number or a range. */
export interface Span {
  start: number;
  end: number;
}

export interface ClippingHeader {
  kind: ClippingKind;
  page?: Span;
  location?: Span;
  /** The date as written, and the language of the words around it (a chrono-node locale). */
  dateText?: string;
  language?: DateLanguage;
}

export type DateLanguage = 'en' | 'es' | 'de' | 'fr' | 'it' | 'pt' | 'nl' | 'ja' | 'zh';

// Bookmark first: "Lesezeichen" and "marcador" must not be read as anything else.
const KINDS: readonly [ClippingKind, RegExp][] = [
  ['bookmark', /bookmark|marcador|lesezeichen|signet|segnalibro|bladwijzer|书签|書籤|ブックマーク/i],
  ['highlight', /highlight|clip this article|subrayado|markierung|surlignement|evidenziazione|destaque|markering|标注|標註|ハイライト/i],
  ['note', /\bnote\b|\bnota\b|notiz|notitie|笔记|筆記|メモ/i],
];

const NUMBER_RANGE = String.raw`(\d+)(?:\s*[-–]\s*(\d+))?`;
const PAGE = [
  new RegExp(String.raw`(?:page|página|pagina|seite|pág\.?)\s*#?\s*${NUMBER_RANGE}`, 'i'),
  new RegExp(String.raw`第\s*${NUMBER_RANGE}\s*页`),
  new RegExp(String.raw`${NUMBER_RANGE}\s*ページ`),
];
const LOCATION = [
  new RegExp(String.raw`(?:location|loc\.|ubicación|posición|position|emplacement|posizione|posição|locatie)\s*#?\s*${NUMBER_RANGE}`, 'i'),
  new RegExp(String.raw`位置\s*(?:No\.)?\s*#?\s*${NUMBER_RANGE}`, 'i'),
];

/** The words that open the date, by language. */
const ADDED: readonly [DateLanguage, RegExp][] = [
  ['en', /added on\s*/i],
  ['es', /añadido el\s*|agregado el\s*/i],
  ['de', /hinzugefügt am\s*/i],
  ['fr', /ajouté le\s*/i],
  ['it', /aggiunto (?:il|in data)\s*/i],
  ['pt', /adicionado (?:em|:)\s*/i],
  ['nl', /toegevoegd op\s*/i],
  ['zh', /添加于\s*|添加於\s*/],
  ['ja', /作成日[:：]?\s*/],
];

/** "486-87" on old Kindles means 486–487: the end repeats only the digits that changed. */
function span(startText: string, endText: string | undefined): Span {
  const start = Number(startText);
  if (endText === undefined) return { start, end: start };
  let end = Number(endText);
  if (end < start && endText.length < startText.length) end = Number(startText.slice(0, startText.length - endText.length) + endText);
  return end < start ? { start, end: start } : { start, end };
}

function firstSpan(text: string, patterns: readonly RegExp[]): Span | undefined {
  for (const pattern of patterns) {
    const m = pattern.exec(text);
    if (m) return span(m[1]!, m[2]);
  }
  return undefined;
}

/** Reads a header line; undefined when it is not one (no kind word, or no "|" before a date). */
export function parseClippingHeader(line: string): ClippingHeader | undefined {
  const text = line.trim().replace(/^-\s*/, '');
  if (!line.trim().startsWith('-') || !text.includes('|')) return undefined;
  const parts = text.split('|');
  const what = parts.slice(0, -1).join('|');
  const kind = KINDS.find(([, pattern]) => pattern.test(what))?.[0];
  if (!kind) return undefined;
  const header: ClippingHeader = { kind };
  // Japanese puts the location after its page ("12 ページ|位置No. 100-105のハイライト"): read all but the date.
  const page = firstSpan(what, PAGE);
  const location = firstSpan(what, LOCATION);
  if (page) header.page = page;
  if (location) header.location = location;
  const last = (parts[parts.length - 1] ?? '').trim();
  for (const [language, opener] of ADDED) {
    const m = opener.exec(last);
    if (m) {
      header.language = language;
      header.dateText = last.slice(m.index + m[0].length).trim();
      return header;
    }
  }
  if (last) header.dateText = last;
  return header;
}

export function formatSpan(s: Span): string {
  return s.start === s.end ? String(s.start) : `${s.start}–${s.end}`;
}

/** "p. 5 · loc. 100–105", as the highlight list and the export show it. */
export function kindleLocator(header: Pick<ClippingHeader, 'page' | 'location'>): string | undefined {
  const parts = [header.page && `p. ${formatSpan(header.page)}`, header.location && `loc. ${formatSpan(header.location)}`].filter(Boolean);
  return parts.length ? parts.join(' · ') : undefined;
}
