/**
 * A small PDF writer for tests: pages of text runs placed at given positions in given fonts
 * (Helvetica and Helvetica-Bold, the standard 14 fonts every reader has, so nothing is
 * embedded), an image-only page, an /Encrypt trailer. Enough to build each case the PDF importer
 * handles without a fixture file or a dependency.
 */

export interface TextRun {
  text: string;
  x: number;
  /** From the bottom of the page, as PDF measures it. */
  y: number;
  size?: number;
  bold?: boolean;
}

export interface PdfPage {
  runs?: TextRun[];
  /** A page holding only an image (a scan): no text layer. */
  image?: boolean;
}

export interface PdfOptions {
  title?: string;
  author?: string;
  /** An XMP metadata packet on the catalog, with this Dublin Core title and creator. */
  xmp?: { title: string; creator: string };
  /** Adds an /Encrypt dictionary to the trailer, as a password-protected file has. */
  encrypted?: boolean;
  width?: number;
  height?: number;
}

/** Escapes a string for a PDF literal string: backslash and the parentheses. */
function literal(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

function contentStream(runs: readonly TextRun[]): string {
  return runs
    .map((r) => `BT /${r.bold ? 'F2' : 'F1'} ${r.size ?? 11} Tf ${r.x} ${r.y} Td ${literal(r.text)} Tj ET`)
    .join('\n');
}

/** A 2×2 grey image drawn over the page: what a scanner's page is, minus the resolution. */
const IMAGE_CONTENT = 'q 500 0 0 700 50 50 cm /Im1 Do Q';

export function buildPdf(pages: readonly PdfPage[], options: PdfOptions = {}): Uint8Array {
  const width = options.width ?? 612;
  const height = options.height ?? 792;
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);

  const catalog = add('');
  const pagesObj = add('');
  const font1 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const font2 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const pixels = '\x80\x80\x80\x80';
  const image = add(`<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n${pixels}\nendstream`);
  const kids: number[] = [];
  for (const page of pages) {
    const content = page.image ? IMAGE_CONTENT : contentStream(page.runs ?? []);
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${width} ${height}] /Contents ${stream} 0 R ` +
          `/Resources << /Font << /F1 ${font1} 0 R /F2 ${font2} 0 R >> /XObject << /Im1 ${image} 0 R >> >> >>`,
      ),
    );
  }
  let metadata = '';
  if (options.xmp) {
    const packet =
      '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
      '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
      `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${options.xmp.title}</rdf:li></rdf:Alt></dc:title>` +
      `<dc:creator><rdf:Seq><rdf:li>${options.xmp.creator}</rdf:li></rdf:Seq></dc:creator>` +
      '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';
    metadata = ` /Metadata ${add(`<< /Type /Metadata /Subtype /XML /Length ${Buffer.byteLength(packet, 'latin1')} >>\nstream\n${packet}\nendstream`)} 0 R`;
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R${metadata} >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const infoFields = [options.title ? `/Title ${literal(options.title)}` : '', options.author ? `/Author ${literal(options.author)}` : ''].filter(Boolean);
  const info = infoFields.length > 0 ? add(`<< ${infoFields.join(' ')} >>`) : null;
  const encrypt = options.encrypted
    ? add('<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <0000000000000000000000000000000000000000000000000000000000000000> /U <0000000000000000000000000000000000000000000000000000000000000000> >>')
    : null;

  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const trailer = [`/Size ${objects.length + 1}`, `/Root ${catalog} 0 R`];
  if (info) trailer.push(`/Info ${info} 0 R`);
  if (encrypt) trailer.push(`/Encrypt ${encrypt} 0 R`, '/ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]');
  out += `trailer\n<< ${trailer.join(' ')} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/** Lines of body text set from the top of a column downwards, `leading` points apart. */
export function column(lines: readonly string[], x: number, top: number, leading = 14, size = 11): TextRun[] {
  return lines.map((text, i) => ({ text, x, y: top - i * leading, size }));
}

/** The running header, footer and page number a journal puts on every page. */
export function furniture(page: number): TextRun[] {
  return [
    { text: 'Journal of Imaginary Studies', x: 72, y: 760, size: 9 },
    { text: 'Vol. 3, 2024', x: 480, y: 760, size: 9 },
    { text: String(page), x: 300, y: 30, size: 9 },
  ];
}

const SENTENCES = [
  'The river towns kept their ledgers in the old hand long after the schools had moved on.',
  'Each ledger recorded the weight of grain, the names of boatmen and the price of salt.',
  'Historians have read them for prices, but rarely for the people who wrote them down.',
  'The clerks were often children, apprenticed at nine and trusted with the seal at twelve.',
  'What they left in the margins tells us more about the town than the columns ever did.',
];

/** A page of body text in one column with the journal's furniture; `n` picks the words. */
export function bodyPage(page: number, lines = 30): PdfPage {
  const text: string[] = [];
  for (let i = 0; i < lines; i++) text.push(`${SENTENCES[(page + i) % SENTENCES.length]!.slice(0, 70)}`);
  return { runs: [...furniture(page), ...column(text, 72, 720)] };
}

/** A long document of `count` pages, each with furniture and a paragraph break every 6 lines. */
export function longPdf(count: number): Uint8Array {
  const pages: PdfPage[] = [];
  for (let p = 1; p <= count; p++) {
    const runs: TextRun[] = [...furniture(p)];
    let y = 720;
    for (let i = 0; i < 36; i++) {
      runs.push({ text: `Page ${p} line ${i + 1}: ${SENTENCES[(p + i) % SENTENCES.length]!.slice(0, 60)}`, x: 72, y, size: 11 });
      y -= i % 6 === 5 ? 26 : 14;
    }
    pages.push({ runs });
  }
  return buildPdf(pages, { title: `A long report of ${count} pages`, author: 'Test Writer' });
}
