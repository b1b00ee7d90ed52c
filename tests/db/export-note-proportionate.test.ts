/**
 * `export.note` (Copy note as Markdown) gives exactly the note's file from a full export, while
 * reading in proportion to the note: its links' names come from the few items whose names could
 * collide with theirs, not from a plan of the whole library.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeLibrary, openLibrary, type Db } from '../../db/open';
import { insertDocument } from '../../db/repos/documents';
import { insertHighlight } from '../../db/repos/highlights';
import { insertNote } from '../../db/repos/notes';
import { noteMarkdown, planExport, runExport } from '../../main/library/export';
import { prepareContent } from '../../main/library/notes/derive';
import { apiFor, insertArticle, paragraph, rangeOf } from './annotations-helpers';
import { researchLibrary } from './export-helpers';
import { newDocument, tempDir, tempLibrary } from './helpers';
import { articleRef, doc, noteLink, p, quoteRef, tag, text } from '../unit/note-fixtures';

/** Each note's file as a full export writes it to a folder, by note id. */
async function fullExportNotes(db: Db): Promise<Map<number, string>> {
  const folder = tempDir();
  await runExport(db, folder);
  const files = new Map<number, string>();
  for (const file of planExport(db)) {
    const id = /^note:(\d+)$/.exec(file.item)?.[1];
    if (id !== undefined) files.set(Number(id), readFileSync(path.join(folder, file.path), 'utf8'));
  }
  return files;
}

/**
 * Counts the rows that statements prepared on this connection return to JavaScript. It wraps the
 * real statements (the queries still run on the real file); use it on a fresh connection, whose
 * statement cache is empty.
 */
function countRows(db: Db): { rows: number } {
  const counter = { rows: 0 };
  const prepare = db.prepare.bind(db);
  Object.defineProperty(db, 'prepare', {
    value: (sql: string) => {
      const statement = prepare(sql);
      const all = statement.all.bind(statement);
      const get = statement.get.bind(statement);
      Object.defineProperty(statement, 'all', {
        value: (...params: unknown[]) => {
          const rows = all(...params);
          counter.rows += rows.length;
          return rows;
        },
      });
      Object.defineProperty(statement, 'get', {
        value: (...params: unknown[]) => {
          const row = get(...params);
          if (row !== undefined) counter.rows++;
          return row;
        },
      });
      return statement;
    },
  });
  return counter;
}

const LONG = `${'A very long title about the partition of the subcontinent and what followed it '.repeat(2)}`;
const FILLER_NOTES = 1500;
const FILLER_ARTICLES = 400;

/**
 * Many notes and highlighted articles, and a few whose names collide (case, punctuation, numbers
 * already taken, titles past the name limit, an article named as a note) around the notes that
 * `subject` links to, so that only exact naming gives the same file.
 */
