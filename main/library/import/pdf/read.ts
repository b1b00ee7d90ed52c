/**
 * pdf.js → our page texts. Opens the file (refusing an encrypted or damaged one), reads each
 * page's text layer, and where a page mixes fonts asks pdf.js for the fonts it drew with, to know
 * which are bold (the text layer names fonts but not their weight; asking costs a page's
 * operator list, so it is done only where a weight could tell a heading).
 */
import { ImportRefusal } from '../../errors';
import { loadPdfJs } from './pdf-module';
import type { PdfFileFields } from './metadata';
import type { PdfPageText, PdfTextItem } from './types';

/** Pages read at most: far beyond a book (a 500-page report is the bench's), low enough to stay within the parse's time limit. */
export const MAX_PDF_PAGES = 5000;

interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
  fontName?: string;
}

export interface ReadPdf {
  pages: PdfPageText[];
  fields: PdfFileFields;
}

export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdfjs = await loadPdfJs();
  // pdf.js takes the buffer over (it detaches it), and the caller keeps the file's bytes.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') {
      throw new ImportRefusal('This PDF is encrypted: it needs a password to open, so Commonplace cannot read its text. Open it in your PDF reader, save a copy without the password, and import that.');
    }
    throw new ImportRefusal('This file starts like a PDF but could not be read as one: it may be damaged or cut short. Open it in your PDF reader; if it opens, save a fresh copy and import that.');
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new ImportRefusal(`This PDF has ${doc.numPages} pages, more than the ${MAX_PDF_PAGES} Commonplace reads from one file. Split it into parts and import those.`);
    }
    const meta = await doc.getMetadata().catch(() => null);
    const info = (meta?.info ?? {}) as Record<string, unknown>;
    const xmp = meta?.metadata;
    const fields: PdfFileFields = { infoTitle: info.Title, infoAuthor: info.Author, xmpTitle: xmp?.get('dc:title'), xmpCreator: xmp?.get('dc:creator') };
    const pages: PdfPageText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const raw = (content.items as RawItem[]).filter((i) => typeof i.str === 'string' && i.str.trim() !== '' && Array.isArray(i.transform));
      const fonts = new Set(raw.map((i) => i.fontName ?? ''));
      const bold = new Set<string>();
      if (fonts.size > 1) {
        await page.getOperatorList();
        for (const name of fonts) {
          if (!page.commonObjs.has(name)) continue;
          const font = page.commonObjs.get(name) as { bold?: boolean; black?: boolean; name?: string } | null;
          if (font && (font.bold || font.black || /bold|black|heavy|semibold/i.test(font.name ?? ''))) bold.add(name);
        }
      }
      const items: PdfTextItem[] = raw.map((i) => {
        const [a, b, c, d, e, f] = i.transform as [number, number, number, number, number, number];
        return { text: i.str!, x: e - x0, y: f - y0, width: i.width ?? 0, size: Math.hypot(c, d) || Math.hypot(a, b), bold: bold.has(i.fontName ?? '') };
      });
      pages.push({ page: n, width: x1 - x0, height: y1 - y0, items });
      page.cleanup();
    }
    return { pages, fields };
  } finally {
    await doc.destroy();
  }
}
