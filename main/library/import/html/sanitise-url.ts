/**
 * The only URLs an imported article may carry. Links end up as clickable hrefs in the reader,
 * so anything that can run code or smuggle content (javascript:, data:, vbscript:, blob:,
 * file:) is refused here, once, rather than trusted to every renderer.
 */
const LINK_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);
const PAGE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:']);

/**
 * The absolute http(s)/mailto form of `raw`, resolved against `base` when there is one, or
 * undefined. Fragment-only links (`#notes`) are dropped: in-page anchors point nowhere once
 * the page has become blocks. The WHATWG parser strips the control characters and embedded
 * tabs/newlines that browsers ignore, so obfuscations like `java\tscript:` are seen for what
 * they are before the protocol check.
 */
export function safeLinkHref(raw: string | null | undefined, base?: string): string | undefined {
  if (raw == null) return undefined;
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  const url = parseUrl(trimmed, base);
  return url && LINK_PROTOCOLS.has(url.protocol) ? url.href : undefined;
}

/** An absolute http(s) URL for a page (the article's own address, a base for links), or undefined. */
export function safePageUrl(raw: string | null | undefined, base?: string): string | undefined {
  if (raw == null || raw.trim() === '') return undefined;
  const url = parseUrl(raw.trim(), base);
  return url && PAGE_PROTOCOLS.has(url.protocol) && url.hostname !== '' ? url.href : undefined;
}

function parseUrl(raw: string, base: string | undefined): URL | undefined {
  try {
    return base === undefined ? new URL(raw) : new URL(raw, base);
  } catch {
    return undefined;
  }
}
