/**
 * Every call of the contract, once, on a small library of real fixture files, through the real
 * dispatcher; each reply's value must parse with the call's own output schema and lose nothing in
 * parsing (a field the handler returns but the contract does not declare is drift too). The table
 * below has one entry per method, in the order they run: a new call without an entry fails here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeLibrary, openLibrary, type Db } from '../../db/open';
import { contract, type ArticleDetail, type HighlightSnapshot, type Input, type Method, type Output } from '../../main/contract';
import { clozeWords } from '../../main/contract/recall';
import { apiFor, type Api } from './annotations-helpers';

const articles = path.resolve(import.meta.dirname, '../../../shared/fixtures/articles');
const FILES = {
  /** Five articles in one file (split on import: `library.rejoin` joins them back). */
  five: path.join(articles, '000_5772afeb88b3367e.txt'),
  /** A highlight card. */
  card: path.join(articles, '001_c89224927097a675.txt'),
  /** Clutter the cleaner removes (`library.restoreRemoved`). */
  gzero: path.join(articles, '002_09d481056bfa5c16.txt'),
  /** Section headings (`library.split`). */
  dawn: path.join(articles, '004_8af5de537ef99085.txt'),
};

const noteDoc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** What earlier calls returned that later calls name. Ids start at 0, which no input accepts. */
interface State {
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  folder: string;
  fiveIds: number[];
  gzero: number;
  dawn: ArticleDetail | null;
  highlight: number;
  prompt: number;
  deleted: HighlightSnapshot | null;
  note: number;
  quoting: number;
  mentioning: number;
  saved: number;
  restored: { blockIndex: number; text: string; why: Output<'library.restoreRemoved'>['passage']['why'] } | null;
}

interface Step<M extends Method> {
  input(s: State): Input<M> | Promise<Input<M>>;
  /** Keeps what later steps need from this call's output. */
  keep?(output: Output<M>, s: State): void;
  /** The call is refused on an open library with this code (its output is parsed where it answers: a named test). */
  refused?: string;
}

const need = <T>(value: T | null, what: string): T => {
  if (value === null) throw new Error(`an earlier step did not provide ${what}`);
  return value;
};

