/**
 * A PDF through the real importer into a real library: blocks with pages, the file's bytes kept
 * once, "Open original", a highlight's page locator in the list and the Markdown export, and the
 * refusals that store nothing.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { originalFileTotals } from '../../db/repos/original-files';
import { countDocuments } from '../../db/repos/documents';
import { buildPdf, column, furniture } from '../pdf-fixtures';
import { apiFor, rangeOf } from './annotations-helpers';
import { cli } from './cli-run';
import { tempDir, tempLibrary } from './helpers';

const upload = (name: string, bytes: Uint8Array) => ({ kind: 'upload' as const, name, base64: Buffer.from(bytes).toString('base64') });

function paper(): Uint8Array {
  const pages = [1, 2, 3].map((p) => ({
    runs: [...furniture(p), ...column([`Ledger ${p} names the boatmen who carried salt,`, `and what the clerk of page ${p} wrote beside them.`], 72, 700)],
  }));
  return buildPdf(pages, { title: 'River Ledgers', author: 'A. Clerk' });
}

describe('importing a PDF', () => {
  it('stores its text with pages, keeps its bytes once, and gives a highlight made on page 2 the locator "p. 2" in the list and the export', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const bytes = paper();
    const report = await api.call('import.run', { jobId: 'pdf', sources: [upload('ledgers.pdf', bytes)] });
    expect(report.refused).toEqual([]);
    const id = report.imported[0]!.id;
    const detail = await api.call('library.get', { id });
    expect(detail.title).toBe('River Ledgers');
    expect(detail.byline).toBe('A. Clerk');
    expect(detail.blocks.map((b) => b.page)).toEqual([1, 2, 3]);
    expect(detail.originalFile).toEqual({ mediaType: 'application/pdf', size: bytes.byteLength });
    expect(detail.cleanup?.available).toBe(false);

    const original = await api.call('library.original', { id });
    expect(original.name).toBe('ledgers.pdf');
    expect(Buffer.from(original.base64, 'base64').equals(Buffer.from(bytes))).toBe(true);

    const text = detail.blocks.map((b) => b.text).join('\n\n');
    const created = await api.call('highlights.create', { documentId: id, ...rangeOf(text, 'the clerk of page 2'), color: 'yellow', tags: [] });
    expect(created.locator).toBe('p. 2');
    const listed = await api.call('highlights.list', { documentId: id });
    expect(listed.highlights.map((h) => h.locator)).toEqual(['p. 2']);

    const folder = tempDir();
    await api.call('export.confirmFolder', { folder });
    await api.call('export.run', { jobId: 'x', folder });
    const exported = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).map((f) => readFileSync(path.join(folder, f), 'utf8')).join('\n');
    expect(exported).toMatch(/the clerk of page 2.*p\. 2/s);

    // The same file again is one duplicate, and its bytes are still stored once.
    const again = await api.call('import.run', { jobId: 'again', sources: [upload('copy.pdf', bytes)] });
    expect(again.duplicates).toHaveLength(1);
    expect(originalFileTotals(db)).toEqual({ files: 1, bytes: bytes.byteLength });

    // Deleting the last document that names the file frees its bytes.
    await api.call('library.delete', { id });
    expect(originalFileTotals(db)).toEqual({ files: 0, bytes: 0 });
  });

  it('refuses a scanned PDF and an encrypted one with what to do, storing nothing', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const report = await api.call('import.run', {
      jobId: 'bad',
      sources: [upload('scan.pdf', buildPdf([{ image: true }])), upload('locked.pdf', buildPdf([{ runs: column(['Secret.'], 72, 700) }], { encrypted: true }))],
    });
    expect(report.imported).toEqual([]);
    expect(report.refused.map((r) => r.reason)).toEqual([expect.stringMatching(/no text layer.*Run OCR/), expect.stringMatching(/encrypted: it needs a password/)]);
    expect(countDocuments(db)).toBe(0);
    expect(originalFileTotals(db)).toEqual({ files: 0, bytes: 0 });
  });

  it('imports through the CLI, which says what it refused and why', async () => {
    const dir = tempDir();
    const library = path.join(dir, 'library.commonplace');
    writeFileSync(path.join(dir, 'ledgers.pdf'), paper());
    writeFileSync(path.join(dir, 'scan.pdf'), buildPdf([{ image: true }]));
    const run = await cli('import', '--library', library, '--create', path.join(dir, 'ledgers.pdf'), path.join(dir, 'scan.pdf'));
    expect(run.stdout).toMatch(/imported\s+#1\s+River Ledgers/);
    expect(run.stderr).toMatch(/scan\.pdf: This PDF has no text layer/);
    expect(run.code).toBe(1);
  });

  it('keeps one copy of the bytes for the parts of a split PDF, until the last part is deleted', async () => {
    const { db } = tempLibrary();
    const api = apiFor(db);
    const pages = [
      { runs: column(['The first part of the report, a sentence long.'], 72, 700) },
      { runs: [{ text: 'Second Part', x: 72, y: 720, size: 18 }, ...column(['The second part of the report, also a sentence.'], 72, 690)] },
    ];
    const report = await api.call('import.run', { jobId: 'split', sources: [upload('parts.pdf', buildPdf(pages, { title: 'Parts' }))] });
    const id = report.imported[0]!.id;
    const detail = await api.call('library.get', { id });
    const heading = detail.blocks.findIndex((b) => b.kind === 'heading');
    expect(detail.blocks[heading]).toMatchObject({ text: 'Second Part', page: 2 });
    const { created } = await api.call('library.split', { id, blockIndex: heading });
    // The part keeps its blocks' pages, so a highlight made in it still says where it is.
    const part = await api.call('library.get', { id: created.id });
    expect(part.blocks.map((b) => b.page)).toEqual([2]);
    const text = part.blocks.map((b) => b.text).join('\n\n');
    expect((await api.call('highlights.create', { documentId: created.id, ...rangeOf(text, 'second part'), color: 'blue', tags: [] })).locator).toBe('p. 2');
    expect(part.originalFile?.mediaType).toBe('application/pdf');
    expect(originalFileTotals(db).files).toBe(1);
    await api.call('library.delete', { id });
    expect(originalFileTotals(db).files).toBe(1);
    await api.call('library.delete', { id: created.id });
    expect(originalFileTotals(db).files).toBe(0);
  });
});
