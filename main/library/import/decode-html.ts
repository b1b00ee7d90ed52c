/**
 * Bytes → text for web pages, by the page's own charset. Decoding HTML like a text file
 * (UTF-8, else Windows-1252) turns every page saved in a legacy encoding (windows-1251,
 * Shift_JIS, GB2312, ISO-8859-2…) into mojibake, so a page is read the way a browser reads a
 * file from disk:
 *
 * 1. a byte order mark decides;
 * 2. else the charset the page declares (`<meta charset>` or `<meta http-equiv="content-type"
 *    content="…; charset=…">`), found by the HTML Standard's prescan (html-encoding-sniffer, the
 *    one jsdom uses) over the first 1024 bytes, or, failing that, at any `<meta` in the first
 *    64 KB: saved pages often carry long comments or scripts before their meta tags;
 * 3. with no declaration, UTF-8 when the bytes are valid UTF-8, else Windows-1252 (the
 *    Standard's default for most locales, and the text importer's fallback).
 *
 * Two departures from a browser, both for pages as they are really saved:
 * - a page that declares a legacy charset but whose bytes are valid UTF-8 with non-ASCII in
 *   them was re-saved as UTF-8 by a tool that kept the old `<meta>` (legacy text is almost
 *   never valid UTF-8 by chance), so it is read as UTF-8;
 * - a page that declares UTF-8 but has a few invalid bytes keeps UTF-8 with U+FFFD for them
 *   (as a browser shows it), unless so many are invalid that the page is really Windows-1252.
 *
 * Decoding uses @exodus/bytes (jsdom's decoder): it knows every WHATWG encoding and maps
 * labels the WHATWG way (ISO-8859-1 and US-ASCII mean windows-1252), which Node's own
 * TextDecoder does not do for all of them.
 */
import { TextDecoder as WhatwgTextDecoder, getBOMEncoding, labelToName } from '@exodus/bytes/encoding.js';
import sniffHTMLEncoding from 'html-encoding-sniffer';
import { ImportRefusal } from '../errors';
import { normaliseText } from './decode';

export interface DecodedHtml {
  text: string;
  /** The WHATWG name of the encoding used ("UTF-8", "windows-1251"…). */
  encoding: string;
  /** How the encoding was chosen, for tests and diagnostics. */
  by: 'bom' | 'declared' | 'utf-8 content' | 'default';
}

const NOT_DECLARED = '';
const META_SCAN_BYTES = 64 * 1024;
const PRESCAN_BYTES = 1024;

/** The charset the page declares in a `<meta>`, as a WHATWG encoding name, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const first = sniffHTMLEncoding(bytes.subarray(0, PRESCAN_BYTES), { defaultEncoding: NOT_DECLARED });
  if (first !== NOT_DECLARED) return usable(first);
  // The prescan stops at 1024 bytes; look at each later <meta> with the same attribute rules.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, META_SCAN_BYTES)).toString('latin1');
  for (const match of head.matchAll(/<meta[\s/]/gi)) {
    if (match.index < PRESCAN_BYTES - 6) continue;
    const found = sniffHTMLEncoding(bytes.subarray(match.index, match.index + PRESCAN_BYTES), { defaultEncoding: NOT_DECLARED });
    if (found !== NOT_DECLARED) return usable(found);
  }
  return null;
}

/**
 * "replacement" (ISO-2022-KR, HZ…) decodes a whole page to one U+FFFD; such a declaration is
 * better ignored, leaving UTF-8 or Windows-1252 to show whatever is readable.
 */
function usable(name: string): string | null {
  const canonical = labelToName(name);
  return canonical === null || canonical === 'replacement' ? null : canonical;
}

function isUtf8(name: string): boolean {
  return name.toLowerCase() === 'utf-8';
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decodeAs(encoding: string, bytes: Uint8Array): string {
  return new WhatwgTextDecoder(encoding).decode(bytes);
}

/**
 * A page declared UTF-8 is kept as UTF-8 when at most this share of its non-ASCII characters
 * come out as U+FFFD: a few damaged bytes, not a page in another encoding.
 */
const MAX_BAD_UTF8_SHARE = 0.05;

function mostlyUtf8(text: string): boolean {
  let bad = 0;
  let nonAscii = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code === 0xfffd) bad++;
    if (code >= 0x80) nonAscii++;
  }
  return bad <= MAX_BAD_UTF8_SHARE * nonAscii;
}

function decodeHtmlRaw(bytes: Uint8Array): DecodedHtml {
  const bom = getBOMEncoding(bytes);
  if (bom) return { text: decodeAs(bom, bytes), encoding: labelToName(bom) ?? bom, by: 'bom' };
  const declared = declaredCharset(bytes);
  const utf8 = decodeStrictUtf8(bytes);
  if (utf8 !== null && (declared === null || isUtf8(declared) || hasNonAscii(bytes))) {
    return { text: utf8, encoding: 'UTF-8', by: declared !== null && isUtf8(declared) ? 'declared' : 'utf-8 content' };
  }
  if (declared !== null && isUtf8(declared)) {
    const lenient = decodeAs('utf-8', bytes);
    if (mostlyUtf8(lenient)) return { text: lenient, encoding: 'UTF-8', by: 'declared' };
    return { text: decodeAs('windows-1252', bytes), encoding: 'windows-1252', by: 'default' };
  }
  if (declared !== null) return { text: decodeAs(declared, bytes), encoding: declared, by: 'declared' };
  return { text: decodeAs('windows-1252', bytes), encoding: 'windows-1252', by: 'default' };
}

/**
 * Decodes a web page and normalises it like any text (NFC, `\n` line ends). NUL characters
 * are dropped rather than refused: an HTML parser ignores them, and a few stray NULs are
 * common in scraped pages (the binary check has already refused files that are mostly NULs).
 */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const decoded = decodeHtmlRaw(bytes);
  const text = normaliseText(decoded.text.includes('\u0000') ? decoded.text.replace(/\u0000/g, '') : decoded.text);
  if (text.trim() === '') throw new ImportRefusal('This file contains only blank space, so there is nothing to import.');
  return { ...decoded, text };
}
