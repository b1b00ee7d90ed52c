/**
 * EPUB books through the importer into a real library file, and through the CLI as a real
 * process: the book lands as one article, its file again is a duplicate, its cleanup says why it
 * cannot be re-run, and a refused book stores nothing.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countDocuments, getDocument } from '../../db/repos/documents';
import { getDocumentSource } from '../../db/repos/document-sources';
import type { Block } from '../../main/library/article';
import { importSources } from '../../main/library/importer';
import { buildEpub } from '../unit/epub-books';
import { apiFor } from './annotations-helpers';
import { cli } from './cli-run';
import { tempDir, tempLibrary } from './helpers';
import { sharedFixtures } from '../unit/fixtures';

const SPRINGER = path.join(sharedFixtures, 'formats/zotero/zotero-reader-demo/springer-oa-ai-better-future-demo.epub');
const paths = (...files: string[]) => files.map((f) => ({ kind: 'path' as const, path: f }));

describe('importing an EPUB', () => {
  it('stores the real book as one article, keeps no original, and knows its file again', async () => {
    const { db } = tempLibrary();
    const report = await importSources(db, paths(SPRINGER));
    expect(report.refused).toEqual([]);
    expect(report.imported.map((i) => i.title)).toEqual(['Artificial Intelligence for a Better Future']);
    const doc = getDocument(db, report.imported[0]!.id)!;
    expect(doc).toMatchObject({ byline: 'Bernd Carsten Stahl', format: 'html', kind: 'article', originalName: path.basename(SPRINGER) });
    expect(doc.wordCount).toBeGreaterThan(30_000);
    const blocks = JSON.parse(doc.blocksJson) as Block[];
    expect(blocks.find((b) => b.kind === 'heading' && b.text === '8. Conclusion')).toBeDefined();
    expect(getDocumentSource(db, doc.id)).toBeUndefined();

    const detail = await apiFor(db).call('library.get', { id: doc.id });
    expect(detail.cleanup).toEqual({ available: false, reason: expect.stringMatching(/imported from an EPUB file, whose chapters are taken whole/) });

    const again = await importSources(db, paths(SPRINGER));
    expect(again.imported).toEqual([]);
    expect(again.duplicates.map((d) => d.title)).toEqual(['Artificial Intelligence for a Better Future']);
    expect(countDocuments(db)).toBe(1);
  });

  it('refuses a DRM book and a damaged one, storing nothing', async () => {
    const dir = tempDir();
    const locked = path.join(dir, 'locked.epub');
    writeFileSync(locked, buildEpub({ title: 'Locked', chapters: [{ file: 'a.xhtml', body: '<p>Text.</p>' }], extra: { 'META-INF/rights.xml': '<rights/>' } }));
    const broken = path.join(dir, 'broken.epub');
    writeFileSync(broken, buildEpub({ title: 'Broken', chapters: [{ file: 'a.xhtml', body: '<p>Text.</p>' }], omit: ['OEBPS/a.xhtml'] }));
    const { db } = tempLibrary();
    const report = await importSources(db, paths(locked, broken));
    expect(report.imported).toEqual([]);
    expect(report.refused.map((r) => [path.basename(r.file), r.reason.slice(0, 40)])).toEqual([
      ['locked.epub', 'This EPUB is protected by DRM: its chapt'],
      ['broken.epub', 'This EPUB is damaged: its reading order '],
    ]);
    expect(countDocuments(db)).toBe(0);
  });

  it('imports through the CLI, and refuses a DRM book there with the reason', async () => {
    const dir = tempDir();
    const library = path.join(dir, 'lib.commonplace');
    const locked = path.join(dir, 'locked.epub');
    writeFileSync(locked, buildEpub({ title: 'Locked', chapters: [{ file: 'a.xhtml', body: '<p>Text.</p>' }], extra: { 'META-INF/license.lcpl': '{}' } }));
    const run = await cli('import', SPRINGER, locked, '--library', library, '--create', '--json');
    const report = JSON.parse(run.stdout) as { imported: { title: string }[]; refused: { reason: string }[] };
    expect(report.imported.map((i) => i.title)).toEqual(['Artificial Intelligence for a Better Future']);
    expect(report.refused.map((r) => r.reason)).toEqual([expect.stringMatching(/^This EPUB is protected by DRM/)]);
  });
});
