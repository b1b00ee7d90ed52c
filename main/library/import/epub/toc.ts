/**
 * The table of contents, as the heading each content document starts under: EPUB 3's
 * navigation document (`<nav epub:type="toc">`) or EPUB 2's toc.ncx. Only an entry pointing at
 * a document (no fragment, or the first entry naming it) is kept per document; its depth in the
 * tree becomes the heading's level.
 */
import { fragmentOf, resolveHref } from './paths';
import { byLocalName, textOf } from './xml';

export interface TocEntry {
  label: string;
  /** 1 for a top-level entry. */
  depth: number;
}

export type TableOfContents = ReadonlyMap<string, TocEntry>;

/** From the navigation document, parsed as HTML. */
export function tocFromNav(nav: Document, navPath: string): TableOfContents {
  const navs = [...nav.getElementsByTagName('nav')];
  const toc = navs.find((n) => (n.getAttribute('epub:type') ?? '').split(/\s+/).includes('toc')) ?? navs[0];
  const entries: { href: string; label: string; depth: number }[] = [];
  if (toc) {
    for (const link of toc.querySelectorAll('li > a[href]')) {
      const label = textOf(link);
      if (!label) continue;
      entries.push({ href: link.getAttribute('href')!, label, depth: ancestorsNamed(link, 'li', toc) });
    }
  }
  return collect(entries, navPath);
}

/** From toc.ncx, parsed as XML. */
export function tocFromNcx(ncx: Document, ncxPath: string): TableOfContents {
  const entries: { href: string; label: string; depth: number }[] = [];
  for (const point of byLocalName(ncx, 'navPoint')) {
    const label = textOf(byLocalName(point, 'navLabel')[0]);
    const href = byLocalName(point, 'content')[0]?.getAttribute('src');
    if (label && href) entries.push({ href, label, depth: ancestorsNamed(point, 'navPoint', ncx.documentElement) });
  }
  return collect(entries, ncxPath);
}

function ancestorsNamed(element: Element, localName: string, stop: Element): number {
  let depth = 0;
  for (let at: Element | null = element; at && at !== stop; at = at.parentElement) if (at.localName === localName) depth++;
  return Math.max(1, depth);
}

function collect(entries: readonly { href: string; label: string; depth: number }[], from: string): TableOfContents {
  const byPath = new Map<string, TocEntry & { fragment: boolean }>();
  for (const { href, label, depth } of entries) {
    const path = resolveHref(from, href);
    if (!path) continue;
    const fragment = fragmentOf(href) !== undefined;
    const known = byPath.get(path);
    // An entry for the whole document beats one for a place inside it found first.
    if (!known || (known.fragment && !fragment)) byPath.set(path, { label, depth, fragment });
  }
  return new Map([...byPath].map(([path, { label, depth }]) => [path, { label, depth }]));
}
