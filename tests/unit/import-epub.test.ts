/**
 * EPUB books through the one entry point (parseArticleFile): metadata from the package, chapters
 * in spine order through the HTML block converter, headings from the table of contents, and the
 * refusals (DRM, not an EPUB, damaged), on books built in memory (epub-books.ts) and on a real
 * Springer EPUB read in place from ../shared/fixtures.
 */
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { plainText, type Article } from '../../main/library/article';
import { parseEpub, identifierUrl } from '../../main/library/import/epub/index';
import { MAX_BOOK_MARKUP_BYTES } from '../../main/library/import/limits';
import { resolveHref } from '../../main/library/import/epub/paths';
import { SUPPORTED_EXTENSIONS, parseArticleFile } from '../../main/library/import/index';
import { buildEpub, CONTAINER_XML, type BookSpec } from './epub-books';
import { sharedFixtures } from './fixtures';
import { refusalOf } from './refusal';

const SPRINGER = path.join(sharedFixtures, 'formats/zotero/zotero-reader-demo/springer-oa-ai-better-future-demo.epub');

function book(spec: BookSpec, name = 'book.epub'): Article {
  const parsed = parseArticleFile({ name, bytes: buildEpub(spec) });
  expect(parsed.articles).toHaveLength(1);
  return parsed.articles[0]!;
}

const refusal = (bytes: Uint8Array, name = 'book.epub'): string => refusalOf(() => parseArticleFile({ name, bytes }));

/** The same book with its package's spine replaced. */
function withSpine(bytes: Uint8Array, itemrefs: string): Uint8Array {
  const files = unzipSync(bytes);
  const opf = new TextDecoder().decode(files['OEBPS/content.opf']).replace(/<spine>[\s\S]*<\/spine>/, `<spine>${itemrefs}</spine>`);
  return zipSync({ ...files, mimetype: [files.mimetype!, { level: 0 }], 'OEBPS/content.opf': strToU8(opf) });
}

/** The same book with one manifest item's href changed. */
function withManifestHref(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const files = unzipSync(bytes);
  const opf = new TextDecoder().decode(files['OEBPS/content.opf']).replace(`href="${from}"`, `href="${to}"`);
  return zipSync({ ...files, mimetype: [files.mimetype!, { level: 0 }], 'OEBPS/content.opf': strToU8(opf) });
}

const headings = (article: Article) => article.blocks.filter((b) => b.kind === 'heading').map((b) => `${b.level}:${b.text}`);

const THREE_CHAPTERS: BookSpec = {
  title: 'The Tidewater Almanac',
  creators: ['Ada Marsh', 'Tomás Ríos'],
  language: 'en-GB',
  date: '2019-06-03',
  identifier: 'urn:doi:10.1234/tide.2019',
  description: '<p>A year of <b>tides</b> &amp; weather.</p>',
  chapters: [
    // File names out of spine order: the spine decides, not the names.
    { file: 'c-spring.xhtml', toc: 'Spring', body: '<p>The first tide of <em>spring</em> came early.</p><ul><li>Mud flats</li><li>Sand bars</li></ul>' },
    { file: 'b-summer.xhtml', toc: 'Summer', body: '<h2>High Summer</h2><blockquote><p>Salt on every sill.</p></blockquote><p>Long <strong>bright</strong> days.</p>' },
    { file: 'a-autumn.xhtml', toc: 'Autumn', body: '<p>The storms returned in autumn.</p>' },
  ],
};

