/** Export: hostile titles, colliding names and links planted in the folder never lead a write astray. */
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../main/library/export';
import { NAME_MAX_BYTES } from '../../main/library/export/file-names';
import { insertNote } from '../../db/repos/notes';
import type { Db } from '../../db/open';
import { doc, noteLink, p, text } from '../unit/note-fixtures';
import { apiFor } from './annotations-helpers';
import { brokenLinks, readVault } from './export-helpers';
import { tempDir, tempLibrary } from './helpers';

const HOSTILE = [
  '../../x',
  '/abs/olute',
  'C:\\evil\\path',
  'CON',
  'nul.txt',
  'com1',
  ' .hidden. ',
  'right\u202Eto\u2066left\u2069 and\u0000nul\u0007bell',
  'a:b*c?d"e<f>g|h',
  '#tag ^block [[wiki]]',
  '…',
  '',
  '   ',
  'é'.repeat(250) + 'x'.repeat(250),
  '👩‍👩‍👧‍👦'.repeat(40),
];

/** Inserts notes directly (titles the contract would tidy still reach the exporter this way). */
function notesTitled(db: Db, titles: readonly string[]): number[] {
  const at = '2026-01-01T00:00:00.000Z';
  const content = (words: string) => JSON.stringify(doc(p(text(words))));
  return titles.map((title, i) => insertNote(db, { title, aliasesJson: null, contentJson: content(`Body ${i}.`), plainText: `Body ${i}.`, excerpt: '', createdAt: at, updatedAt: at }));
}

const FORBIDDEN = /[/\\:*?"<>|#^[\]\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

describe('export: hostile names', () => {
  it('keeps every file inside the folder, with safe names, exact titles in frontmatter, and links that resolve', async () => {
    const { db } = tempLibrary();
    const ids = notesTitled(db, HOSTILE);
    const api = apiFor(db);
    await api.call('notes.create', { title: 'Index', content: doc(p(...ids.map((id, i) => noteLink(id, HOSTILE[i]!)))) });
    const outer = tempDir();
    const root = path.join(outer, 'inner', 'vault');
    await runExport(db, root);
    expect(readdirSync(outer)).toEqual(['inner']);
    expect(readdirSync(path.join(outer, 'inner'))).toEqual(['vault']);
    expect(readdirSync(root).sort()).toEqual(['.commonplace-export.json', 'Articles', 'Notes']);
    const vault = readVault(root);
    expect(vault.size).toBe(HOSTILE.length + 1);
    for (const rel of vault.keys()) {
      const stem = path.posix.basename(rel, '.md');
      expect(rel.split('/')).toHaveLength(2);
      expect(stem, rel).not.toMatch(FORBIDDEN);
      expect(stem).not.toMatch(/^[ .]|[ .]$/);
      expect(stem).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i);
      expect(stem.normalize('NFC')).toBe(stem);
      expect(Buffer.byteLength(stem)).toBeLessThanOrEqual(NAME_MAX_BYTES + 6);
      // Cut on a grapheme boundary: no lone surrogate or half a family emoji.
      expect(stem).toBe(Buffer.from(stem, 'utf8').toString('utf8'));
    }
    const titles = [...vault.values()].map((f) => f.front.title);
    for (const t of HOSTILE) expect(titles).toContain(t);
    expect(vault.has('Notes/_CON.md')).toBe(true);
    expect(vault.has('Notes/Untitled.md') && vault.has('Notes/Untitled 2.md')).toBe(true);
    expect(vault.has('Notes/hidden.md') && vault.has('Notes/x.md') && vault.has('Notes/abs olute.md') && vault.has('Notes/C evil path.md')).toBe(true);
    const family = [...vault.keys()].find((k) => k.includes('👩'))!;
    expect(path.posix.basename(family, '.md').length % '👩‍👩‍👧‍👦'.length).toBe(0);
    expect(brokenLinks(vault)).toEqual([]);
  });

  it('numbers 1,000 notes all titled “Untitled”, in id order, the same way every time', async () => {
    const { db } = tempLibrary();
    const ids = notesTitled(db, Array.from({ length: 1000 }, () => 'Untitled'));
    const root = tempDir();
    await runExport(db, root);
    const vault = readVault(root);
    expect(vault.size).toBe(1000);
    ids.forEach((id, i) => expect(vault.get(`Notes/Untitled${i === 0 ? '' : ` ${i + 1}`}.md`)?.front.id).toBe(id));
    const again = await runExport(db, root);
    expect(again).toMatchObject({ written: [], unchanged: 1000, renamed: [], removed: [] });
  });

  it('gives NFC/NFD twins and names differing only in case different files', async () => {
    const { db } = tempLibrary();
    const [nfc, nfd, upper] = notesTitled(db, ['Café', 'Cafe\u0301', 'CAFÉ']);
    const root = tempDir();
    await runExport(db, root);
    const vault = readVault(root);
    expect(vault.get('Notes/Café.md')?.front.id).toBe(nfc);
    expect(vault.get('Notes/Café 2.md')?.front).toMatchObject({ id: nfd, title: 'Cafe\u0301' });
    expect(vault.get('Notes/CAFÉ 3.md')?.front.id).toBe(upper);
  });

  it('refuses to write through a folder link planted in the export folder', async () => {
    const { db } = tempLibrary();
    notesTitled(db, ['A note']);
    const root = tempDir();
    const elsewhere = tempDir();
    symlinkSync(elsewhere, path.join(root, 'Notes'));
    await expect(runExport(db, root)).rejects.toThrow(/“Notes” in the export folder is a symbolic link/);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(existsSync(path.join(root, '.commonplace-export.json'))).toBe(false);
  });

  it('never writes through a file link: the new version goes beside it, the link’s target is untouched', async () => {
    const { db } = tempLibrary();
    notesTitled(db, ['A note']);
    const root = tempDir();
    const outside = path.join(tempDir(), 'precious.txt');
    writeFileSync(outside, 'precious');
    mkdirSync(path.join(root, 'Notes'));
    symlinkSync(outside, path.join(root, 'Notes', 'A note.md'));
    const summary = await runExport(db, root);
    expect(readFileSync(outside, 'utf8')).toBe('precious');
    expect(summary.conflicts).toEqual([{ path: 'Notes/A note.md', copy: 'Notes/A note (Commonplace).md', reason: expect.stringMatching(/symbolic link/) }]);
    expect(readFileSync(path.join(root, 'Notes', 'A note (Commonplace).md'), 'utf8')).toContain('Body 0.');
  });

  it('ignores manifest entries that point outside its folders', async () => {
    const { db } = tempLibrary();
    notesTitled(db, ['A note']);
    const outer = tempDir();
    const root = path.join(outer, 'vault');
    mkdirSync(root);
    const victim = path.join(outer, 'victim.md');
    writeFileSync(victim, 'keep me');
    const hash = 'e'.repeat(64);
    const files = { '../victim.md': { item: 'note:99', hash }, 'Notes/../../victim.md': { item: 'note:98', hash }, '/etc/passwd': { item: 'note:97', hash } };
    writeFileSync(path.join(root, '.commonplace-export.json'), JSON.stringify({ format: 'commonplace-export', version: 1, files }));
    const summary = await runExport(db, root);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(summary.removed).toEqual([]);
  });
});
