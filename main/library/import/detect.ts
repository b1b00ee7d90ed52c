/**
 * Which importer a file goes to, and the refusals that can be decided before parsing: empty,
 * too large, binary (by magic number or NUL bytes), or an extension Commonplace does not read.
 */
import type { ArticleFormat } from '../article';
import { ImportRefusal } from '../errors';
import { byteOrderMark } from './decode';

export const SUPPORTED_LIST =
  'Commonplace imports .txt, .md, .html and .pdf files (PDFs with a text layer), EPUB e-books (.epub), Kindle’s My Clippings.txt, Readwise .csv exports, Hypothesis and Zotero annotation .json files and Omnivore exports (.zip or metadata_….json).';

const FORMAT_BY_EXTENSION: Readonly<Record<string, ArticleFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  // Read only when it is a Readwise export (import/index.ts refuses any other CSV).
  '.csv': 'text',
  // Read by the PDF importer (import/index.ts parseFile); stored as text read from its pages.
  '.pdf': 'text',
  // Read only when it is a Hypothesis, Zotero or Omnivore export (import/index.ts refuses any other JSON).
  '.json': 'text',
};

/** EPUB books are zips, read by import/epub/ rather than decoded as text: no ArticleFormat of their own. */
const EPUB_EXTENSION = '.epub';

export const KNOWN_EXTENSIONS: readonly string[] = [...Object.keys(FORMAT_BY_EXTENSION), EPUB_EXTENSION];

/** The format an extension stands for, or undefined for none or an unknown one. */
export function formatOfExtension(ext: string): ArticleFormat | undefined {
  return FORMAT_BY_EXTENSION[ext];
}

/**
 * The lower-cased extension with its dot, or '' when the name has none. People name files after
 * titles ("Venezuela. What we know"), so a "suffix" with spaces or longer than a real extension
 * is part of the name, not an extension.
 */
export function extensionOf(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return '';
  const ext = base.slice(dot).toLowerCase();
  return /^\.[a-z0-9]{1,10}$/.test(ext) && /[a-z]/.test(ext) ? ext : '';
}

export function checkSize(byteLength: number, limit: number): void {
  if (byteLength === 0) throw new ImportRefusal('This file is empty, so there is nothing to import.');
  if (byteLength > limit) {
    const mb = Math.round(limit / (1024 * 1024));
    throw new ImportRefusal(
      `This file is larger than ${mb} MB, the most Commonplace imports. Split it into smaller files, or save only the article's text.`,
    );
  }
}

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  for (let i = 0; i < signature.length; i++) if (bytes[offset + i] !== signature[i]) return false;
  return true;
}

function ascii(text: string): number[] {
  return Array.from(text, (c) => c.charCodeAt(0));
}

function containsAscii(bytes: Uint8Array, text: string, within: number): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, within)).includes(text, 0, 'latin1');
}

const EPUB_KIND = 'an EPUB e-book';

function zipKind(bytes: Uint8Array): string {
  // An EPUB must store "mimetype" first and uncompressed, so its content sits at offset 30.
  if (containsAscii(bytes, 'application/epub+zip', 100)) return EPUB_KIND;
  if (containsAscii(bytes, 'word/', 4096)) return 'a Word document';
  if (containsAscii(bytes, 'application/vnd.oasis.opendocument', 200)) return 'an OpenDocument file';
  return 'a ZIP archive';
}

function isPortableExecutable(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, ascii('MZ')) || bytes.length < 0x40) return false;
  const peOffset = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).readUInt32LE(0x3c);
  return startsWith(bytes, [0x50, 0x45, 0, 0], peOffset);
}

/**
 * Whether the file goes to the EPUB importer: named .epub (a damaged or mislabelled one is then
 * refused as an EPUB, saying what is wrong), or a zip that says it is one, whatever its name.
 */
export function isEpub(ext: string, bytes: Uint8Array): boolean {
  return ext === EPUB_EXTENSION || sniffBinaryKind(bytes) === EPUB_KIND;
}

