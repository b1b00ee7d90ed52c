/**
 * Links in imported Markdown: which targets a reader may open, and which bare addresses become
 * links (GFM's autolinks: URLs, "www." addresses, e-mail addresses), through markdown-it's
 * linkify-it.
 */
import type { MarkdownIt } from 'markdown-it';

/** Only links a reader can safely open: absolute http(s) and mailto. */
export function safeHref(url: string): string | undefined {
  const trimmed = url.trim();
  if (!/^(?:https?:\/\/|mailto:)/i.test(trimmed)) return undefined;
  try {
    new URL(trimmed);
    return trimmed;
  } catch {
    return undefined;
  }
}

/**
 * GFM's autolinks: URLs and e-mail addresses, and "www." addresses as http (linkify-it links those
 * only with fuzzy links, which would also link "example.com").
 */
export function linkBareAddresses(md: MarkdownIt): void {
  md.linkify.set({ fuzzyLink: false, fuzzyIP: false, fuzzyEmail: true });
  md.linkify.add('www.', {
    validate: (text: string, pos: number) => wwwTail(text.slice(pos)).length,
    normalize: (match: { url: string }) => {
      match.url = `http://${match.url}`;
    },
  });
  skipTextsWithoutLinks(md);
}

/**
 * linkify-it's `test` scans a text with a large Unicode pattern (and checks each address it finds
 * with another), and markdown-it calls it for every block and again for every text in it: about
 * a third of the parse of a note. Without fuzzy links, a text can only hold a link if it holds
 * one of the schemas linkify-it knows ("http:", "//", "www.", …) or, for e-mail addresses, an
 * "@"; a text with neither is answered here, the same way, without the scan.
 */
function skipTextsWithoutLinks(md: MarkdownIt): void {
  const linkify = md.linkify as unknown as { __schemas__?: Record<string, unknown>; __opts__?: { fuzzyLink?: boolean; fuzzyEmail?: boolean } };
  const schemas = Object.keys(linkify.__schemas__ ?? {});
  // Should linkify-it change what it keeps there, every text is scanned as before.
  if (schemas.length === 0 || linkify.__opts__?.fuzzyLink !== false) return;
  const escaped = schemas.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (linkify.__opts__.fuzzyEmail) escaped.push('@');
  const mayHoldLink = new RegExp(escaped.join('|'), 'i');
  const test = md.linkify.test.bind(md.linkify);
  md.linkify.test = (text: string) => mayHoldLink.test(text) && test(text);
}

/**
 * What follows "www." in a GFM autolink: a domain, then anything up to whitespace or "<", less
 * trailing punctuation and unmatched closing parentheses.
 */
function wwwTail(tail: string): string {
  const domain = /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*/u.exec(tail)?.[0] ?? '';
  if (!domain) return '';
  let url = domain + (/^[^\s<]*/.exec(tail.slice(domain.length))?.[0] ?? '');
  for (;;) {
    const before = url;
    url = url.replace(/[?!.,:*_~'"]+$/, '');
    if (url.endsWith(')') && (url.match(/\)/g)?.length ?? 0) > (url.match(/\(/g)?.length ?? 0)) url = url.slice(0, -1);
    if (url === before) return url;
  }
}
