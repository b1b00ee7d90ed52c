/** A library worth exporting, and a reader of the exported folder that parses every file as Markdown. */
export { brokenLinks, parseFile, readVault, WIKILINK, type VaultFile } from './export-vault-reader';
import type { Db } from '../../db/open';
import { apiFor, insertArticle, paragraph, rangeOf } from './annotations-helpers';
import { doc, noteLink, p, researchNote, text } from '../unit/note-fixtures';
import type { NoteNodeJSON } from '../../main/contract/note-schema';

/** Every text node of a note's JSON (what the note says in its own words). */
export function textsOf(node: NoteNodeJSON): string[] {
  const own = node.type === 'text' && node.text ? [node.text.replace(/\s+/g, ' ').trim()].filter((t) => t !== '') : [];
  return [...own, ...(node.content ?? []).flatMap(textsOf)];
}

/**
 * Three articles (one annotated, one only referred to by a note, one untouched), highlights with
 * comments and hierarchical tags, four notes linking to each other (one in the trash) and quoting a highlight.
 */
export async function researchLibrary(db: Db) {
  const api = apiFor(db);
  const annotated = insertArticle(
    db,
    [paragraph('The recent downward spiral in relations began with the raid.'), paragraph('Islamabad protested; Washington *insisted* the strikes were lawful.')],
    { title: 'From friends to foes: Pakistan & the US' },
  );
  db.prepare("UPDATE documents SET site = 'Dawn', byline = 'A. Reporter', source_url = 'https://example.org/a', published_at = '2019-05-02' WHERE id = ?").run(annotated.id);
  for (const name of ['region/pakistan', 'open questions']) await api.call('tags.addToDocument', { documentId: annotated.id, name });
  const referred = insertArticle(db, [paragraph('A second article, referred to but never highlighted.')], { title: 'Background: the border' });
  const untouched = insertArticle(db, [paragraph('Nobody has read this one yet.')], { title: 'Unread piece' });
  const h1 = await api.call('highlights.create', { documentId: annotated.id, ...rangeOf(annotated.text, 'The recent downward spiral'), color: 'green', comment: 'Key claim.\n\nSee the *timeline* [later].', tags: ['timeline', 'region/afghanistan'] });
  const h2 = await api.call('highlights.create', { documentId: annotated.id, ...rangeOf(annotated.text, 'Washington *insisted* the strikes'), tags: ['law'] });
  const coldWar = await api.call('notes.create', { title: 'Cold War parallels', content: doc(p(text('Proxy wars then and now.'))) });
  const field = await api.call('notes.create', { title: 'Field notes', content: doc(p(text('Peshawar, March: three interviews.'))) });
  const gone = await api.call('notes.create', { title: 'Old idea', content: doc(p(text('Abandoned.'))) });
  const research = researchNote({ note: coldWar.id, other: field.id, highlight: h1.id, document: referred.id });
  const drone = await api.call('notes.create', {
    title: 'Drone strikes',
    content: { ...research, content: [...research.content!, p(text('Once I thought '), noteLink(gone.id, 'Old idea'), text(' mattered.'))] },
  });
  await api.call('notes.delete', { id: gone.id });
  return { api, annotated, referred, untouched, h1, h2, coldWar, field, gone, drone };
}