describe('an EPUB 3 book (navigation document)', () => {
  const article = book(THREE_CHAPTERS);

  it('is one article with the package metadata', () => {
    expect(article.title).toBe('The Tidewater Almanac');
    expect(article.byline).toBe('Ada Marsh, Tomás Ríos');
    expect(article.publishedAt).toBe('2019-06-03');
    expect(article.url).toBe('https://doi.org/10.1234/tide.2019');
    expect(article.summary).toBe('A year of tides & weather.');
    // Nothing in a book is cleaned, so nothing is kept to clean again.
    expect(article.original).toBeUndefined();
    expect(article.removed).toBeUndefined();
  });

  it('reads the chapters in spine order, the TOC heading those without a heading of their own', () => {
    expect(headings(article)).toEqual(['1:Spring', '2:High Summer', '1:Autumn']);
    expect(plainText(article.blocks)).toBe(
      ['Spring', 'The first tide of spring came early.', 'Mud flats', 'Sand bars', 'High Summer', 'Salt on every sill.', 'Long bright days.', 'Autumn', 'The storms returned in autumn.'].join('\n\n'),
    );
  });

  it('keeps lists, quotes and emphasis as the HTML importer does', () => {
    expect(article.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text)).toEqual(['Mud flats', 'Sand bars']);
    expect(article.blocks.find((b) => b.kind === 'quote')?.text).toBe('Salt on every sill.');
    const spring = article.blocks.find((b) => b.text.startsWith('The first tide'))!;
    expect(spring.marks).toEqual([{ kind: 'emphasis', start: 18, end: 24 }]);
    expect(article.blocks.find((b) => b.text === 'Long bright days.')!.marks).toEqual([{ kind: 'strong', start: 5, end: 11 }]);
  });

  it('gives the language and identifier, which the library does not store yet', () => {
    const parsed = parseEpub(buildEpub(THREE_CHAPTERS));
    expect(parsed).toMatchObject({ language: 'en-GB', identifier: 'urn:doi:10.1234/tide.2019', chapters: 3 });
  });

  it('is stored as HTML, known by a hash of its bytes', () => {
    const bytes = buildEpub(THREE_CHAPTERS);
    const parsed = parseArticleFile({ name: 'book.epub', bytes });
    expect(parsed.format).toBe('html');
    expect(parsed.fileHash).toMatch(/^[0-9a-f]{64}$/);
    expect(parseArticleFile({ name: 'copy.epub', bytes }).fileHash).toBe(parsed.fileHash);
  });
});

describe('an EPUB 2 book (toc.ncx)', () => {
  it('takes its metadata from opf: attributes and chapter headings from the NCX', () => {
    const article = book({
      version: 2,
      title: 'Letters from the Lighthouse',
      creators: ['Ines Vale'],
      date: '1911',
      chapters: [
        { file: 'one.xhtml', toc: 'The First Letter', body: '<p>Dear Maren, the lamp is lit.</p>' },
        { file: 'two.xhtml', toc: 'The Second Letter', body: '<h1>II</h1><p>The fog has not lifted.</p>' },
      ],
    });
    expect(article).toMatchObject({ title: 'Letters from the Lighthouse', byline: 'Ines Vale', publishedAt: '1911' });
    expect(article.url).toBeUndefined();
    expect(headings(article)).toEqual(['1:The First Letter', '1:II']);
  });
});

