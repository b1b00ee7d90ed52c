/** The import pipeline end to end: real fixture files into a real library file. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countDocuments, getDocument } from '../../db/repos/documents';
import { tagsOfDocument } from '../../db/repos/tags';
import { importSources } from '../../main/library/importer';
import { fixtureArticle } from '../unit/fixtures';
import { tempDir, tempLibrary } from './helpers';

const paths = (...files: string[]) => files.map((f) => ({ kind: 'path' as const, path: f }));

describe('importSources', () => {
  it('imports the fixture articles, each with its blocks, text and metadata', async () => {
    const { db } = tempLibrary();
    const report = await importSources(db, paths(fixtureArticle('000_5772afeb88b3367e.txt'), fixtureArticle('004_8af5de537ef99085.txt')));
    expect(report.refused).toEqual([]);
    expect(report.imported.map((i) => i.title)).toEqual([
      'Trump approves CIA operations in Venezuela: What we know, and what’s next',
      'Madagascar’s new army ruler to be sworn in as Rajoelina confirms departure',
      'Indonesia and Kluivert part ways after FIFA World Cup 2026 miss',
      'Insurrection Act: What is it, and does US president have plenary authority?',
      'Analysis: Why Pakistan and the Taliban won’t find it easy to patch up',
      'From friends to foes: Pakistan must rethink its approach to the Taliban. But what does that look like?',
    ]);
    // The file of five articles is reported as such, its articles in file order.
    expect(report.split).toEqual([{ file: fixtureArticle('000_5772afeb88b3367e.txt'), ids: report.imported.slice(0, 5).map((i) => i.id) }]);
    const dawn = getDocument(db, report.imported[5]!.id)!;
    expect(dawn).toMatchObject({ site: 'Dawn', publishedAt: '2025-10-17', format: 'text', originalName: '004_8af5de537ef99085.txt' });
    expect(dawn.wordCount).toBeGreaterThan(2500);
    expect(dawn.plainText).toContain('A strategy that backfired');
  });

  it('records the hashtags of a highlight card as tags', async () => {
    const { db } = tempLibrary();
    const report = await importSources(db, paths(fixtureArticle('001_c89224927097a675.txt')));
    const id = report.imported[0]!.id;
    expect(tagsOfDocument(db, id)).toEqual(
      ['afghanistan-pakistan-relations', 'cross-border-strikes', 'insurgency-attacks', 'pakistan-military-and-isi', 'taliban-resurgence'],
    );
    expect(getDocument(db, id)!.site).toBe('aljazeera.com');
  });

  it('does not import the same article twice, and says which one it already is', async () => {
    const { db } = tempLibrary();
    const first = await importSources(db, paths(fixtureArticle('002_09d481056bfa5c16.txt')));
    const copy = path.join(tempDir(), 'renamed copy.txt');
    writeFileSync(copy, '\uFEFF' + readFileSync(fixtureArticle('002_09d481056bfa5c16.txt'), 'utf8').replaceAll('\n', '\r\n'));
    const second = await importSources(db, paths(fixtureArticle('002_09d481056bfa5c16.txt'), copy));
    expect(second.imported).toEqual([]);
    expect(second.duplicates.map((d) => d.existingId)).toEqual([first.imported[0]!.id, first.imported[0]!.id]);
    expect(countDocuments(db)).toBe(1);
  });

  it('imports a folder recursively; a bad file is refused with its reason and does not stop the rest', async () => {
    const { db } = tempLibrary();
    const dir = tempDir();
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'a.md'), '# Field notes\n\nThe first *real* paragraph.\n');
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'sub', 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(path.join(dir, 'sub', 'b.txt'), 'A second article\n\nWith a paragraph of its own that says something.\n');
    writeFileSync(path.join(dir, '.DS_Store'), 'ignored');
    const report = await importSources(db, paths(dir, path.join(dir, 'missing.txt')));
    expect(report.imported.map((i) => i.title).sort()).toEqual(['A second article', 'Field notes']);
    expect(report.refused.map((r) => path.basename(r.file)).sort()).toEqual(['empty.txt', 'image.txt', 'missing.txt']);
    for (const r of report.refused) expect(r.reason.length).toBeGreaterThan(15);
    expect(report.refused.find((r) => r.file.endsWith('missing.txt'))!.reason).toMatch(/does not exist/);
    expect(countDocuments(db)).toBe(2);
  });

  it('stops when cancelled, keeping whole what already landed and nothing of the rest', async () => {
    const { db } = tempLibrary();
    const dir = tempDir();
    const body = readFileSync(fixtureArticle('004_8af5de537ef99085.txt'), 'utf8');
    for (let i = 0; i < 400; i++) writeFileSync(path.join(dir, `copy-${String(i).padStart(3, '0')}.txt`), `Copy number ${i}\n\n${body}`);
    let cancel = false;
    const report = await importSources(db, paths(dir), {
      onProgress: (p) => { if (p.done >= 1) cancel = true; },
      isCancelled: () => cancel,
      yieldBetweenGroups: () => new Promise((resolve) => setImmediate(resolve)),
    });
    expect(report.cancelled).toBe(true);
    expect(report.imported.length).toBeGreaterThan(0);
    expect(report.imported.length).toBeLessThan(400);
    expect(countDocuments(db)).toBe(report.imported.length);
  });

  it('lands a file whole or not at all: a failure while storing it leaves none of its rows', async () => {
    const { db } = tempLibrary();
    const dir = tempDir();
    // A tag over the 100-character limit fails after the document row was inserted.
    writeFileSync(path.join(dir, 'bad-tag.md'), `---\ntitle: Tagged\ntags: [ok, ${'x'.repeat(120)}]\n---\n\nSome text worth keeping.\n`);
    writeFileSync(path.join(dir, 'good.md'), '# Good\n\nAnother text worth keeping.\n');
    const report = await importSources(db, paths(dir));
    expect(report.imported.map((i) => i.title)).toEqual(['Good']);
    expect(report.refused.map((r) => path.basename(r.file))).toEqual(['bad-tag.md']);
    expect(countDocuments(db)).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM tags WHERE name = 'ok'").get()).toEqual({ n: 0 });
  });

  it('refuses uploads over the size limit before decoding them', async () => {
    const { db } = tempLibrary();
    const { MAX_FILE_BYTES } = await import('../../main/library/import/index');
    const huge = 'A'.repeat(Math.ceil(((MAX_FILE_BYTES + 1024) * 4) / 3));
    const report = await importSources(db, [{ kind: 'upload', name: 'huge.txt', base64: huge }]);
    expect(report.refused[0]!.reason).toMatch(/larger than/);
    expect(countDocuments(db)).toBe(0);
  });
});
