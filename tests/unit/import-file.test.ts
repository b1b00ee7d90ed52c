/** parseArticleFile, the one entry point, on ordinary and hostile files. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../main/library/article';
import { MAX_FILE_BYTES, SUPPORTED_EXTENSIONS, parseArticleFile } from '../../main/library/import/index';
import { parseOne } from './parse-one';
import { fixtureArticle } from './fixtures';
import { refusalOf } from './refusal';

const utf8 = (s: string) => new TextEncoder().encode(s);
const dawnName = '004_8af5de537ef99085.txt';
const dawn = readFileSync(fixtureArticle(dawnName), 'utf8');

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  if (order === 'be') body.swap16();
  return Uint8Array.from([...(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), ...body]);
}

const refusal = (name: string, bytes: Uint8Array): string => refusalOf(() => parseArticleFile({ name, bytes }));

describe('the entry point', () => {
  it('exposes the limits it enforces', () => {
    expect(MAX_FILE_BYTES).toBeGreaterThanOrEqual(50 * 1000 * 1000);
    expect(SUPPORTED_EXTENSIONS).toEqual(['.txt', '.md', '.markdown', '.html', '.htm', '.csv', '.pdf', '.json', '.epub', '.zip']);
  });

  it('parses text and Markdown files and says which format it used', () => {
    expect(parseArticleFile({ name: dawnName, bytes: utf8(dawn) }).format).toBe('text');
    const source = '# Field notes\n\nThe first *real* paragraph.\n';
    const md = parseArticleFile({ name: 'notes.md', bytes: utf8(source) });
    expect(md).toEqual({
      format: 'markdown',
      fileHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      articles: [
        {
          title: 'Field notes',
          blocks: [{ kind: 'paragraph', text: 'The first real paragraph.', marks: [{ kind: 'emphasis', start: 10, end: 14 }] }],
          original: source,
        },
      ],
    });
  });

  it('sends an HTML document saved as .txt to the HTML importer', () => {
    const paragraph = 'A paragraph of the saved page, with enough words in it to read as the body of an article. ';
    const html = `<!doctype html><html><head><title>A saved page</title></head><body><article><h1>A saved page</h1><p>${paragraph.repeat(4)}</p><p>${paragraph}</p></article></body></html>`;
    const { format, article } = parseOne({ name: 'saved page.txt', bytes: utf8(html) });
    expect(format).toBe('html');
    expect(article.title).toBe('A saved page');
    expect(plainText(article.blocks)).not.toContain('<');
  });

  it('reads a Markdown file without an extension by sniffing it', () => {
    expect(parseArticleFile({ name: 'README', bytes: utf8('# Notes\n\nText.') }).format).toBe('markdown');
  });
});

describe('encodings', () => {
  const expected = parseOne({ name: dawnName, bytes: utf8(dawn) }).article;

  it('reads the same article from UTF-16 LE and BE with a BOM', () => {
    expect(parseOne({ name: dawnName, bytes: utf16(dawn, 'le') }).article).toEqual(expected);
    expect(parseOne({ name: dawnName, bytes: utf16(dawn, 'be') }).article).toEqual(expected);
  });

  it('reads the same article with a UTF-8 BOM and Windows line ends', () => {
    expect(parseOne({ name: dawnName, bytes: utf8('\uFEFF' + dawn.replaceAll('\n', '\r\n')) }).article).toEqual(expected);
  });

  it('reads invalid UTF-8 as Windows-1252', () => {
    const bytes = Uint8Array.from([...utf8('A title\n\nThe caf'), 0xe9, ...utf8(' said '), 0x93, ...utf8('no'), 0x94, ...utf8(' to the '), 0x80, ...utf8('5 coffee.')]);
    const { article } = parseOne({ name: 'x.txt', bytes });
    expect(article.title).toBe('A title');
    expect(plainText(article.blocks)).toBe('The café said “no” to the €5 coffee.');
  });
});

describe('hostile and broken files', () => {
  it('refuses an empty file and a whitespace-only file', () => {
    expect(refusal('empty.txt', new Uint8Array(0))).toMatch(/empty/);
    expect(refusal('blank.txt', utf8(' \n\t\r\n  \u00a0\n'))).toMatch(/only blank space/);
    expect(refusal('blank16.txt', utf16('   \n  ', 'le'))).toMatch(/only blank space/);
  });

  it('refuses a file over the limit, naming the limit', () => {
    expect(refusal('huge.txt', new Uint8Array(MAX_FILE_BYTES + 1))).toMatch(/larger than 64 MB/);
  });

  it('refuses NUL bytes as binary', () => {
    expect(refusal('nul.txt', utf8('Looks like text\u0000 but is not'))).toMatch(/binary data/);
  });

  it('refuses a PNG and an ELF program renamed to .txt, saying what they look like', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(refusal('photo.txt', png)).toBe('This looks like a PNG image, not an article. Commonplace imports .txt, .md, .html and .pdf files (PDFs with a text layer), EPUB e-books (.epub), Kindle’s My Clippings.txt, Readwise .csv exports, Hypothesis and Zotero annotation .json files and Omnivore exports (.zip or metadata_….json).');
    const elf = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(refusal('program.txt', elf)).toMatch(/^This looks like a program \(ELF executable\), not an article/);
  });

  it('refuses an unsupported extension, listing what is supported', () => {
    expect(refusal('notes.rtf', utf8('Plain words'))).toMatch(/cannot import \.rtf files\. It imports plain text \(\.txt\)/);
  });

  it('refuses a file that is nothing but page furniture', () => {
    expect(refusal('clutter.txt', utf8('Share\n\nAdvertisement\n\nSign up\n\n{{ title }}\n'))).toMatch(/No article text/);
  });

  it('parses a 5 MB single line in linear time', { timeout: 20_000 }, () => {
    const sentence = 'The quick brown fox jumps over the lazy dog near the river bank. ';
    const line = sentence.repeat(Math.ceil((5 * 1024 * 1024) / sentence.length));
    const { article } = parseOne({ name: 'big.txt', bytes: utf8(line) });
    expect(article.blocks).toHaveLength(1);
    expect(article.blocks[0]!.text).toBe(line.trim());
    expect(article.title).toBe('The quick brown fox jumps over the lazy dog near the river bank.');
  });

  it('parses pathological lines (no spaces, endless dots, endless quotes) without blowing up', { timeout: 20_000 }, () => {
    for (const text of ['a'.repeat(2e6), 'a.B'.repeat(6e5), '"'.repeat(2e6) + 'x', '- '.repeat(1e6) + 'x', 'a\n'.repeat(5e5)]) {
      const { article } = parseOne({ name: 'odd.txt', bytes: utf8(text) });
      expect(article.blocks.length).toBeGreaterThan(0);
    }
  });
});
