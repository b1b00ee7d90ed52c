/**
 * The package document (OPF): the book's metadata (Dublin Core), its manifest of files and the
 * spine, the order a reader reads its content documents in. EPUB 2 and 3 differ in how they
 * qualify metadata (EPUB 2 with `opf:` attributes, EPUB 3 with `<meta refines>`); both are read.
 */
import { resolveHref } from './paths';
import { byLocalName, damaged, textOf } from './xml';

export interface SpineItem {
  /** The content document's zip entry. */
  path: string;
  /** `linear="no"`: auxiliary content (a cover, pop-up notes) outside the reading order. */
  linear: boolean;
}

export interface BookPackage {
  title?: string;
  /** The authors, in the order the package gives (EPUB 3 `display-seq` first). */
  creators: string[];
  language?: string;
  /** As stated (normalised later with the web pages' dates). */
  date?: string;
  /** The package's unique identifier (an ISBN, a DOI, a UUID URN). */
  identifier?: string;
  publisher?: string;
  description?: string;
  /** Content documents in reading order; only (X)HTML ones, the only kind with text to read. */
  spine: SpineItem[];
  /** EPUB 3 navigation document (`properties="nav"`). */
  navPath?: string;
  /** EPUB 2 table of contents (toc.ncx). */
  ncxPath?: string;
}

interface ManifestItem {
  path: string;
  mediaType: string;
  properties: string[];
}

const TEXT_TYPES = new Set(['application/xhtml+xml', 'text/html', 'application/html+xml']);
const NCX_TYPE = 'application/x-dtbncx+xml';

export function readPackage(opf: Document, packagePath: string): BookPackage {
  const root = opf.documentElement;
  if (root.localName !== 'package') throw damaged(`"${packagePath}" is not an EPUB package document`);
  const metadata = byLocalName(opf, 'metadata')[0];
  const manifest = readManifest(opf, packagePath);
  const book: BookPackage = { creators: metadata ? creators(metadata) : [], spine: readSpine(opf, manifest) };
  if (metadata) {
    setIf(book, 'title', mainTitle(metadata));
    setIf(book, 'language', textOf(byLocalName(metadata, 'language')[0]));
    setIf(book, 'date', publicationDate(metadata));
    setIf(book, 'identifier', uniqueIdentifier(metadata, root.getAttribute('unique-identifier')));
    setIf(book, 'publisher', textOf(byLocalName(metadata, 'publisher')[0]));
    setIf(book, 'description', textOf(byLocalName(metadata, 'description')[0]));
  }
  const items = [...manifest.values()];
  setIf(book, 'navPath', items.find((i) => i.properties.includes('nav'))?.path);
  const tocId = byLocalName(opf, 'spine')[0]?.getAttribute('toc')?.trim();
  setIf(book, 'ncxPath', (tocId ? manifest.get(tocId)?.path : undefined) ?? items.find((i) => i.mediaType === NCX_TYPE)?.path);
  return book;
}

function setIf<K extends keyof BookPackage>(book: BookPackage, key: K, value: BookPackage[K] | undefined): void {
  if (value !== undefined) book[key] = value;
}

function readManifest(opf: Document, packagePath: string): Map<string, ManifestItem> {
  const manifest = new Map<string, ManifestItem>();
  for (const item of byLocalName(opf, 'item')) {
    const id = item.getAttribute('id')?.trim();
    const path = resolveHref(packagePath, item.getAttribute('href') ?? '');
    if (!id || !path || manifest.has(id)) continue;
    manifest.set(id, {
      path,
      mediaType: (item.getAttribute('media-type') ?? '').trim().toLowerCase(),
      properties: (item.getAttribute('properties') ?? '').trim().split(/\s+/),
    });
  }
  return manifest;
}

/**
 * The spine's content documents. An itemref the manifest does not list, or one that is not
 * (X)HTML (an SVG or image page of a picture book), has no text to read and is passed over.
 */
function readSpine(opf: Document, manifest: ReadonlyMap<string, ManifestItem>): SpineItem[] {
  const spine: SpineItem[] = [];
  for (const ref of byLocalName(opf, 'itemref')) {
    const item = manifest.get(ref.getAttribute('idref')?.trim() ?? '');
    if (!item || !TEXT_TYPES.has(item.mediaType)) continue;
    spine.push({ path: item.path, linear: (ref.getAttribute('linear') ?? '').trim().toLowerCase() !== 'no' });
  }
  return spine;
}

/** EPUB 3 `<meta refines="#id" property="…">` values, by the id they refine. */
function refinements(metadata: Element, property: string): Map<string, string> {
  const byId = new Map<string, string>();
  for (const meta of byLocalName(metadata, 'meta')) {
    if (meta.getAttribute('property')?.trim() !== property) continue;
    const id = meta.getAttribute('refines')?.trim().replace(/^#/, '');
    const value = textOf(meta);
    if (id && value && !byId.has(id)) byId.set(id, value);
  }
  return byId;
}

/** EPUB 2's `opf:role`, `opf:event`… attributes, whatever prefix the file bound the OPF namespace to. */
function opfAttribute(element: Element, name: string): string | undefined {
  for (const attribute of element.attributes) {
    if (attribute.localName === name && attribute.namespaceURI === 'http://www.idpf.org/2007/opf') return attribute.value.trim();
  }
  return element.getAttribute(`opf:${name}`)?.trim() ?? undefined;
}

/** The title EPUB 3 marks `title-type main`, else the first. */
function mainTitle(metadata: Element): string | undefined {
  const titles = byLocalName(metadata, 'title');
  const types = refinements(metadata, 'title-type');
  const main = titles.find((t) => types.get(t.getAttribute('id') ?? '') === 'main');
  return textOf(main ?? titles[0]);
}

/** The creators whose role is author (or is not stated), else every creator; in display order. */
function creators(metadata: Element): string[] {
  const roles = refinements(metadata, 'role');
  const sequence = refinements(metadata, 'display-seq');
  const all = byLocalName(metadata, 'creator').map((element, index) => {
    const id = element.getAttribute('id') ?? '';
    const role = roles.get(id) ?? opfAttribute(element, 'role');
    const seq = Number(sequence.get(id));
    return { name: textOf(element), role, order: Number.isFinite(seq) ? seq : 1000 + index };
  });
  const authors = all.filter((c) => c.role === undefined || c.role === 'aut');
  const chosen = authors.length > 0 ? authors : all;
  return chosen.sort((a, b) => a.order - b.order).flatMap((c) => (c.name ? [c.name] : []));
}

/** EPUB 2 may give several dates by event; the publication date is wanted, never the modification. */
function publicationDate(metadata: Element): string | undefined {
  const dates = byLocalName(metadata, 'date');
  const event = (d: Element) => opfAttribute(d, 'event')?.toLowerCase();
  const chosen = dates.find((d) => event(d) === 'publication') ?? dates.find((d) => event(d) === undefined || event(d) === 'original-publication');
  return textOf(chosen);
}

function uniqueIdentifier(metadata: Element, uniqueId: string | null): string | undefined {
  const identifiers = byLocalName(metadata, 'identifier');
  const unique = uniqueId ? identifiers.find((i) => i.getAttribute('id') === uniqueId.trim()) : undefined;
  return textOf(unique ?? identifiers[0]);
}