const STEPS: { [M in Method]: Step<M> } = {
  'host.info': { input: () => ({}) },
  'host.chooseImportFiles': { input: () => ({ folders: true }) },
  'host.chooseExportFolder': { input: () => ({}) },
  'host.showInFolder': { input: (s) => ({ path: s.folder }) },
  'host.openExternal': { input: () => ({ url: 'https://example.com/' }) },
  'host.chooseLibraryFile': { input: () => ({ action: 'create' }) },
  'host.openOriginal': { input: () => ({ name: 'paper.pdf', mediaType: 'application/pdf', base64: Buffer.from('%PDF-1.4').toString('base64') }) },
  'import.run': {
    input: () => ({ jobId: 'import-1', sources: [FILES.five, FILES.card, FILES.gzero, FILES.dawn].map((file) => ({ kind: 'path' as const, path: file })) }),
    keep: (report, s) => {
      s.fiveIds = report.split?.find((entry) => entry.file.endsWith(path.basename(FILES.five)))?.ids ?? [];
      s.gzero = report.imported.find((entry) => entry.file.endsWith(path.basename(FILES.gzero)))?.id ?? 0;
      const dawn = report.imported.find((entry) => entry.file.endsWith(path.basename(FILES.dawn)))?.id ?? 0;
      s.dawn = { id: dawn } as ArticleDetail;
    },
  },
  'import.cancel': { input: () => ({ jobId: 'no-such-job' }) },
  'library.list': { input: () => ({ sort: 'title', direction: 'asc' }) },
  'library.location': { input: () => ({}) },
  // Only a host's library session answers these (tests/db/library-switch.test.ts parses their outputs).
  'library.checkTarget': { input: (s) => ({ action: 'create', path: path.join(s.folder, 'other.commonplace') }), refused: 'unsupported' },
  'library.switch': { input: (s) => ({ action: 'create', path: path.join(s.folder, 'other.commonplace') }), refused: 'unsupported' },
  'library.get': { input: (s) => ({ id: need(s.dawn, 'the Dawn article').id }), keep: (detail, s) => void (s.dawn = detail) },
  // A text file keeps no original file (tests/db/pdf-import.test.ts answers it for a PDF).
  'library.original': { input: (s) => ({ id: need(s.dawn, 'the Dawn article').id }), refused: 'not_found' },
  'colors.list': { input: () => ({}) },
  'colors.update': { input: () => ({ color: 'green', meaning: 'Evidence' }) },
  'highlights.create': {
    input: (s) => ({ documentId: need(s.dawn, 'the Dawn article').id, start: 0, end: 40, color: 'green', comment: 'The thesis.', tags: ['region/pakistan'] }),
    keep: (highlight, s) => void (s.highlight = highlight.id),
  },
  'highlights.update': { input: (s) => ({ id: s.highlight, comment: 'The thesis, restated.' }) },
  'highlights.list': { input: (s) => ({ documentId: need(s.dawn, 'the Dawn article').id }) },
  'highlights.needingAttention': { input: () => ({ includePending: true }) },
  'highlights.reattach': { input: (s) => ({ id: s.highlight, start: 0, end: 50 }) },
  'highlights.search': { input: () => ({ query: '' }) },
  'tags.addToDocument': { input: (s) => ({ documentId: need(s.dawn, 'the Dawn article').id, name: 'region/pakistan' }) },
  'tags.addToHighlight': { input: (s) => ({ highlightId: s.highlight, name: 'evidence' }) },
  'tags.list': { input: () => ({}) },
  'review.settings': { input: () => ({}) },
  'review.configure': { input: () => ({ size: 5, colorWeights: { green: 2 }, tagWeights: { region: 3 }, recency: 1 }) },
  'review.round': { input: () => ({ timeZone: 'Europe/Berlin' }) },
  'review.answer': { input: (s) => ({ highlightId: s.highlight, rating: 'keep', timeZone: 'Europe/Berlin' }) },
  'review.stats': { input: () => ({ timeZone: 'Europe/Berlin', days: 30 }) },
  'review.more': { input: () => ({ timeZone: 'Europe/Berlin' }) },
  'recall.createCloze': {
    input: async (s) => {
      const { highlights } = await s.call('highlights.list', { documentId: need(s.dawn, 'the Dawn article').id });
      const word = clozeWords(highlights.find((h) => h.id === s.highlight)?.exact ?? '')[0];
      return { highlightId: s.highlight, ranges: word ? [[word.start, word.end]] : [] };
    },
  },
  'recall.createQuestion': {
    input: (s) => ({ highlightId: s.highlight, question: 'What turned friends to foes?', answer: 'The border.' }),
    keep: (prompt, s) => void (s.prompt = prompt.id),
  },
  'recall.list': { input: (s) => ({ highlightId: s.highlight }) },
  'recall.delete': { input: (s) => ({ id: s.prompt }) },
  'tags.suggest': { input: () => ({ prefix: 'reg' }) },
  'notes.create': { input: () => ({ title: 'Pakistan policy', content: noteDoc('Friends to foes. #region'), aliases: ['policy'] }), keep: (note, s) => void (s.note = note.id) },
  'notes.get': { input: (s) => ({ id: s.note }) },
  'notes.save': { input: (s) => ({ id: s.note, baseVersion: 1, content: noteDoc('Friends to foes, and why. #region') }) },
  'notes.rename': { input: (s) => ({ id: s.note, title: 'Pakistan and the Taliban' }) },
  'notes.list': { input: () => ({}) },
  'notes.searchTitles': { input: () => ({ query: 'pak' }) },
  'notes.fromHighlights': { input: (s) => ({ highlightIds: [s.highlight], title: 'Quotes' }), keep: (note, s) => void (s.quoting = note.id) },
  'notes.appendHighlights': { input: (s) => ({ noteId: s.note, highlightIds: [s.highlight] }) },
  'notes.backlinks': { input: (s) => ({ target: { kind: 'highlight', id: s.highlight } }) },
  'notes.backlinkCounts': { input: (s) => ({ documentId: need(s.dawn, 'the Dawn article').id }) },
  'notes.unlinkedMentions': {
    input: async (s) => {
      s.mentioning = (await s.call('notes.create', { title: 'Reading list', content: noteDoc('See Pakistan and the Taliban for the argument.') })).id;
      return { id: s.note };
    },
  },
  'notes.linkMention': { input: (s) => ({ noteId: s.note, mentionNoteId: s.mentioning }) },
  'notes.resolve': { input: (s) => ({ notes: [s.note, s.quoting], highlights: [s.highlight], documents: [need(s.dawn, 'the Dawn article').id] }) },
  'search.query': { input: () => ({ query: 'taliban' }) },
  'search.saved.create': { input: () => ({ name: 'Taliban', query: 'taliban tag:region' }), keep: (saved, s) => void (s.saved = saved.id) },
  'search.saved.list': { input: () => ({}) },
  'search.saved.rename': { input: (s) => ({ id: s.saved, name: 'The Taliban' }) },
  'palette.items': { input: () => ({ query: 'pak' }) },
  'export.note': { input: (s) => ({ id: s.note }) },
  'export.article': { input: (s) => ({ id: need(s.dawn, 'the Dawn article').id }) },
  'export.confirmFolder': { input: (s) => ({ folder: path.join(s.folder, 'vault') }) },
  'export.run': { input: (s) => ({ jobId: 'export-1', folder: path.join(s.folder, 'vault') }) },
  'export.cancel': { input: () => ({ jobId: 'no-such-job' }) },
  'backups.create': { input: () => ({}) },
  'backups.list': { input: () => ({}) },
  'backups.configure': { input: () => ({ keep: { daily: 5 } }) },
  'backups.restore': {
    input: async (s) => {
      const { backups } = await s.call('backups.list', {});
      return { name: need(backups[0]?.name ?? null, 'a backup').toString() };
    },
  },
  // Only a host's library session answers it (tests/db/damaged-library-session.test.ts parses that output).
  'backups.restartNow': { input: () => ({}), refused: 'unsupported' },
  'backups.damaged': { input: () => ({}) },
  // Only a damaged session answers it (tests/db/damaged-library-session.test.ts parses that output).
  'backups.restoreDamaged': {
    input: async (s) => {
      const { backups } = await s.call('backups.list', {});
      return { name: need(backups[0]?.name ?? null, 'a backup').toString() };
    },
    refused: 'refused',
  },
  'library.restoreRemoved': {
    input: (s) => ({ id: s.gzero, index: 0 }),
    keep: ({ blockIndex, passage }, s) => void (s.restored = { blockIndex, text: passage.text, why: passage.why }),
  },
  'library.unrestoreRemoved': {
    input: (s) => {
      const restored = need(s.restored, 'a restored passage');
      return { id: s.gzero, blockIndex: restored.blockIndex, passage: { text: restored.text, why: restored.why } };
    },
  },
  'library.reclean': { input: (s) => ({ jobId: 'reclean-1', id: s.gzero }) },
  'library.recleanCancel': { input: () => ({ jobId: 'no-such-job' }) },
  'library.split': {
    input: (s) => {
      const dawn = need(s.dawn, 'the Dawn article');
      const blockIndex = dawn.blocks.findIndex((block, index) => index > 0 && block.kind === 'heading');
      return { id: dawn.id, blockIndex };
    },
  },
  'library.rejoin': { input: (s) => ({ ids: s.fiveIds }) },
  'tags.rename': { input: () => ({ from: 'evidence', to: 'proof' }) },
  'tags.merge': { input: () => ({ from: 'proof', into: 'region' }) },
  'tags.removeFromHighlight': { input: (s) => ({ highlightId: s.highlight, name: 'region' }) },
  'tags.removeFromDocument': { input: (s) => ({ documentId: need(s.dawn, 'the Dawn article').id, name: 'region/pakistan' }) },
  'tags.delete': { input: () => ({ name: 'region', includeChildren: true }) },
  'highlights.delete': { input: (s) => ({ id: s.highlight }), keep: ({ highlight }, s) => void (s.deleted = highlight) },
  'highlights.restore': { input: (s) => ({ highlight: need(s.deleted, 'a deleted highlight') }) },
  'search.saved.delete': { input: (s) => ({ id: s.saved }) },
  'notes.delete': { input: (s) => ({ id: s.quoting }) },
  'notes.restore': { input: (s) => ({ id: s.quoting }) },
  'notes.purge': {
    input: async (s) => {
      await s.call('notes.delete', { id: s.mentioning });
      return { id: s.mentioning };
    },
  },
  'library.delete': { input: (s) => ({ id: s.gzero }) },
};

