/**
 * The EPUB's XML files (container.xml, the package, toc.ncx, encryption.xml) parsed by the
 * jsdom window the chapters use. An XML parser expands entities a file declares itself, and
 * none of these files needs any: a declaration is refused before parsing, so a "billion laughs"
 * package cannot expand in memory.
 */
import type { DOMWindow } from 'jsdom';
import { ImportRefusal } from '../../errors';
import { byteOrderMark } from '../decode';

/** An XML entry's text: UTF-8 unless a byte order mark says UTF-16 (the two encodings XML readers must know). */
export function xmlText(bytes: Uint8Array): string {
  const bom = byteOrderMark(bytes);
  return new TextDecoder(bom === 'utf-16le' || bom === 'utf-16be' ? bom : 'utf-8').decode(bytes).normalize('NFC');
}

export function parseXml(window: DOMWindow, text: string, name: string): Document {
  if (/<!ENTITY/i.test(text)) throw damaged(`"${name}" declares its own XML entities, which no EPUB file needs`);
  const document = new window.DOMParser().parseFromString(text, 'application/xml');
  if (document.documentElement.localName === 'parsererror') throw damaged(`"${name}" is not well-formed XML`);
  return document;
}

/** The refusal for a book whose own files contradict or fail to parse. */
export function damaged(what: string): ImportRefusal {
  return new ImportRefusal(`This EPUB is damaged: ${what}. Download or export the book again.`);
}

/** Elements by local name whatever their namespace prefix (`dc:title`, `opf:meta`, or none). */
export function byLocalName(root: Document | Element, localName: string): Element[] {
  return [...root.getElementsByTagNameNS('*', localName)];
}

/** An element's text, whitespace collapsed; undefined for none. */
export function textOf(element: Element | undefined): string | undefined {
  const text = element?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}