/** What kind of non-text file the bytes are, by magic number, or null when none matched. */
export function sniffBinaryKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'a PNG image';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'a JPEG image';
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return 'a GIF image';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'a WebP image';
  if (startsWith(bytes, ascii('%PDF-'))) return 'a PDF document';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return zipKind(bytes);
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return 'a program (ELF executable)';
  if (isPortableExecutable(bytes)) return 'a Windows program';
  for (const magic of [[0xfe, 0xed, 0xfa, 0xce], [0xfe, 0xed, 0xfa, 0xcf], [0xce, 0xfa, 0xed, 0xfe], [0xcf, 0xfa, 0xed, 0xfe], [0xca, 0xfe, 0xba, 0xbe]]) {
    if (startsWith(bytes, magic)) return 'a program (Mach-O executable)';
  }
  if (startsWith(bytes, [0x1f, 0x8b])) return 'a compressed (gzip) file';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'an old-style Office document';
  if (startsWith(bytes, ascii('SQLite format 3'))) return 'a database';
  if (startsWith(bytes, ascii('{\\rtf'))) return 'a Rich Text (RTF) document';
  return null;
}

/**
 * A web page may hold a few stray NUL bytes (one page of the extraction corpus has 22 in
 * 190 KB, left by the tool that saved it); HTML parsers ignore them. More than one byte in a
 * thousand is not a stray: the file is binary.
 */
const MAX_STRAY_NUL_SHARE = 0.001;

function countNuls(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(0); i !== -1; i = bytes.indexOf(0, i + 1)) count++;
  return count;
}

/**
 * Refuses binary files: a known magic number, or NUL bytes in a file without a UTF-16 BOM
 * (beyond a few strays in a web page, when `strayNulsAllowed`).
 */
export function refuseBinary(bytes: Uint8Array, options: { strayNulsAllowed?: boolean } = {}): void {
  const kind = sniffBinaryKind(bytes);
  if (kind) throw new ImportRefusal(`This looks like ${kind}, not an article. ${SUPPORTED_LIST}`);
  const bom = byteOrderMark(bytes);
  if (bom === 'utf-16le' || bom === 'utf-16be' || bytes.indexOf(0) === -1) return;
  const stray = options.strayNulsAllowed === true && countNuls(bytes) <= MAX_STRAY_NUL_SHARE * bytes.byteLength;
  if (!stray) {
    throw new ImportRefusal(
      'This file contains binary data, not text. If it is text saved as UTF-16 without a byte order mark, save it again as UTF-8. ' +
        SUPPORTED_LIST,
    );
  }
}

export function refuseUnsupportedExtension(ext: string): void {
  if (ext === '' || ext in FORMAT_BY_EXTENSION || ext === EPUB_EXTENSION) return;
  throw new ImportRefusal(`Commonplace cannot import ${ext} files. It imports plain text (.txt), Markdown (.md, .markdown), web pages (.html, .htm), PDFs (.pdf), EPUB e-books (.epub), Readwise exports (.csv), Hypothesis, Zotero and Omnivore exports (.json) and Omnivore export archives (.zip).`);
}

/** Only the head of a file is sniffed: enough to see a doctype, cheap on a 60 MB file. */
const SNIFF_CHARS = 2048;

export function looksLikeHtmlDocument(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return true;
  if (!head.startsWith('<')) return false;
  // A comment or XML prolog before the root (saved pages often start with one).
  return /<html[\s>]/.test(head) && /<(head|body)[\s>]/.test(head);
}

function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  if (/^---\n[^\n]*:/.test(head)) return true;
  const firstLine = head.trimStart().split('\n', 1)[0] ?? '';
  return /^#{1,6} \S/.test(firstLine);
}

/**
 * The format to parse with. The extension decides, except that a full HTML document saved as
 * .txt or .md is parsed as HTML (as text it would be all tags), and a file without an extension
 * is sniffed.
 */
export function detectFormat(ext: string, text: string): ArticleFormat {
  const byExtension = FORMAT_BY_EXTENSION[ext];
  if (byExtension === 'html') return 'html';
  if (looksLikeHtmlDocument(text)) return 'html';
  if (byExtension) return byExtension;
  return looksLikeMarkdown(text) ? 'markdown' : 'text';
}
