/**
 * The zip reader EPUB and Omnivore imports share: it reads only the entries asked for, and refuses
 * damaged archives and archives that would cost too much (counted from the archive's directory,
 * before inflating), with messages a user can act on.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportRefusal } from '../../main/library/errors';
import { entryText, MAX_ZIP_ENTRIES, readZip } from '../../main/library/import/zip';

function archive(entries: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(entries).map(([name, text]) => [name, strToU8(text)])));
}

/** Sets every central-directory entry's declared inflated size, as a forged zip bomb would. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 46 <= out.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe('readZip', () => {
  it('lists every entry and reads only the wanted ones', () => {
    const zip = archive({ 'mimetype': 'application/epub+zip', 'OEBPS/a.xhtml': '<p>Straße</p>', 'OEBPS/b.css': 'p{}' });
    const { names, files } = readZip(zip, (name) => name.endsWith('.xhtml'));
    expect(names).toEqual(['mimetype', 'OEBPS/a.xhtml', 'OEBPS/b.css']);
    expect([...files.keys()]).toEqual(['OEBPS/a.xhtml']);
    expect(entryText(files.get('OEBPS/a.xhtml')!)).toBe('<p>Straße</p>');
  });

  it('refuses a damaged archive, naming what it is', () => {
    const zip = archive({ 'a.json': '[]' });
    expect(() => readZip(zip.slice(0, zip.length - 30), () => true, 'Omnivore export')).toThrow(ImportRefusal);
    expect(() => readZip(zip.slice(0, zip.length - 30), () => true, 'Omnivore export')).toThrow(/This Omnivore export is damaged or not a zip archive/);
    expect(() => readZip(strToU8('not a zip at all'), () => true)).toThrow(/damaged or not a zip archive/);
  });

  it('refuses entries that declare more than the inflate limit, before inflating them', () => {
    const forged = declareSize(archive({ 'a.xhtml': '<p>x</p>', 'b.xhtml': '<p>y</p>' }), 0xf0000000);
    expect(() => readZip(forged, () => true, 'EPUB book')).toThrow(/This EPUB book unpacks to more than 256 MB/);
    // Entries not asked for cost nothing, so the same archive is read when they are skipped.
    expect(readZip(forged, () => false).names).toHaveLength(2);
  });

  it('refuses an archive of more entries than one import reads', () => {
    const many: Record<string, string> = {};
    for (let i = 0; i <= MAX_ZIP_ENTRIES; i++) many[`f${i}`] = '';
    expect(() => readZip(archive(many), () => false)).toThrow(/holds more than 20,000 files/);
  });
});
