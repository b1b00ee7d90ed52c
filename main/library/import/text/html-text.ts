/**
 * The readable text inside raw HTML fragments (HTML embedded in Markdown): tags, comments,
 * scripts and styles go, entities are decoded. Never used to render anything.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,6});/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

const INVISIBLE_ELEMENTS = ['script', 'style', 'template', 'noscript', 'textarea'];

/** The text of raw HTML, in one linear pass (no regex over the whole fragment). */
export function textOfHtml(html: string, tagGap: string): string {
  const lower = html.toLowerCase();
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) return decodeEntities(out + html.slice(i));
    out += html.slice(i, lt);
    if (lower.startsWith('<!--', lt)) {
      const end = lower.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt === -1) return decodeEntities(out + html.slice(lt));
    const name = /^<([a-z][a-z0-9-]*)/.exec(lower.slice(lt, lt + 20))?.[1];
    i = gt + 1;
    if (name && INVISIBLE_ELEMENTS.includes(name)) {
      const close = lower.indexOf(`</${name}`, i);
      i = close === -1 ? html.length : (lower.indexOf('>', close) + 1 || html.length);
    }
    out += name === 'br' ? ' ' : tagGap;
  }
  return decodeEntities(out);
}
