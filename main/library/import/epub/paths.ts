/**
 * Paths inside an EPUB. The package (OPF) and the table of contents name files by URL relative
 * to themselves (`../Text/ch%201.xhtml#start`); the zip names them from its root
 * (`OEBPS/Text/ch 1.xhtml`). Resolved with the WHATWG URL parser on a placeholder origin, so
 * `..`, `.` and percent-encoding follow the rules every reading system uses, and no path can
 * climb out of the archive's root.
 */
const ROOT = 'http://epub.invalid/';

/** The zip entry `href` (relative to the entry `from`) names, without its fragment; undefined for a URL outside the book. */
export function resolveHref(from: string, href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href.trim(), ROOT + encodePath(from));
  } catch {
    return undefined;
  }
  if (url.origin !== new URL(ROOT).origin) return undefined;
  try {
    return decodeURIComponent(url.pathname.slice(1));
  } catch {
    return undefined;
  }
}

/** The fragment `href` points at (`#sec2` → `sec2`), or undefined. */
export function fragmentOf(href: string): string | undefined {
  const hash = href.indexOf('#');
  return hash >= 0 && hash < href.length - 1 ? href.slice(hash + 1) : undefined;
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
