/** The note schema module under Node (no DOM): the schema it builds, and validation with readable errors. */
import { describe, expect, it } from 'vitest';
import { NOTE_MAX_BYTES, createNoteExtensions, emptyNoteDoc, isSafeHref, noteSchema } from '../../main/contract/note-schema';
import { tidyTagName } from '../../main/contract/tags';
import { validateNoteDoc } from '../../main/library/notes/doc';
import { doc, h, hr, li, link, noteLink, p, quoteRef, researchNote, tag, text, ul } from './note-fixtures';
import { getSchema } from '@tiptap/core';

const ids = { note: 2, other: 3, highlight: 7, document: 5 };
const errorsOf = (input: unknown): string[] => {
  const result = validateNoteDoc(input);
  if (result.ok) throw new Error('expected the note to be refused');
  return result.errors;
};

describe('the note schema', () => {
  it('builds under Node with no DOM at all', () => {
    expect(typeof document).toBe('undefined');
    expect(typeof window).toBe('undefined');
    expect(Object.keys(noteSchema().nodes)).toEqual(
      expect.arrayContaining(['doc', 'paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'listItem', 'taskList', 'taskItem', 'codeBlock', 'horizontalRule', 'hardBreak', 'noteLink', 'highlightRef', 'articleRef', 'tag']),
    );
    expect(Object.keys(noteSchema().marks).sort()).toEqual(['bold', 'code', 'italic', 'link', 'strike']);
  });

  it('declares the reference nodes with their attributes', () => {
    const attrs = (name: string) => Object.keys(noteSchema().nodes[name]!.spec.attrs ?? {});
    expect(attrs('noteLink')).toEqual(['noteId', 'title']);
    expect(attrs('highlightRef')).toEqual(['highlightId', 'documentId', 'quote']);
    expect(attrs('articleRef')).toEqual(['documentId', 'title']);
    expect(attrs('tag')).toEqual(['name']);
    expect(noteSchema().nodes.noteLink!.isInline && noteSchema().nodes.noteLink!.isAtom).toBe(true);
    expect(noteSchema().nodes.highlightRef!.isBlock && noteSchema().nodes.highlightRef!.isAtom).toBe(true);
  });

  it('gives the editor the same schema when it adds node views', () => {
    const view = () => ({ dom: {} as HTMLElement });
    const withViews = getSchema(createNoteExtensions({ nodeViews: { noteLink: view, highlightRef: view, articleRef: view, tag: view } }));
    expect(Object.keys(withViews.nodes)).toEqual(Object.keys(noteSchema().nodes));
    expect(Object.keys(withViews.marks)).toEqual(Object.keys(noteSchema().marks));
  });
});

describe('validateNoteDoc', () => {
  it('accepts a realistic note and an empty one, returning canonical JSON', () => {
    const result = validateNoteDoc(researchNote(ids));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.json.type).toBe('doc');
    // Canonical: ProseMirror fills default attributes and merges adjacent text with the same marks.
    const merged = validateNoteDoc(doc(p(text('a'), text('b')), { type: 'heading', content: [text('x')] }));
    expect(merged.ok && merged.json.content).toEqual([p(text('ab')), h(1, text('x'))]);
    expect(validateNoteDoc(emptyNoteDoc()).ok).toBe(true);
  });

  it('refuses what is not a document', () => {
    for (const bad of [null, 'text', [], { type: 'paragraph' }]) expect(errorsOf(bad)[0]).toMatch(/must be a document/);
  });

  it('names unknown elements and formatting, with where they are', () => {
    expect(errorsOf(doc(p(text('x')), { type: 'table' }))).toEqual(['Unknown element “table”: this version of Commonplace cannot store it (at /content/1).']);
    expect(errorsOf(doc(p(text('x', 'underline'))))[0]).toBe('Unknown formatting “underline” (at /content/0/content/0).');
  });

  it('refuses bad attributes of every kind, saying which', () => {
    expect(errorsOf(doc(p(noteLink(0, 'x'))))[0]).toMatch(/noteId must be a positive whole number or null, not 0 \(at \/content\/0\/content\/0\)\./);
    expect(errorsOf(doc(p({ type: 'noteLink', attrs: { noteId: 1, title: 42 } })))[0]).toMatch(/title must be text/);
    expect(errorsOf(doc({ type: 'highlightRef', attrs: { highlightId: 3 } }))[0]).toBe('The highlightRef needs its “documentId” (at /content/0).');
    expect(errorsOf(doc(quoteRef(-1, 2)))[0]).toMatch(/highlightId must be a positive whole number/);
    expect(errorsOf(doc(p(tag(' spaced '))))[0]).toMatch(/tag name must be 1–100 characters/);
    expect(errorsOf(doc(h(7, text('x'))))[0]).toMatch(/heading level must be 1 to 6/);
    expect(errorsOf(doc(p(text('x', link('javascript:alert(1)')))))[0]).toMatch(/web \(http, https\) or mail/);
    expect(errorsOf(doc({ type: 'codeBlock', attrs: { language: 'py\n```' } }))[0]).toMatch(/language must be a short name/);
    expect(errorsOf(doc({ type: 'taskList', content: [{ type: 'taskItem', attrs: { checked: 'yes' }, content: [p()] }] }))[0]).toMatch(/checked/);
  });

  it('refuses content in the wrong place and empty text', () => {
    expect(errorsOf(doc(li(p(text('x')))))[0]).toBe('The doc cannot contain listItem (it takes block+) (at the note).');
    expect(errorsOf(doc(ul(p(text('x')))))[0]).toMatch(/The bulletList cannot contain paragraph .* \(at \/content\/0\)\./);
    expect(errorsOf(doc(p({ type: 'text', text: '' })))[0]).toMatch(/must hold some text/);
    expect(errorsOf(doc(p(text('bold twice', 'bold', 'bold'))))[0]).toMatch(/editor’s rules/);
    expect(errorsOf(doc())[0]).toMatch(/The doc cannot contain nothing/);
  });

  it('refuses oversized and absurdly nested notes without overflowing the stack', () => {
    const big = doc(...Array.from({ length: 40 }, () => p(text('x'.repeat(60_000)))));
    expect(errorsOf(big)[0]).toMatch(/^The note is too large \(2\.3 MB; the limit is 2\.0 MB\)\. Split it into several notes\.$/);
    expect(validateNoteDoc(big, NOTE_MAX_BYTES * 2).ok).toBe(true);
    let deep: object = p(text('bottom'));
    for (let i = 0; i < 100_000; i++) deep = { type: 'blockquote', content: [deep] };
    expect(errorsOf({ type: 'doc', content: [deep] })[0]).toMatch(/nested more than 100 levels deep/);
  });

  it('lists at most ten problems', () => {
    expect(errorsOf(doc(...Array.from({ length: 30 }, () => hr()), ...Array.from({ length: 30 }, () => ({ type: 'nope' }))))).toHaveLength(10);
  });
});

describe('helpers shared with the editor', () => {
  it('tidies tag names as the Node side does', () => {
    expect(tidyTagName('  region / pakistan/ ')).toBe('region/pakistan');
    expect(tidyTagName('')).toBeNull();
    expect(tidyTagName('a\tb')).toBeNull();
    expect(tidyTagName('x'.repeat(101))).toBeNull();
  });

  it('allows only web and mail links', () => {
    expect(isSafeHref('https://example.org/a?b#c')).toBe(true);
    expect(isSafeHref('mailto:someone@example.org')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'http://a b', ' https://x', 42]) expect(isSafeHref(bad)).toBe(false);
  });
});
