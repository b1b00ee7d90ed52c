/** Export: the vault's files, their frontmatter, and every link resolving to a file in the folder. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../main/library/export';
import { getNote } from '../../db/repos/notes';
import { brokenLinks, readVault, researchLibrary, textsOf } from './export-helpers';
import { tempDir, tempLibrary } from './helpers';
import type { NoteDocJSON } from '../../main/contract/note-schema';

describe('export: the vault', () => {
  it('writes every live note and every annotated or referred-to article, with resolving links', async () => {
    const { db } = tempLibrary();
    const lib = await researchLibrary(db);
    const root = path.join(tempDir(), 'vault');
    const summary = await runExport(db, root, { now: new Date('2026-01-01T00:00:00Z') });
    const vault = readVault(root);
    expect([...vault.keys()].sort()).toEqual([
      'Articles/Background the border.md',
      'Articles/From friends to foes Pakistan & the US.md',
      'Notes/Cold War parallels.md',
      'Notes/Drone strikes.md',
      'Notes/Field notes.md',
    ]);
    expect(summary).toMatchObject({ total: 5, unchanged: 0, removed: [], renamed: [], conflicts: [], cancelled: false });
    expect(summary.written).toHaveLength(5);
    expect(brokenLinks(vault)).toEqual([]);

    // Frontmatter: valid YAML with the fields, exact titles kept.
    const drone = vault.get('Notes/Drone strikes.md')!;
    expect(drone.front).toMatchObject({ title: 'Drone strikes', id: lib.drone.id, created: lib.drone.createdAt, updated: expect.any(String) });
    expect(drone.front.tags).toEqual(expect.arrayContaining(['region/pakistan', 'open-questions', 'draft']));
    const article = vault.get('Articles/From friends to foes Pakistan & the US.md')!;
    expect(article.front).toEqual({
      title: 'From friends to foes: Pakistan & the US',
      source: 'https://example.org/a',
      site: 'Dawn',
      author: 'A. Reporter',
      published: '2019-05-02',
      imported: expect.any(String),
      tags: ['open-questions', 'region/pakistan'],
      id: lib.annotated.id,
    });

    // Links: to notes by file name with the title shown, to the highlight by block id, to the article by path.
    expect(drone.raw).toContain('[[Cold War parallels]]');
    expect(drone.raw).toContain(`[[Articles/From friends to foes Pakistan & the US#^hl-${lib.h1.id}|From friends to foes: Pakistan & the US]]`);
    expect(drone.raw).toContain('[[Articles/Background the border|Background: the border]]');
    expect(drone.raw).toContain('#region/pakistan');
    // A link to a note in the trash is its words, not a dangling link.
    expect(drone.raw).not.toContain('[[Old idea');
    expect(drone.blocks).toContain('Once I thought Old idea mattered.');

    // Highlights in reading order, each with its block id, colour meaning, tags and comment.
    expect(article.raw.indexOf(`^hl-${lib.h1.id}`)).toBeLessThan(article.raw.indexOf(`^hl-${lib.h2.id}`));
    expect(article.raw).toMatch(new RegExp(`^> The recent downward spiral \\^hl-${lib.h1.id}$`, 'm'));
    expect(article.blocks).toContain('Green — Evidence #region/afghanistan #timeline');
    expect(article.blocks).toContain('Key claim.');
    expect(article.blocks).toContain('See the *timeline* [later].');
    expect(article.blocks).toContain(`Washington *insisted* the strikes ^hl-${lib.h2.id}`);

    // The words of every note are in its file.
    for (const note of [lib.coldWar, lib.field, lib.drone]) {
      const file = [...vault].find(([rel, f]) => rel.startsWith('Notes/') && f.front.id === note.id)![1];
      const all = file.blocks.join('\n');
      for (const words of textsOf(JSON.parse(getNote(db, note.id)!.contentJson) as NoteDocJSON)) {
        if (words.startsWith('print(')) continue; // code blocks are not paragraphs
        expect(all, `note ${note.id}`).toContain(words);
      }
    }
  });

  it('exports every article and its text when asked to', async () => {
    const { db } = tempLibrary();
    const lib = await researchLibrary(db);
    const root = tempDir();
    await runExport(db, root, { allArticles: true, fullText: true });
    const vault = readVault(root);
    expect(vault.get('Articles/Unread piece.md')?.front).toMatchObject({ title: 'Unread piece', id: lib.untouched.id });
    expect(vault.get('Articles/Unread piece.md')?.blocks).toContain('Nobody has read this one yet.');
    expect(vault.get('Articles/From friends to foes Pakistan & the US.md')?.blocks).toContain('Islamabad protested; Washington *insisted* the strikes were lawful.');
    expect(brokenLinks(vault)).toEqual([]);
  });

  it('names a note after the folder when an article has the same name, so the link is not ambiguous', async () => {
    const { db } = tempLibrary();
    const lib = await researchLibrary(db);
    await lib.api.call('notes.rename', { id: lib.coldWar.id, title: 'Background: the border' });
    const root = tempDir();
    await runExport(db, root);
    const vault = readVault(root);
    expect(vault.get('Notes/Drone strikes.md')!.raw).toContain('[[Notes/Background the border|Background: the border]]');
    expect(brokenLinks(vault)).toEqual([]);
  });
});
