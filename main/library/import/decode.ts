/**
 * Bytes → text. Articles arrive as UTF-8 (with or without a BOM), UTF-16 with a BOM (Windows
 * "Unicode" text), or legacy Windows-1252 from old Windows tools. Whatever comes in, the rest of
 * the pipeline sees NFC text with `\n` line ends only.
 */
import { ImportRefusal } from '../errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** Which BOM, if any, the bytes start with. */
export function byteOrderMark(bytes: Uint8Array): TextEncoding | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const { text, encoding } = decodeRaw(bytes);
  const normalised = normaliseText(text);
  if (normalised.includes('\u0000')) {
    throw new ImportRefusal(
      'This file contains binary data (NUL characters), so it is not a text article. Commonplace imports .txt, .md and .html files.',
    );
  }
  return { text: normalised, encoding };
}

function decodeRaw(bytes: Uint8Array): DecodedText {
  const bom = byteOrderMark(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be') {
    // TextDecoder drops the BOM itself; unpaired surrogates become U+FFFD rather than failing,
    // since a damaged character should not cost the user the whole article.
    return { text: new TextDecoder(bom).decode(bytes), encoding: bom };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const body = bom === 'utf-8' ? bytes.subarray(3) : bytes;
    return { text: decodeWindows1252(body), encoding: 'windows-1252' };
  }
}

/**
 * Node's TextDecoder('windows-1252') actually decodes ISO-8859-1 (0x93 → U+0093, a control
 * character), so the 0x80–0x9F range, where Windows-1252 keeps its curly quotes, dashes and €,
 * is mapped here. Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) stay as their C1 code points.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? 0xfffd));
}

/** CRLF/CR → LF, Unicode line/paragraph separators → LF, and NFC so equal text compares equal. */
export function normaliseText(text: string): string {
  let out = text;
  if (out.charCodeAt(0) === 0xfeff) out = out.slice(1);
  if (out.includes('\r')) out = out.replace(/\r\n?/g, '\n');
  if (out.includes('\u2028') || out.includes('\u2029')) out = out.replace(/\u2028/g, '\n').replace(/\u2029/g, '\n\n');
  return out.normalize('NFC');
}
