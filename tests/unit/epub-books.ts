/**
 * Small EPUB books built in memory for the EPUB importer's tests and bench: EPUB 3 (navigation
 * document) or EPUB 2 (toc.ncx), with whatever chapters, metadata and extra entries a case
 * needs. The mimetype entry comes first and stored, as the OCF spec requires, so the file is
 * sniffed as an EPUB whatever its name.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface ChapterSpec {
  /** Entry name under OEBPS/. */
  file: string;
  /** The chapter's <body> content. */
  body: string;
  /** The table of contents' label for it; none leaves it out of the TOC. */
  toc?: string;
  linear?: boolean;
}

export interface BookSpec {
  version?: 2 | 3;
  title?: string;
  creators?: readonly string[];
  language?: string;
  date?: string;
  identifier?: string;
  description?: string;
  chapters: readonly ChapterSpec[];
  /** Further entries (paths from the zip's root), e.g. META-INF/encryption.xml or fonts. */
  extra?: Readonly<Record<string, string | Uint8Array>>;
  /** Entries to leave out of the archive (e.g. the package, to make a damaged book). */
  omit?: readonly string[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function chapterXhtml(title: string, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>${esc(title)}</title>
<link rel="stylesheet" href="style.css"/><style>p { color: red }</style></head>
<body>${body}</body></html>`;
}

function opf(spec: BookSpec): string {
  const v3 = (spec.version ?? 3) === 3;
  const meta = [
    `<dc:identifier id="uid">${esc(spec.identifier ?? 'urn:uuid:0b0e2a43-4a8e-4b57-9a57-1b2c3d4e5f60')}</dc:identifier>`,
    spec.title === undefined ? '' : `<dc:title id="t1">${esc(spec.title)}</dc:title>`,
    ...(spec.creators ?? []).map((c, i) => (v3 ? `<dc:creator id="c${i}">${esc(c)}</dc:creator><meta refines="#c${i}" property="role" scheme="marc:relators">aut</meta>` : `<dc:creator opf:role="aut">${esc(c)}</dc:creator>`)),
    spec.language === undefined ? '' : `<dc:language>${esc(spec.language)}</dc:language>`,
    spec.date === undefined ? '' : v3 ? `<dc:date>${esc(spec.date)}</dc:date>` : `<dc:date opf:event="publication">${esc(spec.date)}</dc:date>`,
    spec.description === undefined ? '' : `<dc:description>${esc(spec.description)}</dc:description>`,
    v3 ? '<meta property="dcterms:modified">2024-01-01T00:00:00Z</meta>' : '',
  ].join('\n    ');
  const items = spec.chapters.map((c, i) => `<item id="ch${i}" href="${esc(c.file)}" media-type="application/xhtml+xml"/>`).join('\n    ');
  const refs = spec.chapters.map((c, i) => `<itemref idref="ch${i}"${c.linear === false ? ' linear="no"' : ''}/>`).join('\n    ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf" version="${v3 ? '3.0' : '2.0'}" unique-identifier="uid">
  <metadata>
    ${meta}
  </metadata>
  <manifest>
    ${v3 ? '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>' : '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'}
    <item id="css" href="style.css" media-type="text/css"/>
    ${items}
  </manifest>
  <spine${v3 ? '' : ' toc="ncx"'}>
    ${refs}
  </spine>
</package>`;
}

function nav(spec: BookSpec): string {
  const items = spec.chapters.filter((c) => c.toc !== undefined).map((c) => `<li><a href="${esc(c.file)}">${esc(c.toc!)}</a></li>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Contents</title></head>
<body><nav epub:type="toc"><h1>Contents</h1><ol>${items}</ol></nav>
<nav epub:type="landmarks"><ol><li><a epub:type="bodymatter" href="${esc(spec.chapters[0]?.file ?? '')}">Landmark that is not a chapter title</a></li></ol></nav></body></html>`;
}

function ncx(spec: BookSpec): string {
  const points = spec.chapters
    .filter((c) => c.toc !== undefined)
    .map((c, i) => `<navPoint id="p${i}" playOrder="${i + 1}"><navLabel><text>${esc(c.toc!)}</text></navLabel><content src="${esc(c.file)}"/></navPoint>`)
    .join('\n    ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
  <head><meta name="dtb:uid" content="x"/></head>
  <docTitle><text>${esc(spec.title ?? '')}</text></docTitle>
  <navMap>
    ${points}
  </navMap>
</ncx>`;
}

export const CONTAINER_XML = `<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>`;

export function buildEpub(spec: BookSpec): Uint8Array {
  const v3 = (spec.version ?? 3) === 3;
  const entries: Record<string, string | Uint8Array> = {
    'META-INF/container.xml': CONTAINER_XML,
    'OEBPS/content.opf': opf(spec),
    'OEBPS/style.css': 'body { font-family: serif }',
    ...(v3 ? { 'OEBPS/nav.xhtml': nav(spec) } : { 'OEBPS/toc.ncx': ncx(spec) }),
    ...Object.fromEntries(spec.chapters.map((c) => [`OEBPS/${c.file}`, chapterXhtml(c.toc ?? c.file, c.body)])),
    ...spec.extra,
  };
  const zippable: Zippable = { mimetype: [strToU8('application/epub+zip'), { level: 0 }] };
  for (const [name, content] of Object.entries(entries)) {
    if (spec.omit?.includes(name)) continue;
    zippable[name] = typeof content === 'string' ? strToU8(content) : content;
  }
  return zipSync(zippable);
}
