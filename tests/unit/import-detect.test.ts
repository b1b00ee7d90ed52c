/** Size checks, binary sniffing, extensions and format detection. */
import { describe, expect, it } from 'vitest';
import { ImportRefusal } from '../../main/library/errors';
import {
  checkSize,
  detectFormat,
  extensionOf,
  looksLikeHtmlDocument,
  refuseBinary,
  refuseUnsupportedExtension,
  sniffBinaryKind,
} from '../../main/library/import/detect';

const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('checkSize', () => {
  it('refuses an empty file and one over the limit, naming the limit', () => {
    expect(() => checkSize(0, 1024)).toThrow(/empty/);
    expect(() => checkSize(64 * 1024 * 1024 + 1, 64 * 1024 * 1024)).toThrow(/larger than 64 MB/);
    expect(() => checkSize(10, 1024)).not.toThrow();
    expect(() => checkSize(1024, 1024)).not.toThrow();
  });
});

describe('sniffBinaryKind', () => {
  it.each([
    ['a PNG image', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0)],
    ['a JPEG image', bytes(0xff, 0xd8, 0xff, 0xe0)],
    ['a GIF image', ascii('GIF89a....')],
    ['a WebP image', ascii('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ')],
    ['a PDF document', ascii('%PDF-1.7\n')],
    ['an EPUB e-book', ascii('PK\u0003\u0004' + '\u0000'.repeat(26) + 'mimetypeapplication/epub+zip')],
    ['a Word document', ascii('PK\u0003\u0004' + '\u0000'.repeat(26) + '[Content_Types].xml word/document.xml')],
    ['a ZIP archive', ascii('PK\u0003\u0004' + '\u0000'.repeat(26) + 'notes/a.txt')],
    ['a program (ELF executable)', bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1)],
    ['a program (Mach-O executable)', bytes(0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1)],
    ['a compressed (gzip) file', bytes(0x1f, 0x8b, 8, 0)],
  ])('recognises %s', (kind, data) => {
    expect(sniffBinaryKind(data)).toBe(kind);
  });

  it('recognises a Windows program by its PE header, not by "MZ" alone', () => {
    const pe = new Uint8Array(0x90);
    pe.set(ascii('MZ'));
    pe[0x3c] = 0x80;
    pe.set(ascii('PE\u0000\u0000'), 0x80);
    expect(sniffBinaryKind(pe)).toBe('a Windows program');
    expect(sniffBinaryKind(ascii('MZ Wallace is a bag maker, and this is an article about the company.'))).toBeNull();
  });

  it('finds nothing in text', () => {
    expect(sniffBinaryKind(ascii('Just an article.'))).toBeNull();
    expect(sniffBinaryKind(new Uint8Array(0))).toBeNull();
  });
});

describe('refuseBinary', () => {
  it('says what the file looks like and what Commonplace imports', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
    expect(() => refuseBinary(png)).toThrow(ImportRefusal);
    expect(() => refuseBinary(png)).toThrow('This looks like a PNG image, not an article. Commonplace imports .txt, .md, .html and .pdf files (PDFs with a text layer), EPUB e-books (.epub), Kindle’s My Clippings.txt, Readwise .csv exports, Hypothesis and Zotero annotation .json files and Omnivore exports (.zip or metadata_….json).');
  });

  it('refuses NUL bytes unless a UTF-16 BOM explains them', () => {
    expect(() => refuseBinary(ascii('text\u0000more'))).toThrow(/binary data/);
    expect(() => refuseBinary(bytes(0xff, 0xfe, 0x41, 0x00))).not.toThrow();
    expect(() => refuseBinary(bytes(0xfe, 0xff, 0x00, 0x41))).not.toThrow();
    expect(() => refuseBinary(ascii('plain text'))).not.toThrow();
  });
});

describe('extensions', () => {
  it('reads real extensions, lower-cased, and ignores dots inside titles', () => {
    expect(extensionOf('Article.TXT')).toBe('.txt');
    expect(extensionOf('/some/dir.d/notes.markdown')).toBe('.markdown');
    expect(extensionOf('README')).toBe('');
    expect(extensionOf('.hidden')).toBe('');
    expect(extensionOf('Venezuela. What we know')).toBe('');
    expect(extensionOf('report 2025.10')).toBe('');
  });

  it('refuses unsupported extensions, listing the supported ones', () => {
    expect(() => refuseUnsupportedExtension('.rtf')).toThrow(/cannot import \.rtf files.*\.txt.*\.md, \.markdown.*\.html, \.htm/);
    for (const ok of ['', '.txt', '.md', '.markdown', '.html', '.htm']) expect(() => refuseUnsupportedExtension(ok)).not.toThrow();
  });
});

describe('detectFormat', () => {
  it('follows the extension', () => {
    expect(detectFormat('.txt', 'Plain words.')).toBe('text');
    expect(detectFormat('.md', '# Title')).toBe('markdown');
    expect(detectFormat('.markdown', 'Words')).toBe('markdown');
    expect(detectFormat('.htm', 'Not even HTML')).toBe('html');
  });

  it('sends a .txt or .md that is really an HTML document to the HTML importer', () => {
    expect(detectFormat('.txt', '\n  <!DOCTYPE html><html><body><p>Hi</p></body></html>')).toBe('html');
    expect(detectFormat('.md', '<html lang="en"><head></head>')).toBe('html');
    expect(detectFormat('.txt', '<!-- saved from url=(0014)about:internet -->\n<html>\n<head><title>x</title>')).toBe('html');
    expect(detectFormat('.txt', 'Use <b>bold</b> and <html> tags in your page.')).toBe('text');
  });

  it('sniffs a file without an extension', () => {
    expect(detectFormat('', '<!doctype html><p>x')).toBe('html');
    expect(detectFormat('', '---\ntitle: Notes\n---\n\nText')).toBe('markdown');
    expect(detectFormat('', '# Notes\n\nText')).toBe('markdown');
    expect(detectFormat('', 'Just some text.\n#hashtag')).toBe('text');
  });

  it('only looks at the head of a file', () => {
    expect(looksLikeHtmlDocument(`${'x'.repeat(5000)}<!doctype html>`)).toBe(false);
  });
});
