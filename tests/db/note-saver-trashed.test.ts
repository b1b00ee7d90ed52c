/**
 * The renderer's autosave (renderer/notes/saver.ts) against the real handlers and a real library
 * when the open note is trashed elsewhere: the save writes nothing and says `trashed` while the
 * editor is there to offer a restore; once the editor has gone (switched away, window closing)
 * the text is kept as a new note rather than nowhere.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Bridge, NoteMeta } from '../../main/contract';
import { dispatch } from '../../main/dispatch';
import { createHandlers } from '../../main/handlers/index';
import { browserHostHandlers } from '../../main/hosts/browser-host-handlers';
import { NoteSaver, type SaveStatus, type Snapshot } from '../../renderer/notes/saver';
import { doc, p, text } from '../unit/note-fixtures';
import { apiFor } from './annotations-helpers';
import { tempLibrary } from './helpers';

const globals = globalThis as unknown as { window?: { commonplace: Bridge } };

let api: ReturnType<typeof apiFor>;
beforeEach(() => {
  const { db } = tempLibrary();
  api = apiFor(db);
  const handlers = createHandlers(db, browserHostHandlers());
  // What the preload or the shim puts on window.commonplace: here the dispatcher itself.
  globals.window = { commonplace: { invoke: (method, input) => dispatch(handlers, method, input, { emit: () => undefined }), on: () => () => undefined } };
});
afterEach(() => {
  delete globals.window;
});

function editorOn(note: NoteMeta, content: Snapshot['content']) {
  let shown: Snapshot = { content, title: note.title };
  const statuses: SaveStatus[] = [];
  const trashed: number[] = [];
  const saved: NoteMeta[] = [];
  const saver = new NoteSaver(note.id, note.version, () => shown, {
    status: (status) => statuses.push(status),
    saved: (meta) => saved.push(meta),
    conflict: () => undefined,
    trashed: (meta) => trashed.push(meta.id),
  });
  return { saver, statuses, trashed, saved, type: (words: string) => (shown = { ...shown, content: doc(p(text(words))) }) };
}

describe('autosave into a note trashed elsewhere', () => {
  it('with the editor open: writes nothing, says trashed, and saves once the note is restored', async () => {
    const note = await api.call('notes.create', { title: 'Binned', content: doc(p(text('Before'))) });
    const editor = editorOn(note, doc(p(text('Before'))));
    await api.call('notes.delete', { id: note.id });
    editor.type('Typed after');
    await editor.saver.flush();
    expect(editor.statuses.at(-1)).toBe('trashed');
    expect(editor.trashed).toEqual([note.id]);
    expect(editor.saver.dirty).toBe(true);
    expect((await api.call('notes.get', { id: note.id })).content).toEqual(doc(p(text('Before'))));
    await api.call('notes.restore', { id: note.id });
    await editor.saver.flush();
    expect(editor.statuses.at(-1)).toBe('saved');
    expect(editor.saver.dirty).toBe(false);
    expect(await api.call('notes.get', { id: note.id })).toMatchObject({ deletedAt: null, content: doc(p(text('Typed after'))) });
  });

  it('with the editor gone: keeps the text as a new note, and leaves the trashed one as it was', async () => {
    const note = await api.call('notes.create', { title: 'Binned', content: doc(p(text('Before'))) });
    const editor = editorOn(note, doc(p(text('Before'))));
    await api.call('notes.delete', { id: note.id });
    editor.type('Typed before switching away');
    await editor.saver.dispose();
    const { notes } = await api.call('notes.list', {});
    expect(notes.map((n) => n.title)).toEqual(['Binned (kept from the trash)']);
    expect((await api.call('notes.get', { id: notes[0]!.id })).content).toEqual(doc(p(text('Typed before switching away'))));
    expect((await api.call('notes.get', { id: note.id })).content).toEqual(doc(p(text('Before'))));
    expect(editor.saver.dirty).toBe(false);
  });
});