async function crowdedLibrary(db: Db) {
  const api = apiFor(db);
  const note = (title: string, words = `Notes on ${title}.`) => {
    const { contentJson, plainText } = prepareContent(doc(p(text(words))));
    return insertNote(db, { title, aliasesJson: null, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', contentJson, plainText, excerpt: words });
  };
  const highlighted = (title: string) => {
    const id = insertDocument(db, newDocument({ title }));
    insertHighlight(db, {
      documentId: id,
      sourceDocumentId: null,
      color: 'yellow',
      comment: null,
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      start: 0,
      end: 4,
      exact: 'Body',
      prefix: '',
      suffix: ' of article',
      status: 'ok',
      score: null,
      previousExact: null,
    });
    return id;
  };
  const early = db.transaction(() => {
    note('Cold War parallels');
    note('Cold War: parallels'); // → Cold War parallels 2
    note('Cold War parallels 2'); // taken → Cold War parallels 2 2
    note('COLD WAR PARALLELS'); // → COLD WAR PARALLELS 3
    note(LONG);
    for (let i = 0; i < FILLER_NOTES / 2; i++) note(`Filler ${i % 50}`);
    highlighted('Background');
    for (let i = 0; i < FILLER_ARTICLES / 2; i++) highlighted(`Article ${i % 40}`);
  });
  early();
  const target = note('cold war parallels'); // → cold war parallels 4
  const longTarget = note(LONG); // cut to make room for its number
  const numbered = note('Cold War parallels 2');
  const trashed = note('Old idea');
  await api.call('notes.delete', { id: trashed });
  const clash = highlighted('Cold War Parallels 4'); // an article named as the target: its links go under Notes/
  const background = insertArticle(db, [paragraph('The border was drawn in a hurry.')], { title: 'Background' }); // → Background 2
  const h = await api.call('highlights.create', { documentId: background.id, ...rangeOf(background.text, 'drawn in a hurry') });
  const linkedOnly = insertArticle(db, [paragraph('Only a note refers to this.')], { title: 'background' }); // exported through the link → background 3
  insertDocument(db, newDocument({ title: 'Background' })); // not exported: takes no number
  const late = db.transaction(() => {
    for (let i = 0; i < FILLER_NOTES / 2; i++) note(`Filler ${i % 50}`);
    note('Cold War parallels'); // after the target: changes nothing of its name
    for (let i = 0; i < FILLER_ARTICLES / 2; i++) highlighted(i % 2 === 0 ? 'Background' : `Article ${i % 40}`);
  });
  late();
  const subject = await api.call('notes.create', {
    title: 'Partition reading list',
    content: doc(
      p(text('See '), noteLink(target, 'cold war parallels'), text(', '), noteLink(numbered, 'Cold War parallels 2'), text(' and '), noteLink(longTarget, 'long')),
      p(text('Gone: '), noteLink(trashed, 'Old idea'), text('; never was: '), noteLink(987654, 'Phantom'), text('.')),
      p(text('Read '), articleRef(background.id, 'Background'), text(', '), articleRef(linkedOnly.id, 'background'), text(', '), articleRef(876543, 'Deleted piece'), text('.')),
      quoteRef(h.id, background.id, 'drawn in a hurry'),
      p(tag('history/partition'), text(' '), tag('reading')),
    ),
  });
  return { api, subject: subject.id, target, numbered, longTarget, trashed, clash };
}

describe('one note as Markdown, in proportion to the note', () => {
  it('is each note’s file from a full export, on the research library', async () => {
    const { db } = tempLibrary();
    const { gone } = await researchLibrary(db);
    const files = await fullExportNotes(db);
    expect(files.size).toBeGreaterThan(2);
    for (const [id, file] of files) expect(noteMarkdown(db, id)).toBe(file);
    expect(noteMarkdown(db, gone.id)).toBeNull();
    expect(noteMarkdown(db, 123456)).toBeNull();
  });

  it('names links exactly as the full export does when names collide', async () => {
    const { db } = tempLibrary();
    const { subject, target, numbered, longTarget } = await crowdedLibrary(db);
    // What a full export writes for each note (the folder test above checks these are the files).
    const files = new Map(planExport(db).flatMap((f) => (f.item.startsWith('note:') ? [[Number(f.item.slice(5)), f.content()] as const] : [])));
    const markdown = noteMarkdown(db, subject);
    expect(markdown).toBe(files.get(subject));
    // The collisions are really there: numbered names, Notes/ before a name an article has too.
    expect(markdown).toContain('[[Notes/cold war parallels 4|cold war parallels]]');
    expect(markdown).toContain('[[Cold War parallels 2 3|Cold War parallels 2]]');
    expect(markdown).toContain('[[Articles/Background 2#^hl-');
    expect(markdown).toContain('[[Articles/background 3|background]]');
    expect(markdown).toContain('Gone: Old idea; never was: Phantom.');
    for (const id of [target, numbered, longTarget]) expect(noteMarkdown(db, id)).toBe(files.get(id));
  });

  it('reads a few rows for one note where a full export reads the library', async () => {
    const { db, file } = tempLibrary();
    const { subject } = await crowdedLibrary(db);
    const expected = planExport(db)
      .find((f) => f.item === `note:${subject}`)!
      .content();

    const one = openLibrary(file);
    try {
      const counted = countRows(one);
      expect(noteMarkdown(one, subject)).toBe(expected);
      // The note, its tags, its links' targets and their few namesakes: tens of rows, not thousands.
      expect(counted.rows).toBeLessThan(60);
      const before = counted.rows;
      planExport(one)
        .find((f) => f.item === `note:${subject}`)!
        .content();
      // The same counter sees the full plan read every note and article (so it can catch one).
      expect(counted.rows - before).toBeGreaterThan(FILLER_NOTES + FILLER_ARTICLES);
    } finally {
      closeLibrary(one);
    }
  });
});
