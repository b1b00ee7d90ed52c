/** Web pages are decoded by their own charset (BOM, then <meta>), not as UTF-8-else-1252. */
import { createMultibyteEncoder } from '@exodus/bytes/multi-byte.js';
import { createSinglebyteEncoder } from '@exodus/bytes/single-byte.js';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../main/library/article';
import { decodeHtml, declaredCharset } from '../../main/library/import/decode-html';
import { parseArticleFile } from '../../main/library/import/index';
import { extractionPageBytes, importExtractionPage } from '../corpus/extraction';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

// Hand-written bytes, so the tests do not only trust the encoder they check the decoder with:
// "Привет" in windows-1251 and "日本語" in Shift_JIS.
const PRIVET_1251 = Uint8Array.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]);
const NIHONGO_SJIS = Uint8Array.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]);

const RUSSIAN_TEXT =
  'Москва — столица России. Город стоит на реке Москве, в нём живёт больше двенадцати миллионов человек. ' +
  'Здесь находятся Кремль, Красная площадь и Большой театр; каждый год сюда приезжают миллионы туристов.';
const JAPANESE_TEXT =
  '東京は日本の首都です。人口は千四百万人を超え、世界でも有数の大都市として知られています。' +
  '江戸時代には将軍の城下町として栄え、明治時代に東京と改められました。';

function page(head: string, title: Uint8Array, body: Uint8Array): Uint8Array {
  return concat(
    ascii(`<!doctype html><html><head>${head}<title>`),
    title,
    ascii('</title></head><body><article><h1>'),
    title,
    ascii('</h1><p>'),
    body,
    ascii('</p></article></body></html>'),
  );
}

describe('decodeHtml', () => {
  it('reads a windows-1251 page declared by <meta charset>', () => {
    const encode = createSinglebyteEncoder('windows-1251');
    const bytes = page('<meta charset="windows-1251">', PRIVET_1251, encode(RUSSIAN_TEXT));
    const decoded = decodeHtml(bytes);
    expect(decoded).toMatchObject({ encoding: 'windows-1251', by: 'declared' });
    expect(decoded.text).toContain('<title>Привет</title>');
    const article = parseArticleFile({ name: 'moscow.html', bytes }).articles[0];
    expect(article?.title).toBe('Привет');
    expect(plainText(article?.blocks ?? [])).toContain(RUSSIAN_TEXT);
  });

  it('reads a Shift_JIS page declared by <meta http-equiv="content-type">', () => {
    const encode = createMultibyteEncoder('shift_jis');
    const bytes = page('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', NIHONGO_SJIS, encode(JAPANESE_TEXT));
    const article = parseArticleFile({ name: 'tokyo.html', bytes }).articles[0];
    expect(article?.title).toBe('日本語');
    expect(plainText(article?.blocks ?? [])).toContain(JAPANESE_TEXT);
  });

  it('finds a <meta charset> beyond the first 1024 bytes', () => {
    const padding = ascii(`<!-- ${'x'.repeat(3000)} -->`);
    const bytes = concat(padding, page('<meta charset="windows-1251">', PRIVET_1251, ascii('text')));
    expect(declaredCharset(bytes)).toBe('windows-1251');
    expect(decodeHtml(bytes).text).toContain('<title>Привет</title>');
  });

  it('lets a byte order mark win over the declared charset', () => {
    const bytes = concat(Uint8Array.from([0xef, 0xbb, 0xbf]), new TextEncoder().encode('<meta charset="windows-1251"><title>Grüße</title>'));
    expect(decodeHtml(bytes)).toMatchObject({ encoding: 'UTF-8', by: 'bom' });
    expect(decodeHtml(bytes).text).toContain('Grüße');
  });

  it('reads a page re-saved as UTF-8 under an old latin-1 declaration as UTF-8', () => {
    const bytes = new TextEncoder().encode('<meta charset="iso-8859-1"><title>Grüße aus Köln</title><p>Straße</p>');
    expect(decodeHtml(bytes)).toMatchObject({ encoding: 'UTF-8', by: 'utf-8 content' });
    expect(decodeHtml(bytes).text).toContain('Grüße aus Köln');
  });

  it('reads ISO-8859-1 as windows-1252 (curly quotes), as browsers do', () => {
    const bytes = concat(ascii('<meta charset="iso-8859-1"><title>'), Uint8Array.from([0x93, 0x4b, 0xf6, 0x6c, 0x6e, 0x94]), ascii('</title>'));
    expect(decodeHtml(bytes).text).toContain('“Köln”');
  });

  it('keeps a UTF-8 page with a few bad bytes as UTF-8', () => {
    const good = new TextEncoder().encode(`<meta charset="utf-8"><title>Zürich</title><p>${'Grüße aus Zürich. '.repeat(20)}</p>`);
    const bytes = concat(good, Uint8Array.from([0xff]), ascii('</p>'));
    const decoded = decodeHtml(bytes);
    expect(decoded.encoding).toBe('UTF-8');
    expect(decoded.text).toContain('Grüße aus Zürich.');
  });

  it('falls back to windows-1252 with no declaration and invalid UTF-8', () => {
    const bytes = concat(ascii('<title>Caf'), Uint8Array.from([0xe9]), ascii('</title>'));
    expect(decodeHtml(bytes)).toMatchObject({ encoding: 'windows-1252', by: 'default', text: '<title>Café</title>' });
  });

  it('ignores a declaration that would decode the whole page to U+FFFD ("replacement")', () => {
    expect(declaredCharset(ascii('<meta charset="iso-2022-kr"><title>x</title>'))).toBeNull();
  });
});

describe('the extraction corpus pages in legacy encodings', () => {
  it.each([
    ['unijne-fundusze-coraz-blizej-sejm-zaglosowal-za-polityka-rp.pl', 'windows-1250', 'Unijne fundusze coraz bliżej'],
    ['ziemniaki-na-szostej-surowka-na-dziesiatej-jak-pomagac-zeby-nie-zaszkodzic-porad', 'ISO-8859-2', 'Ziemniaki na szóstej, surówka na dziesiątej'],
    ['archive.org.he.xinhuanet.com.25340717', 'GBK', '话剧《约定无期限》河北各市巡演结束'],
    ['proplanta.de.erloesobergrenze', 'windows-1252', 'Bayern fordert höhere Erlösobergrenzen für Bioenergie'],
  ])('%s is read as %s', (name, encoding, title) => {
    expect(decodeHtml(extractionPageBytes(name)).encoding).toBe(encoding);
    const article = importExtractionPage(name).articles[0];
    expect(article?.title).toContain(title);
    expect(article?.title).not.toMatch(/[ÃÅ]|\ufffd/);
  });
});
