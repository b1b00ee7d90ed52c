/**
 * One-line fields (title, byline, site, URL, date, summary) as they are stored: no terminal
 * escape sequences, no control characters, no bidi overrides or isolates. A title carrying
 * `ESC ]0;… BEL` could otherwise retitle a terminal, `ESC [2J` clear it, and U+202E show a
 * file name backwards, wherever the title is printed later. Line breaks and tabs become
 * spaces (a title is one line). The article's text keeps its characters: offsets of
 * highlights depend on it; printers escape what they show (`main/cli/output.ts`).
 */

/** ESC sequences whole: OSC/DCS/APC/PM/SOS strings up to BEL or ST, CSI with its parameters, and two-character escapes. */
const ESCAPE_SEQUENCE = /\u001b(?:[\]PX^_][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\[[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|[\u0020-\u002f]*[\u0030-\u007e]?)/g;
/** The same introduced by 8-bit C1 controls (CSI U+009B, OSC U+009D, DCS U+0090…). */
const C1_SEQUENCE = /\u009b[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|[\u0090\u0098\u009d\u009e\u009f][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?/g;
/** Every other C0 and C1 control, DEL, and the bidi embeddings, overrides and isolates. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LINE_BREAKS = /[\t\n\r\u2028\u2029\u0085]+/g;

export function cleanField(text: string): string {
  return text
    .replace(ESCAPE_SEQUENCE, '')
    .replace(C1_SEQUENCE, '')
    .replace(LINE_BREAKS, ' ')
    .replace(CONTROL, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** The article's one-line fields cleaned in place; a field left empty is dropped. */
export function cleanArticleFields<T extends { title: string; byline?: string; site?: string; url?: string; publishedAt?: string; summary?: string }>(article: T): T {
  article.title = cleanField(article.title);
  for (const key of ['byline', 'site', 'url', 'publishedAt', 'summary'] as const) {
    const value = article[key];
    if (value === undefined) continue;
    const clean = cleanField(value);
    if (clean === '') delete article[key];
    else article[key] = clean;
  }
  return article;
}
