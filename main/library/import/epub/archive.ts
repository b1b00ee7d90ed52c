/**
 * The EPUB's container: where its package is, and whether it is protected. Entries are read
 * from the zip only when needed (import/zip.ts holds the archive limits), so images, fonts and
 * stylesheets are never inflated.
 */
import type { DOMWindow } from 'jsdom';
import { ImportRefusal } from '../../errors';
import { readZip } from '../zip';
import { resolveHref } from './paths';
import { byLocalName, damaged, parseXml, xmlText } from './xml';

const CONTAINER = 'META-INF/container.xml';
const ENCRYPTION = 'META-INF/encryption.xml';

/**
 * Files only a DRM scheme puts in META-INF: Adobe ADEPT's rights.xml, Readium LCP's licence,
 * Apple FairPlay's sinf.xml. Any of them means the content documents are locked.
 */
const DRM_MARKERS = ['META-INF/rights.xml', 'META-INF/license.lcpl', 'META-INF/sinf.xml'];

export const DRM_MESSAGE =
  'This EPUB is protected by DRM: its chapters are encrypted, so Commonplace cannot read them. Import a DRM-free copy of the book (many publishers and shops offer one).';

export interface BookArchive {
  /** Every entry's name. */
  readonly names: ReadonlySet<string>;
  /** Where the package document (OPF) is. */
  readonly packagePath: string;
  /**
   * Entries encryption.xml lists, whatever the algorithm: a chapter among them is DRM. Font
   * obfuscation (IDPF's and Adobe's) lists only fonts, which are never read, so such books import.
   */
  readonly encrypted: ReadonlySet<string>;
  /**
   * The entry a path names: itself, else the one entry equal to it but for case (books made on
   * Windows or macOS name files one way and link them another, and reading systems forgive it).
   */
  entryName(path: string): string | undefined;
  /** The entries' bytes, read from the zip in one pass. */

  read(paths: readonly string[]): ReadonlyMap<string, Uint8Array>;
}

export function openBook(bytes: Uint8Array, window: DOMWindow): BookArchive {
  const first = readZip(bytes, (name) => name === CONTAINER || name === ENCRYPTION, 'EPUB');
  const names = new Set(first.names);
  if (DRM_MARKERS.some((marker) => names.has(marker))) throw new ImportRefusal(DRM_MESSAGE);
  const container = first.files.get(CONTAINER);
  if (!container) {
    throw new ImportRefusal(
      `This file is not an EPUB e-book: it has no ${CONTAINER}, which every EPUB has to say where its contents are. If it is a book, export or download it again as EPUB.`,
    );
  }
  const byLowerCase = new Map<string, string | null>();
  for (const name of names) {
    const lower = name.toLowerCase();
    // Two entries equal but for case: neither is a safe guess.
    byLowerCase.set(lower, byLowerCase.has(lower) ? null : name);
  }
  const entryName = (path: string) => (names.has(path) ? path : (byLowerCase.get(path.toLowerCase()) ?? undefined));
  const stated = packagePathOf(parseXml(window, xmlText(container), CONTAINER));
  const packagePath = entryName(stated);
  if (!packagePath) throw damaged(`its container points to "${stated}", which is not in the file`);
  const encryption = first.files.get(ENCRYPTION);
  const listed = encryption ? encryptedEntries(parseXml(window, xmlText(encryption), ENCRYPTION)) : new Set<string>();
  // As the entries they name, so a chapter is matched however either file spells its case.
  const encrypted = new Set([...listed].map((path) => entryName(path) ?? path));
  return {
    names,
    packagePath,
    encrypted,
    entryName,
    read(paths) {
      const wanted = new Set(paths);
      return readZip(bytes, (name) => wanted.has(name), 'EPUB').files;
    },
  };
}

/** The first rootfile that is an OPF package (a book may list other renditions after it). */
function packagePathOf(container: Document): string {
  const rootfiles = byLocalName(container, 'rootfile');
  const opf = rootfiles.find((r) => (r.getAttribute('media-type') ?? '').trim() === 'application/oebps-package+xml') ?? rootfiles[0];
  const fullPath = opf?.getAttribute('full-path')?.trim();
  if (!fullPath) throw damaged(`its ${CONTAINER} names no package document`);
  // full-path is relative to the container's root, not to META-INF.
  const path = resolveHref('', fullPath);
  if (!path) throw damaged(`its ${CONTAINER} names the package as "${fullPath}", which is not a path inside the book`);
  return path;
}

/** encryption.xml's entries, as paths from the container's root. */
function encryptedEntries(encryption: Document): Set<string> {
  const encrypted = new Set<string>();
  for (const reference of byLocalName(encryption, 'CipherReference')) {
    const path = resolveHref('', reference.getAttribute('URI') ?? '');
    if (path) encrypted.add(path);
  }
  return encrypted;
}