describe('what a book is read for', () => {
  it('leaves non-linear items (a cover, pop-up notes) out of the reading order', () => {
    const article = book({
      title: 'Linear',
      chapters: [
        { file: 'cover.xhtml', linear: false, body: '<div><img src="cover.jpg" alt="Cover image"/><p>Book cover of Linear</p></div>' },
        { file: 'ch1.xhtml', toc: 'One', body: '<p>The story starts here.</p>' },
        { file: 'notes.xhtml', linear: false, body: '<aside><p>1. A pop-up note.</p></aside>' },
      ],
    });
    expect(plainText(article.blocks)).toBe('One\n\nThe story starts here.');
  });

  it('reads a spine that is all non-linear whole, rather than refusing it', () => {
    const article = book({ title: 'All aside', chapters: [{ file: 'a.xhtml', linear: false, body: '<p>Only this.</p>' }] });
    expect(plainText(article.blocks)).toBe('Only this.');
  });

  it('ignores scripts, styles, images and remote resources, and fetches nothing', async () => {
    const requests: string[] = [];
    const server = http.createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const article = book({
        title: 'Hostile',
        chapters: [
          {
            file: 'ch.xhtml',
            toc: 'Chapter',
            body: `<script>fetch('${origin}/script'); document.body.innerHTML = 'SCRIPTRAN';</script>
              <p>Plain prose<img src="${origin}/image.png" onerror="fetch('${origin}/onerror')" alt="ALTTEXT"/> stays.</p>
              <link rel="stylesheet" href="${origin}/style.css"/><iframe src="${origin}/frame"></iframe>
              <p><a href="${origin}/page">A remote link</a> and <a href="ch2.xhtml#n1">an inner one</a>.</p>`,
          },
        ],
      });
      const text = plainText(article.blocks);
      expect(text).toBe('Chapter\n\nPlain prose stays.\n\nA remote link and an inner one.');
      expect(text).not.toMatch(/SCRIPTRAN|ALTTEXT|fetch|color/);
      // A link out of the book keeps its address (it is text, never fetched); one inside the book points nowhere now.
      expect(article.blocks.flatMap((b) => b.marks ?? []).map((m) => m.href)).toEqual([`${origin}/page`]);
      await fetch(`${origin}/probe`);
      expect(requests).toEqual(['/probe']);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('reads a document the spine names twice once, where it first stands', () => {
    const bytes = buildEpub({
      title: 'Twice',
      chapters: [
        { file: 'a.xhtml', toc: 'A', body: '<p>First.</p>' },
        { file: 'b.xhtml', toc: 'B', body: '<p>Second.</p>' },
      ],
    });
    const parsed = parseArticleFile({ name: 'twice.epub', bytes: withSpine(bytes, '<itemref idref="ch0"/><itemref idref="ch1"/><itemref idref="ch0"/>') });
    expect(plainText(parsed.articles[0]!.blocks)).toBe('A\n\nFirst.\n\nB\n\nSecond.');
  });

  it('reads a package saved as UTF-16 with its byte order mark', () => {
    const spec: BookSpec = { title: 'Wide Ünïcode', chapters: [{ file: 'a.xhtml', toc: 'A', body: '<p>Text.</p>' }] };
    const opf = unzipSync(buildEpub(spec))['OEBPS/content.opf']!;
    const wide = Uint8Array.from([0xff, 0xfe, ...Buffer.from(new TextDecoder().decode(opf).replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le')]);
    expect(book({ ...spec, extra: { 'OEBPS/content.opf': wide } }).title).toBe('Wide Ünïcode');
  });

  it('is sniffed by its mimetype whatever its name, and .epub is a supported extension', () => {
    expect(book(THREE_CHAPTERS, 'download.zip').title).toBe('The Tidewater Almanac');
    expect(book(THREE_CHAPTERS, 'no-extension').title).toBe('The Tidewater Almanac');
    expect(SUPPORTED_EXTENSIONS).toContain('.epub');
  });

  it('falls back to the file name for a book without a title', () => {
    expect(book({ chapters: [{ file: 'a.xhtml', body: '<p>Untitled prose.</p>' }] }, 'The Quiet Shore.epub').title).toBe('The Quiet Shore');
  });
});

describe('refused books (nothing is returned to store)', () => {
  const AES = 'http://www.w3.org/2001/04/xmlenc#aes128-cbc';
  const OBFUSCATION = 'http://www.idpf.org/2008/embedding';
  const encryption = (algorithm: string, uri: string) => `<?xml version="1.0"?>
<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
  <enc:EncryptedData><enc:EncryptionMethod Algorithm="${algorithm}"/><enc:CipherData><enc:CipherReference URI="${uri}"/></enc:CipherData></enc:EncryptedData>
</encryption>`;
  const chapters = [{ file: 'ch1.xhtml', toc: 'One', body: '<p>Readable text.</p>' }];

  it('refuses a book whose chapters encryption.xml lists (DRM)', () => {
    const bytes = buildEpub({ title: 'Locked', chapters, extra: { 'META-INF/encryption.xml': encryption(AES, 'OEBPS/ch1.xhtml') } });
    expect(refusal(bytes)).toMatch(/^This EPUB is protected by DRM: its chapters are encrypted.*DRM-free copy/);
  });

  it('refuses a book carrying a DRM rights file (Adobe rights.xml, Readium LCP licence)', () => {
    for (const marker of ['META-INF/rights.xml', 'META-INF/license.lcpl']) {
      expect(refusal(buildEpub({ title: 'Locked', chapters, extra: { [marker]: '<rights/>' } }))).toMatch(/protected by DRM/);
    }
  });

  it('imports a book whose only encrypted files are obfuscated fonts (not DRM)', () => {
    const article = book({
      title: 'Fonts',
      chapters,
      extra: { 'META-INF/encryption.xml': encryption(OBFUSCATION, 'OEBPS/fonts/serif.otf'), 'OEBPS/fonts/serif.otf': new Uint8Array(2048).fill(7) },
    });
    expect(plainText(article.blocks)).toBe('One\n\nReadable text.');
  });

  it('refuses a zip that is not an EPUB, and a .epub that is not a zip', () => {
    const plainZip = zipSync({ mimetype: [strToU8('application/epub+zip'), { level: 0 }], 'notes.txt': strToU8('hello') });
    expect(refusal(plainZip)).toMatch(/^This file is not an EPUB e-book: it has no META-INF\/container.xml/);
    expect(refusal(strToU8('just some text pretending'))).toMatch(/^This EPUB is damaged or not a zip archive/);
    const whole = buildEpub(THREE_CHAPTERS);
    expect(refusal(whole.slice(0, whole.length - 40))).toMatch(/damaged or not a zip archive/);
  });

  it('refuses a damaged book: its package or a chapter missing, its package not XML', () => {
    expect(refusal(buildEpub({ ...THREE_CHAPTERS, omit: ['OEBPS/content.opf'] }))).toMatch(
      /^This EPUB is damaged: its container points to "OEBPS\/content.opf", which is not in the file\. Download or export the book again\.$/,
    );
    expect(refusal(buildEpub({ ...THREE_CHAPTERS, omit: ['OEBPS/b-summer.xhtml'] }))).toMatch(/damaged: its reading order names "OEBPS\/b-summer.xhtml", which is not in the file/);
    expect(refusal(buildEpub({ ...THREE_CHAPTERS, extra: { 'OEBPS/content.opf': '<package><metadata>' } }))).toMatch(/damaged: "OEBPS\/content.opf" is not well-formed XML/);
    expect(refusal(buildEpub({ ...THREE_CHAPTERS, extra: { 'META-INF/container.xml': CONTAINER_XML.replace('full-path="OEBPS/content.opf"', '') } }))).toMatch(/names no package document/);
  });

  it('refuses XML that declares its own entities (a "billion laughs" package) before expanding any', () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE package [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><package xmlns="http://www.idpf.org/2007/opf"><metadata>&b;</metadata></package>`;
    expect(refusal(buildEpub({ ...THREE_CHAPTERS, extra: { 'OEBPS/content.opf': laughs } }))).toMatch(/declares its own XML entities/);
  });

  it('refuses a book whose chapters hold more XHTML than the limit, before parsing them', () => {
    const huge = '<p>word</p>'.repeat(Math.ceil((MAX_BOOK_MARKUP_BYTES + 1) / 11));
    expect(refusal(buildEpub({ title: 'Huge', chapters: [{ file: 'a.xhtml', body: huge }] }))).toMatch(/^This book's chapters come to more than 16 MB of XHTML/);
  });

  it('refuses a book with no text (only images)', () => {
    expect(refusal(buildEpub({ title: 'Pictures', chapters: [{ file: 'p.xhtml', body: '<img src="a.png" alt="A picture"/>' }] }))).toMatch(/^This EPUB has no text to import/);
  });
});

describe('paths inside the book', () => {
  it('resolves hrefs against the file naming them, decoding them, and never outside the archive', () => {
    expect(resolveHref('OEBPS/content.opf', 'Text/ch%201.xhtml#start')).toBe('OEBPS/Text/ch 1.xhtml');
    expect(resolveHref('OEBPS/Text/nav.xhtml', '../Text/a.xhtml')).toBe('OEBPS/Text/a.xhtml');
    expect(resolveHref('OEBPS/content.opf', '../../../../etc/passwd')).toBe('etc/passwd');
    expect(resolveHref('', 'OEBPS/content.opf')).toBe('OEBPS/content.opf');
    expect(resolveHref('OEBPS/content.opf', 'https://example.com/remote.xhtml')).toBeUndefined();
    expect(resolveHref('OEBPS/content.opf', '%E0%A4%A')).toBeUndefined();
  });

  it('reads no remote chapter and refuses one that climbs out of the book as missing', () => {
    const remote = withManifestHref(buildEpub(THREE_CHAPTERS), 'b-summer.xhtml', 'https://example.com/summer.xhtml');
    expect(headings(parseArticleFile({ name: 'remote.epub', bytes: remote }).articles[0]!)).toEqual(['1:Spring', '1:Autumn']);
    const climbing = withManifestHref(buildEpub(THREE_CHAPTERS), 'b-summer.xhtml', '../../../../secret.xhtml');
    expect(refusal(climbing)).toMatch(/damaged: its reading order names "secret.xhtml", which is not in the file/);
  });

  it('finds files whose links differ from their names only in case, as reading systems do', () => {
    const shouting = withManifestHref(buildEpub(THREE_CHAPTERS), 'b-summer.xhtml', 'B-SUMMER.XHTML');
    expect(headings(parseArticleFile({ name: 'case.epub', bytes: shouting }).articles[0]!)).toEqual(['1:Spring', '2:High Summer', '1:Autumn']);
    const locked = buildEpub({ ...THREE_CHAPTERS, extra: { 'META-INF/encryption.xml': `<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:CipherData><enc:CipherReference URI="OEBPS/A-AUTUMN.xhtml"/></enc:CipherData></enc:EncryptedData></encryption>` } });
    expect(refusal(locked)).toMatch(/protected by DRM/);
  });

  it('refuses a chapter nested past the page depth limit, as a web page is', () => {
    expect(refusal(buildEpub({ title: 'Deep', chapters: [{ file: 'a.xhtml', body: `${'<div>'.repeat(600)}<p>Deep text.</p>` }] }))).toMatch(/^In this book's chapter "OEBPS\/a.xhtml": This page is nested more than 512 levels deep/);
  });
});

describe('identifierUrl', () => {
  it('turns a DOI into its resolver URL, keeps an http(s) identifier, and gives nothing for an ISBN or UUID', () => {
    expect(identifierUrl('doi:10.1007/978-3-030-69978-9')).toBe('https://doi.org/10.1007/978-3-030-69978-9');
    expect(identifierUrl('10.1000/xyz')).toBe('https://doi.org/10.1000/xyz');
    expect(identifierUrl('https://example.org/book')).toBe('https://example.org/book');
    expect(identifierUrl('urn:isbn:978-3-030-69978-9')).toBeUndefined();
    expect(identifierUrl('urn:uuid:0b0e2a43-4a8e-4b57-9a57-1b2c3d4e5f60')).toBeUndefined();
    expect(identifierUrl('javascript:alert(1)')).toBeUndefined();
  });
});

describe('a real EPUB 3 book (Springer, open access)', () => {
  const bytes = readFileSync(SPRINGER);
  let parsed: ReturnType<typeof parseEpub>;
  beforeAll(() => {
    parsed = parseEpub(bytes);
  });

  it('has its true title, author and language (package.opf)', () => {
    expect(parsed.article.title).toBe('Artificial Intelligence for a Better Future');
    expect(parsed.article.byline).toBe('Bernd Carsten Stahl');
    expect(parsed.language).toBe('en');
    expect(parsed.identifier).toBe('urn:isbn:978-3-030-69978-9');
  });

  it('has its chapters in spine order, without the non-linear cover', () => {
    // The spine: cover (linear="no"), front matter, chapters 1–8, back matter; each chapter's own <h1>.
    const chapterTitles = parsed.article.blocks.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => b.text);
    expect(chapterTitles).toEqual([
      'Artificial Intelligence for a Better Future',
      '1. Introduction',
      '2. Perspectives on Artificial Intelligence',
      '3. Concepts of Ethics and Their Application to AI',
      '4. Ethical Issues of AI',
      '5. Addressing Ethical Issues in AI',
      '6. AI Ecosystems for Human Flourishing: The Background',
      '7. AI Ecosystems for Human Flourishing: The Recommendations',
      '8. Conclusion',
      // The back matter has no heading of its own: the table of contents names it.
      'Back Matter',
    ]);
    expect(parsed.chapters).toBe(10);
    const text = plainText(parsed.article.blocks);
    expect(text).not.toContain('Book cover of');
    expect(text).toContain('The introductory chapter describes the motivation behind this book');
    expect(text.indexOf('1. Introduction')).toBeLessThan(text.indexOf('8. Conclusion'));
  });

  it('holds every passage Zotero’s reader highlighted in this book (its demo annotations), whitespace aside', () => {
    const annotations = JSON.parse(readFileSync(path.join(path.dirname(SPRINGER), 'epub-annotations.json'), 'utf8')) as { text?: string }[];
    const quotes = annotations.flatMap((a) => (a.text ? [a.text] : []));
    expect(quotes).toHaveLength(13);
    // Zotero's texts keep the source's line breaks inside index-term spans as extra spaces ("A  recent  review").
    const squeeze = (t: string) => t.replace(/\s+/g, '');
    const text = squeeze(plainText(parsed.article.blocks));
    expect(quotes.filter((q) => !text.includes(squeeze(q)))).toEqual([]);
  });
});