describe('every call’s output matches its contract schema', () => {
  // One library for all the steps (tests/db/helpers' temp files are removed after each test).
  let folder = '';
  let db: Db;
  let api: Api;
  beforeAll(() => {
    folder = mkdtempSync(path.join(os.tmpdir(), 'commonplace-contract-'));
    db = openLibrary(path.join(folder, 'library.commonplace'));
    api = apiFor(db);
    state.folder = folder;
  });
  afterAll(() => {
    closeLibrary(db);
    rmSync(folder, { recursive: true, force: true });
  });
  const state: State = {
    call: (method, input) => api.call(method, input),
    folder: '',
    fiveIds: [],
    gzero: 0,
    dawn: null,
    highlight: 0,
    prompt: 0,
    deleted: null,
    note: 0,
    quoting: 0,
    mentioning: 0,
    saved: 0,
    restored: null,
  };

  it('has one step for every method of the contract, and none for a method it lacks', () => {
    expect(Object.keys(STEPS).sort()).toEqual(Object.keys(contract).sort());
  });

  // The steps share one library and run in the table's order, each using what earlier ones made.
  for (const method of Object.keys(STEPS) as Method[]) {
    it(method, async () => {
      const step = STEPS[method] as Step<Method>;
      const reply = await api.reply(method, await step.input(state));
      if (step.refused !== undefined) {
        expect(reply.ok ? 'answered' : reply.error.code).toBe(step.refused);
        return;
      }
      if (!reply.ok) throw new Error(`${method} was refused: ${reply.error.code}: ${reply.error.message}`);
      const parsed = contract[method].output.safeParse(reply.value);
      if (!parsed.success) throw new Error(`${method} returned what its contract does not describe: ${parsed.error.message}`);
      // Parsing strips undeclared keys: what is left must be everything that was returned.
      expect(parsed.data).toStrictEqual(reply.value);
      step.keep?.(parsed.data as Output<Method>, state);
    });
  }
});
