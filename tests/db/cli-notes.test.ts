/** `commonplace notes`, `note` and `backlinks`: real processes on a library written through the app's handlers. */
import { describe, expect, it } from 'vitest';
import type { Backlink, Note, NoteMeta } from '../../main/contract';
import { articleRef, doc, h, noteLink, p, quoteRef, tag, text, ul, li } from '../unit/note-fixtures';
import { apiFor, insertArticle, paragraph, rangeOf } from './annotations-helpers';
import { cli } from './cli-run';
import { tempLibrary } from './helpers';

async function notesLibrary() {
  const { db, file } = tempLibrary();
  const api = apiFor(db);
  const article = insertArticle(db, [paragraph('The recent downward spiral in relations.')], { title: 'Friends to foes' });
  const highlight = await api.call('highlights.create', { documentId: article.id, ...rangeOf(article.text, 'downward spiral') });
  const target = await api.call('notes.create', { title: 'Cold War parallels', content: doc(p(text('Echoes of an older rivalry.'))) });
  const source = await api.call('notes.create', {
    title: 'Drone strikes',
    content: doc(
      h(2, text('Why')),
      p(text('As '), noteLink(target.id, 'Cold War parallels'), text(' argues, see '), articleRef(article.id, 'Friends to foes'), text('. '), tag('region/pk')),
      quoteRef(highlight.id, article.id, 'downward spiral'),
      ul(li(p(text('One point')))),
    ),
  });
  const trashed = await api.call('notes.create', { title: 'Old draft' });
  await api.call('notes.delete', { id: trashed.id });
  return { db, file, article, highlight, target, source, trashed };
}

describe('commonplace CLI: notes', () => {
  it('lists notes (and the trash) in text and JSON', async () => {
    const { file, target, source, trashed } = await notesLibrary();
    const text = await cli('notes', '--library', file);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^ID\s+UPDATED\s+TITLE\n/);
    expect(text.stdout).toMatch(new RegExp(`${source.id}\\s+\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  Drone strikes  #region/pk\\n\\s+Why`));
    expect(text.stdout).not.toContain('Old draft');
    const json = JSON.parse((await cli('notes', '--library', file, '--json')).stdout) as NoteMeta[];
    expect(json.map((n) => n.id).sort()).toEqual([target.id, source.id].sort());
    expect(json.find((n) => n.id === source.id)).toMatchObject({ title: 'Drone strikes', tags: ['region/pk'], excerpt: 'Why', version: 1 });
    const trash = await cli('notes', '--trash', '--library', file);
    expect(trash.stdout).toMatch(new RegExp(`^ID\\s+DELETED\\s+TITLE\\n${trashed.id}\\s+\\S+ \\S+  Old draft\\n$`));
  });

  it('prints a note as text, as a Markdown file and as JSON', async () => {
    const { db, file, source, highlight } = await notesLibrary();
    const text = await cli('note', String(source.id), '--library', file);
    expect(text.stdout).toMatch(new RegExp(`^# Drone strikes\\nNote #${source.id} · updated .* · Tags: #region/pk\\n\\n## Why\\n`));
    const markdown = await cli('note', String(source.id), '--markdown', '--library', file);
    expect(markdown.code).toBe(0);
    // The export's writer, byte for byte: what the app copies and a folder export writes.
    expect(markdown.stdout).toBe((await apiFor(db).call('export.note', { id: source.id })).markdown);
    expect(markdown.stdout).toMatch(new RegExp(`^---\\ntitle: Drone strikes\\ntags:\\n  - region/pk\\ncreated: .*\\nupdated: .*\\nid: ${source.id}\\n---\\n\\n## Why\\n\\n`));
    expect(markdown.stdout).toContain('As [[Cold War parallels]] argues, see [[Articles/Friends to foes|Friends to foes]]. #region/pk\n');
    expect(markdown.stdout).toContain(`> downward spiral\n> — [[Articles/Friends to foes#^hl-${highlight.id}|Friends to foes]]\n`);
    expect(markdown.stdout).toContain('\n- One point\n');
    const json = JSON.parse((await cli('note', String(source.id), '--json', '--library', file)).stdout) as Note;
    expect(json).toMatchObject({ id: source.id, content: { type: 'doc' } });
  });

  it('writes a link to a note in the trash as its words and tags in their Markdown form, as the export does', async () => {
    const { db, file, trashed } = await notesLibrary();
    const api = apiFor(db);
    const note = await api.call('notes.create', { title: 'Links', content: doc(p(text('See '), noteLink(trashed.id, 'Old draft'), text(' '), tag('what?'), text(' '), tag('1984'))) });
    const markdown = await cli('note', String(note.id), '--markdown', '--library', file);
    expect(markdown.stdout).toContain('tags:\n  - 1984_\n  - what\n');
    expect(markdown.stdout).toContain('\nSee Old draft #what #1984_\n');
    expect(markdown.stdout).toBe((await api.call('export.note', { id: note.id })).markdown);
    // A note in the trash (which an export leaves out) still prints, with the same writer.
    const inTrash = await cli('note', String(trashed.id), '--markdown', '--library', file);
    expect(inTrash.code).toBe(0);
    expect(inTrash.stdout).toMatch(/^---\ntitle: Old draft\n/);
  });

  it('lists backlinks of a note, an article and a highlight', async () => {
    const { file, target, source, article, highlight } = await notesLibrary();
    const text = await cli('backlinks', String(target.id), '--library', file);
    expect(text.stdout).toBe(`1 note links to “Cold War parallels”:\n\n#${source.id}  Drone strikes\n  As Cold War parallels argues, see Friends to foes. #region/pk\n`);
    const json = JSON.parse((await cli('backlinks', String(target.id), '--json', '--library', file)).stdout) as Backlink[];
    expect(json).toEqual([expect.objectContaining({ noteId: source.id, target: { kind: 'note', id: target.id } })]);
    const forArticle = await cli('backlinks', '--article', String(article.id), '--library', file);
    expect(forArticle.stdout).toContain(`1 note links to “Friends to foes” (2 links):`);
    expect(forArticle.stdout).toContain(`(quotes highlight #${highlight.id})`);
    const forHighlight = await cli('backlinks', '--highlight', String(highlight.id), '--library', file);
    expect(forHighlight.stdout).toMatch(/^1 note links to highlight #\d+ in “Friends to foes”:/);
    expect((await cli('backlinks', String(source.id), '--library', file)).stdout.trim()).toBe('No notes link to “Drone strikes”.');
  });

  it('explains unknown and malformed ids', async () => {
    const { file } = await notesLibrary();
    const missing = await cli('note', '999', '--library', file);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No note with id 999');
    const bad = await cli('note', 'abc', '--library', file);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('commonplace note 12');
    const nowhere = await cli('backlinks', '999', '--library', file);
    expect(nowhere.code).toBe(1);
    expect(nowhere.stderr).toContain('No note with id 999 in this library, and no note links to it.');
    const both = await cli('backlinks', '3', '--article', '4', '--library', file);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('Name one target');
  });
});
