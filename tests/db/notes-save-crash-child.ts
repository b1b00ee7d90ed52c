/**
 * Child process of notes-save-crash.test.ts: saves notes through the real library API
 * (`createNote`, `saveNote`) in a loop until it is killed. Before each save it prints
 * `try {json}` (what it is about to save); after the save has returned, `ack {json}` (the id and
 * version it got). A save acknowledged is one the library promised to keep.
 */
import { closeLibrary, openLibrary } from '../../db/open';
import { createNote, saveNote } from '../../main/library/notes/save';
import { random } from '../bench/corpus';
import { doc, h, noteLink, p, tag, text } from '../unit/note-fixtures';

const [file, roundArg, seedArg] = process.argv.slice(2);
const round = Number(roundArg);
const next = random(Number(seedArg));
const db = openLibrary(file!);

const words = 'archive border treaty ministry cable embassy harbour census ledger river council famine railway telegraph mandate province'.split(' ');
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

/** A note of a few to a few hundred paragraphs: a tag, a typed #tag, a link to another note, and a unique mark. */
function content(mark: string, linkTo: number | null) {
  const paragraphs = Array.from({ length: 2 + Math.floor(next() * 200) }, (_, i) => p(text(`${mark} paragraph ${i}: ${Array.from({ length: 12 }, () => pick(words)).join(' ')}.`)));
  return doc(
    h(1, text(`Saved as ${mark}`)),
    p(text('Filed under '), tag(`crash/${pick(words)}`), text(` and #${pick(words)}`), ...(linkTo === null ? [] : [text(', see '), noteLink(linkTo, 'another note')]), text('.')),
    ...paragraphs,
  );
}

// The notes already there (from earlier rounds), with the version each is at.
const notes = new Map<number, number>((db.prepare('SELECT id, version FROM notes').all() as { id: number; version: number }[]).map((r) => [r.id, r.version]));

const say = (line: string) => process.stdout.write(`${line}\n`);
for (let n = 0; ; n++) {
  const mark = `r${round}n${n}`;
  const ids = [...notes.keys()];
  const linkTo = ids.length > 0 ? pick(ids) : null;
  const body = content(mark, linkTo);
  if (ids.length < 3 || next() < 0.25) {
    const title = `Note ${mark}`;
    say(`try ${JSON.stringify({ kind: 'create', title, content: body })}`);
    const { note } = createNote(db, { title, content: body }, new Date());
    notes.set(note.id, note.version);
    say(`ack ${JSON.stringify({ kind: 'create', title, id: note.id, version: note.version })}`);
  } else {
    const id = pick(ids);
    say(`try ${JSON.stringify({ kind: 'save', id, baseVersion: notes.get(id), content: body })}`);
    const outcome = saveNote(db, { id, baseVersion: notes.get(id)!, content: body }, new Date());
    notes.set(id, outcome.note.version);
    say(`ack ${JSON.stringify({ kind: 'save', id, status: outcome.status, version: outcome.note.version })}`);
  }
  if (n > 100_000) break;
}
closeLibrary(db);
