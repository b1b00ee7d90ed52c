/** Issue 15 (tags): one Markdown form of a tag in the export, one hashtag grammar for deletes, and tag counts refreshed on every path that changes them. */
import { describe, expect, it } from 'vitest';
import { doc, p, tag, text } from '../unit/note-fixtures';
import { apiFor, insertArticle, paragraph } from './annotations-helpers';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir, tempLibrary } from './helpers';

function setup() {
  const { db } = tempLibrary();
  return { db, api: apiFor(db) };
}

describe('tags in Markdown and in notes', () => {
  it('writes a tag the same way in frontmatter and in the body, and an all-digit tag as one Obsidian accepts', async () => {
    const { api } = setup();
    const note = await api.call('notes.create', { title: 'N', content: doc(p(tag('what?'), text(' '), tag('(draft)'), text(' '), tag('1984'))) });
    const { markdown } = await api.call('export.note', { id: note.id });
    expect(markdown).toMatch(/tags:\n {2}- draft\n {2}- 1984_\n {2}- what\n/);
    expect(markdown.trimEnd().endsWith('#what #draft #1984_')).toBe(true);
  });

  it('writes an article’s tags the same way in its frontmatter and beside its highlights', async () => {
    const { api, db } = setup();
    const article = insertArticle(db, [paragraph('Kabul and Islamabad.')]);
    await api.call('tags.addToDocument', { documentId: article.id, name: '(draft)' });
    await api.call('highlights.create', { documentId: article.id, start: 0, end: 5, tags: ['what?', '1984'] });
    const { markdown } = await api.call('export.article', { id: article.id });
    expect(markdown).toMatch(/tags:\n {2}- draft\n/);
    expect(markdown).toContain('#1984_ #what');
  });

  it('deleting a tag also untags `#tag/` typed with a trailing slash (which the note reads as the tag)', async () => {
    const { api } = setup();
    const note = await api.call('notes.create', { title: 'N', content: doc(p(text('About #drones/ and #drones/policy.'))) });
    expect(note.tags).toEqual(['drones', 'drones/policy']);
    await api.call('tags.delete', { name: 'drones' });
    const after = await api.call('notes.get', { id: note.id });
    expect(after.content).toEqual(doc(p(text('About drones/ and #drones/policy.'))));
    expect(after.tags).toEqual(['drones/policy']);
  });

  it('deleting an article tells the tag list to refresh (its tags’ counts changed)', async () => {
    const { api, db } = setup();
    const article = insertArticle(db, [paragraph('Text.')]);
    await api.call('tags.addToDocument', { documentId: article.id, name: 'drones' });
    api.events.length = 0;
    await api.call('library.delete', { id: article.id });
    expect(api.events).toContainEqual({ event: 'tags.changed', payload: {} });
    expect((await api.call('tags.list', {})).tags).toEqual([{ name: 'drones', documents: 0, highlights: 0, notes: 0, count: 0 }]);
  });

  it('moving a tagged note to the trash and back tells the tag list to refresh (it counts live notes)', async () => {
    const { api } = setup();
    const note = await api.call('notes.create', { title: 'N', content: doc(p(text('#drones'))) });
    api.events.length = 0;
    await api.call('notes.delete', { id: note.id });
    expect(api.events).toContainEqual({ event: 'tags.changed', payload: {} });
    api.events.length = 0;
    await api.call('notes.restore', { id: note.id });
    expect(api.events).toContainEqual({ event: 'tags.changed', payload: {} });
  });

  it('importing an article with tags tells the tag list to refresh', async () => {
    const { api } = setup();
    const file = path.join(tempDir(), 'tagged.md');
    writeFileSync(file, '---\ntitle: Tagged\ntags: [drones]\n---\n\nSome text about drones and their use in war.\n');
    const report = await api.call('import.run', { jobId: 'j', sources: [{ kind: 'path', path: file }] });
    expect(report.imported).toHaveLength(1);
    expect((await api.call('tags.list', {})).tags.map((t) => t.name)).toEqual(['drones']);
    expect(api.events).toContainEqual({ event: 'tags.changed', payload: {} });
  });
});
