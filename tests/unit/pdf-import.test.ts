/** The PDF importer on PDFs built by tests/pdf-fixtures.ts, read by the real pdf.js. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../main/library/import/index';
import { buildPdf, column, furniture, type TextRun } from '../pdf-fixtures';
import { sharedFixtures } from './fixtures';

const parse = (bytes: Uint8Array, name = 'paper.pdf') => parseFile({ name, bytes });
const only = async (bytes: Uint8Array, name?: string) => (await parse(bytes, name)).articles[0]!;

const LEFT = ['The first column begins here and', 'it runs on down the page with a hyphen-', 'ated word in it. It ends here.'];
const RIGHT = ['The second column is read after', 'the first one, though its lines sit', 'at the same height. That is all.'];

function twoColumnPage(extra: TextRun[] = []): TextRun[] {
  return [...extra, ...column(LEFT, 72, 640), ...column(RIGHT, 320, 640)];
}

describe('PDF import', () => {
  it('reads two columns in order, joins a hyphenated word, and makes the larger text the title and a bold line a heading', async () => {
    const article = await only(
      buildPdf([{ runs: twoColumnPage([{ text: 'On River Ledgers', x: 72, y: 700, size: 22 }, { text: 'Introduction', x: 72, y: 670, size: 11, bold: true }]) }]),
    );
    expect(article.title).toBe('On River Ledgers');
    expect(article.blocks).toEqual([
      { kind: 'heading', level: 2, text: 'Introduction', page: 1 },
      { kind: 'paragraph', text: 'The first column begins here and it runs on down the page with a hyphenated word in it. It ends here.', page: 1 },
      { kind: 'paragraph', text: 'The second column is read after the first one, though its lines sit at the same height. That is all.', page: 1 },
    ]);
  });

  it('keeps a hyphen before a capital (a compound), and joins a soft hyphen', async () => {
    const article = await only(buildPdf([{ runs: column(['The Anglo-', 'Saxon chronicle was kept by monks in', 'several monasteries over many years.'], 72, 700) }]));
    expect(article.blocks[0]!.text).toBe('The Anglo- Saxon chronicle was kept by monks in several monasteries over many years.');
  });

  it('drops running headers, footers and page numbers repeated across pages, and gives each block its page', async () => {
    const pages = [1, 2, 3].map((p) => ({ runs: [...furniture(p), ...column([`Page ${p} holds this paragraph of body text,`, 'which runs to a full stop here.'], 72, 700)] }));
    const article = await only(buildPdf(pages, { title: 'Ledgers', author: 'A. Clerk' }));
    const text = article.blocks.map((b) => b.text).join('\n');
    expect(text).not.toMatch(/Journal of Imaginary Studies|Vol\. 3/);
    expect(article.blocks.map((b) => b.page)).toEqual([1, 2, 3]);
    expect(article.blocks[1]!.text).toBe('Page 2 holds this paragraph of body text, which runs to a full stop here.');
    expect(article.title).toBe('Ledgers');
    expect(article.byline).toBe('A. Clerk');
  });

  it('drops running headers that alternate between odd and even pages, and keeps a body line that repeats', async () => {
    const pages = [1, 2, 3, 4].map((p) => ({
      runs: [
        { text: p % 2 ? 'On River Ledgers' : 'A. Clerk', x: 72, y: 760, size: 9 },
        ...column([`Body of page ${p}, which ends here.`, 'Table 1: prices of salt.'], 72, 700, 30),
      ],
    }));
    const article = await only(buildPdf(pages));
    const texts = article.blocks.map((b) => b.text);
    expect(texts.filter((t) => t === 'Table 1: prices of salt.')).toHaveLength(4);
    expect(texts.join(' ')).not.toMatch(/On River Ledgers|A\. Clerk/);
  });

  it('keeps a paragraph that runs over a page break as one block, on the page it starts on', async () => {
    const article = await only(
      buildPdf([
        { runs: [...furniture(1), ...column(['A sentence that begins on the first page and', 'carries on'], 72, 700)] },
        { runs: [...furniture(2), ...column(['onto the second page, where it ends.', 'A new one starts after it.'], 72, 700)] },
      ]),
    );
    expect(article.blocks[0]).toEqual({ kind: 'paragraph', text: 'A sentence that begins on the first page and carries on onto the second page, where it ends. A new one starts after it.', page: 1 });
  });

  it('drops a bare page number in a margin even on a one-page file, and breaks paragraphs at wide gaps', async () => {
    const runs = [{ text: '7', x: 300, y: 30, size: 9 }, ...column(['First paragraph, one line.'], 72, 700), ...column(['Second paragraph after a gap.'], 72, 660)];
    const article = await only(buildPdf([{ runs }]));
    expect(article.blocks.map((b) => b.text)).toEqual(['First paragraph, one line.', 'Second paragraph after a gap.']);
  });

  it('prefers the file’s title and author, unless the title is a tool’s placeholder', async () => {
    const runs = [{ text: 'The Real Title On The Page', x: 72, y: 720, size: 20 }, ...column(['Body text of the paper, long enough to be body.'], 72, 680)];
    expect((await only(buildPdf([{ runs }], { title: 'Microsoft Word - draft7.docx' }))).title).toBe('The Real Title On The Page');
    const named = await only(buildPdf([{ runs }], { title: 'Stored Title', author: 'B. Writer' }));
    expect(named.title).toBe('Stored Title');
    // The heading is the title only when they are the same words; otherwise it stays in the text.
    expect(named.blocks[0]).toMatchObject({ kind: 'heading', level: 1, text: 'The Real Title On The Page' });
  });

  it('prefers the XMP packet’s Dublin Core title and creator to the Info dictionary', async () => {
    const runs = column(['Body text of the paper, long enough to be body.'], 72, 700);
    const article = await only(buildPdf([{ runs }], { title: 'Info Title', author: 'Info Author', xmp: { title: 'XMP Title', creator: 'C. Creator' } }));
    expect(article.title).toBe('XMP Title');
    expect(article.byline).toBe('C. Creator');
  });

  it('imports a PDF with an image-only page among text pages, numbering blocks by their own pages', async () => {
    const text = (p: number) => ({ runs: column([`Text of page ${p}, a whole sentence of it.`], 72, 700) });
    const article = await only(buildPdf([text(1), { image: true }, text(3)]));
    expect(article.blocks.map((b) => [b.page, b.text])).toEqual([
      [1, 'Text of page 1, a whole sentence of it.'],
      [3, 'Text of page 3, a whole sentence of it.'],
    ]);
  });

  it('names the file when nothing else gives a title', async () => {
    expect((await only(buildPdf([{ runs: column(['Only body text here, all in one size.'], 72, 700) }]), 'field-notes.pdf')).title).toBe('field-notes');
  });

  it('refuses a scanned PDF with no text layer, suggesting OCR', async () => {
    await expect(parse(buildPdf([{ image: true }, { image: true }]))).rejects.toThrow(/no text layer.*Run OCR/);
  });

  it('refuses an encrypted PDF, saying it needs a password', async () => {
    await expect(parse(buildPdf([{ runs: column(['Secret text.'], 72, 700) }], { encrypted: true }))).rejects.toThrow(/encrypted: it needs a password/);
  });

  it('refuses a .pdf that is not a PDF, and a damaged one', async () => {
    await expect(parse(new TextEncoder().encode('<html>not a pdf</html>'))).rejects.toThrow(/named \.pdf but is not a PDF/);
    await expect(parse(new TextEncoder().encode('%PDF-1.4\ngarbage with no objects at all'))).rejects.toThrow(/could not be read as one/);
  });

  it('reads a PDF saved without its extension by its signature, and keeps its bytes with their hash', async () => {
    const bytes = buildPdf([{ runs: column(['A PDF with no extension on its name at all.'], 72, 700) }]);
    const parsed = await parse(bytes, 'download');
    expect(parsed.articles[0]!.blocks[0]!.text).toBe('A PDF with no extension on its name at all.');
    expect(parsed.originalFile?.mediaType).toBe('application/pdf');
    expect(parsed.originalFile?.bytes).toEqual(bytes);
    expect(parsed.articles[0]!.original).toBe('');
  });
});

describe('PDF import of a real paper (the pdf.js demo, read in place from the fixtures)', () => {
  const demo = path.join(sharedFixtures, 'formats', 'zotero', 'zotero-reader-demo');

  it('finds its title and printed authors, reads its two columns in order and keeps the passages Zotero highlighted', async () => {
    const article = await only(new Uint8Array(readFileSync(path.join(demo, 'tracemonkey-demo.pdf'))), 'tracemonkey-demo.pdf');
    expect(article.title).toBe('Trace-based Just-in-Time Type Specialization for Dynamic Languages');
    // The file names no author; the paper prints them under the title, with affiliation marks.
    expect(article.byline).toMatch(/^Andreas Gal, Brendan Eich, Mike Shaver, .*, Michael Franz$/);
    expect(article.blocks[0]!.text).not.toContain('Andreas Gal');
    const texts = article.blocks.map((b) => b.text);
    // Page 1's left column ends mid-sentence and its right column goes on: read down one, then the other.
    const intro = texts.indexOf('1. Introduction');
    const goesOn = texts.findIndex((t) => t.startsWith('and is used for the application logic'));
    expect(intro).toBeGreaterThan(0);
    expect(goesOn).toBeGreaterThan(intro);
    expect(article.blocks.every((b) => typeof b.page === 'number' && b.page >= 1 && b.page <= 14)).toBe(true);
    // Zotero's demo annotations quote the paper; most must be found word for word (the rest differ
    // only by how Zotero copied hyphenation and ligatures).
    const flat = texts.join(' ').replace(/\s+/g, ' ');
    const quotes = (JSON.parse(readFileSync(path.join(demo, 'pdf-annotations.json'), 'utf8')) as { text?: string }[]).flatMap((a) => (a.text ? [a.text.replace(/\s+/g, ' ').trim()] : []));
    expect(quotes.length).toBeGreaterThan(10);
    expect(quotes.filter((q) => flat.includes(q)).length).toBeGreaterThanOrEqual(12);
  });

  it('takes no byline from a first line that is not names alone', async () => {
    const article = await only(buildPdf([{ runs: [{ text: 'On River Ledgers', x: 72, y: 700, size: 22 }, ...column(['Abstract. We read ledgers kept by river', 'traders, and find their routes in them.'], 72, 660)] }]));
    expect(article.byline).toBeUndefined();
    expect(article.blocks[0]!.text).toContain('Abstract. We read ledgers');
  });
});
