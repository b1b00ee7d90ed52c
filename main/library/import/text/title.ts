/**
 * Titles for files whose text has none (a highlight card, a note that starts with prose): the
 * file's name when a person wrote it, otherwise the opening words of the text.
 */
import { extensionOf } from '../detect';

const MAX_TITLE_CHARS = 80;

/**
 * "Taliban notes.txt" → "Taliban notes". Names a machine made (000_5772afeb88b3367e.txt,
 * IMG_2034.txt, export.txt) say nothing about the article and give null.
 */
export function titleFromFileName(name: string): string | null {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const ext = extensionOf(base);
  const stem = (ext ? base.slice(0, -ext.length) : base).replace(/[_]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (stem.length < 3 || stem.length > 200) return null;
  const tokens = stem.split(/[\s-]+/).filter(Boolean);
  const words = tokens.filter((t) => /^\p{L}{2,}/u.test(t) && !/^[0-9a-f]{8,}$/i.test(t));
  if (words.length < 2) return null;
  if (tokens.some((t) => /^(?=.*\d)(?=.*[a-f])[0-9a-f]{8,}$/i.test(t))) return null;
  const letters = stem.replace(/[^\p{L}]/gu, '').length;
  return letters / stem.replace(/\s/g, '').length >= 0.6 ? stem : null;
}

/**
 * A host name in a file's name ("backen.de.maulwurfkuchen.txt", "… - Rezept von Backen.de.txt"):
 * tools that save pages by address start the name with it, and titles end with it. It names the
 * site, never the article, so its words must not make a menu line that repeats it look like the title.
 */
const HOST = /(?:[\p{L}\d-]+\.)+(?:[a-z]{2,3}|info)(?=$|[.\-_/\s])/giu;

/** The file name's text with its extension and any host name taken out: what may echo the title. */
export function fileNameStem(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const ext = extensionOf(base);
  return (ext ? base.slice(0, -ext.length) : base).replace(HOST, ' ');
}

/** A word without its accents: a name made from an address spells "najniższym" as "najnizszym". */
export function foldAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The first sentence, or the opening words cut at a word boundary with an ellipsis. */
export function titleFromText(text: string): string {
  const head = text.slice(0, 400).replace(/\s+/g, ' ').trim();
  const sentenceEnd = /[.!?](?=\s|$)/.exec(head);
  if (sentenceEnd && sentenceEnd.index + 1 <= MAX_TITLE_CHARS) return head.slice(0, sentenceEnd.index + 1);
  if (head.length <= MAX_TITLE_CHARS) return head;
  const cut = head.lastIndexOf(' ', MAX_TITLE_CHARS);
  return `${head.slice(0, cut > 20 ? cut : MAX_TITLE_CHARS).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** The title a file gets when its text states none. */
export function fallbackTitle(fileName: string, text: string): string {
  return titleFromFileName(fileName) ?? (text.trim() ? titleFromText(text) : 'Untitled');
}
