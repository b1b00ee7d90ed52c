/**
 * `npm run bench`, third part: prints figures for linked notes; asserts nothing.
 * - Saving a 5,000-word note (headings, paragraphs, marks, links to other notes, tags): the
 *   Node-side save alone (validate, derive, write), and `notes.save`'s round trip from a page
 *   through the real browser host.
 * - Backlinks of a note with 1,000 incoming links among 10,000 notes: the raw SQL, the
 *   repository, the library call, and the round trip.
 * - The side panel's “In N notes”: `notes.backlinkCounts` for an article with 1,000 highlights,
 *   900 of them quoted by 300 notes.
 * - Typing in the editor (Chromium) on that 5,000-word note: from keydown to the next frame after
 *   the editor's DOM changed, ~200 keystrokes at the end and ~200 in the middle.
 * Scale down for a quick run: BENCH_NOTES=1500 npx tsx tests/bench/notes.ts (keep it above 1,020:
 * the long note links to notes past the 1,000 linking ones).
 */
import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { closeLibrary, openLibrary, type Db } from '../../db/open';
import { backlinksTo, BACKLINKS_SQL, highlightBacklinkCounts, replaceNoteLinks } from '../../db/repos/note-links';
import { insertNote } from '../../db/repos/notes';
import type { Bridge } from '../../main/contract';
import { prepareContent } from '../../main/library/notes/derive';
import { backlinks } from '../../main/library/notes/links';
import { createNote, saveNote } from '../../main/library/notes/save';
import type { NoteDocJSON, NoteNodeJSON } from '../../main/contract/note-schema';
import { openApp, roundTrips } from './app';
import { random } from './corpus';
import { addHighlightedArticle } from './highlights-library';
import { ms, p95, rowPrinter, spread, time } from './measure';

const NOTES = Number(process.env.BENCH_NOTES ?? 10_000);
const INCOMING = 1000;
const WORDS = 5000;
const RUNS = 15;
const KEYSTROKES = 200;

const row = rowPrinter(56);

const VOCABULARY = (
  'the strikes border policy security talks army militants government province report analysts officials ' +
  'pressure trade refugees ceasefire election courts media economy drones raid mountains villages tribes ' +
  'negotiation alliance history claims evidence sources interview witness archive treaty crisis pattern ' +
  'decade reform budget parliament ministry cabinet diplomats envoy summit region conflict agreement aid'
).split(' ');

/** A research note of about `words` words: headings, paragraphs with bold, italic and web links, links to other notes, a list, tags. */
function longNote(words: number, linkTargets: readonly number[], seed = 7): NoteDocJSON {
  const next = random(seed);
  const word = () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!;
  const sentence = (n: number) => {
    const ws = Array.from({ length: n }, word);
    ws[0] = ws[0]!.charAt(0).toUpperCase() + ws[0]!.slice(1);
    return `${ws.join(' ')}.`;
  };
  const content: NoteNodeJSON[] = [];
  let written = 0;
  let paragraph = 0;
  while (written < words) {
    if (paragraph % 8 === 0) {
      content.push({ type: 'heading', attrs: { level: paragraph === 0 ? 1 : 2 }, content: [{ type: 'text', text: sentence(4).slice(0, -1) }] });
      written += 4;
    }
    const parts: NoteNodeJSON[] = [{ type: 'text', text: `${sentence(14)} ${sentence(11)} ` }];
    parts.push({ type: 'text', text: sentence(6), marks: [{ type: paragraph % 2 ? 'bold' : 'italic' }] });
    parts.push({ type: 'text', text: ` ${sentence(12)} As ` });
    parts.push({ type: 'noteLink', attrs: { noteId: linkTargets[paragraph % linkTargets.length]!, title: `Note ${paragraph}` } });
    parts.push({ type: 'text', text: ` argues, ${sentence(15)} ` });
    if (paragraph % 5 === 0) parts.push({ type: 'text', text: 'source', marks: [{ type: 'link', attrs: { href: `https://example.org/report/${paragraph}` } }] });
    parts.push({ type: 'text', text: ` ${sentence(13)} #region/south-asia` });
    content.push({ type: 'paragraph', content: parts });
    written += 14 + 11 + 6 + 12 + 2 + 2 + 15 + 1 + 13 + 1;
    if (paragraph % 10 === 9) {
      content.push({
        type: 'bulletList',
        content: [0, 1, 2].map(() => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence(9) }] }] })),
      });
      written += 27;
    }
    paragraph++;
  }
  return { type: 'doc', content };
}

/** The same note with its last paragraph's words changed (each save writes). */
function edited(doc: NoteDocJSON, i: number): NoteDocJSON {
  const content = [...(doc.content ?? [])];
  content.push({ type: 'paragraph', content: [{ type: 'text', text: `Edit number ${i + 2}.` }] });
  return { ...doc, content };
}

/** 10,000 small notes written straight through the repositories; the first 1,000 link to `target`. */
function addNotes(db: Db, count: number, incoming: number): { target: number } {
  return db.transaction(() => {
    const at = new Date(Date.UTC(2025, 0, 1)).toISOString();
    const target = insertNote(db, {
      title: 'Cold War parallels',
      aliasesJson: null,
      contentJson: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The target note.' }] }] }),
      plainText: 'The target note.',
      excerpt: 'The target note.',
      createdAt: at,
      updatedAt: at,
    });
    for (let i = 0; i < count; i++) {
      const links = i < incoming;
      const text = links ? `Field note ${i}. The pattern, as Cold War parallels argues, changed in year ${1990 + (i % 30)}.` : `Field note ${i} about the border and the talks.`;
      const para: NoteNodeJSON[] = links
        ? [{ type: 'text', text: `Field note ${i}. The pattern, as ` }, { type: 'noteLink', attrs: { noteId: target, title: 'Cold War parallels' } }, { type: 'text', text: ` argues, changed in year ${1990 + (i % 30)}.` }]
        : [{ type: 'text', text }];
      const updated = new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString();
      const id = insertNote(db, {
        title: `Field note ${i}`,
        aliasesJson: null,
        contentJson: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: para }] }),
        plainText: text,
        excerpt: text.slice(0, 200),
        createdAt: updated,
        updatedAt: updated,
      });
      if (links) replaceNoteLinks(db, id, [{ kind: 'note', id: target, context: `The pattern, as Cold War parallels argues, changed in year ${1990 + (i % 30)}.` }]);
    }
    return { target };
  })();
}

/** Saves from the page, each with the version the last one returned, as the editor does. */
function saveTrips(page: Page, id: number, doc: NoteDocJSON, runs: number): Promise<number[]> {
  return page.evaluate(
    async ({ id, doc, runs }) => {
      const bridge = (window as unknown as { commonplace: Bridge }).commonplace;
      const got = await bridge.invoke('notes.get', { id });
      if (!got.ok) throw new Error(got.error.message);
      let version = (got.value as { version: number }).version;
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const content = { ...doc, content: [...(doc.content ?? []), { type: 'paragraph', content: [{ type: 'text', text: `Saved from the page, run ${i}.` }] }] };
        const t = performance.now();
        const reply = await bridge.invoke('notes.save', { id, baseVersion: version, content });
        times.push(performance.now() - t);
        if (!reply.ok) throw new Error(reply.error.message);
        const value = reply.value as { status: string; note: { version: number } };
        if (value.status !== 'saved') throw new Error(`save ${i}: ${value.status}`);
        version = value.note.version;
      }
      return times;
    },
    { id, doc, runs },
  );
}

/** Types `count` characters where the caret is, measuring keydown → the next frame after the editor's DOM changed. */
async function typingLatency(page: Page, count: number): Promise<{ frame: number[]; dom: number[] }> {
  await page.evaluate(() => {
    const editor = document.querySelector<HTMLElement>('[aria-label="Note text"]');
    if (!editor) throw new Error('no editor');
    const w = window as unknown as { latencies: number[]; toDom: number[]; pendingKey: number | null };
    w.latencies = [];
    w.toDom = [];
    w.pendingKey = null;
    window.addEventListener('keydown', () => (w.pendingKey = performance.now()), { capture: true });
    new MutationObserver(() => {
      const start = w.pendingKey;
      if (start === null) return;
      w.pendingKey = null;
      w.toDom.push(performance.now() - start);
      requestAnimationFrame(() => w.latencies.push(performance.now() - start));
    }).observe(editor, { subtree: true, childList: true, characterData: true });
  });
  const text = 'the talks resumed after a long pause and nobody expected much ';
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(text[i % text.length] === ' ' ? 'Space' : text[i % text.length]!);
    // One key at a time, as a person types: the next waits for this one's frame.
    await page.waitForFunction((n) => (window as unknown as { latencies: number[] }).latencies.length >= n, i + 1, { polling: 'raf' });
  }
  return page.evaluate(() => {
    const w = window as unknown as { latencies: number[]; toDom: number[] };
    return { frame: w.latencies, dom: w.toDom };
  });
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'commonplace-bench-notes-'));
const libraryFile = path.join(dir, 'library.commonplace');

try {
  const t0 = performance.now();
  const db = openLibrary(libraryFile);
  const { target } = addNotes(db, NOTES, INCOMING);
  const linkTargets = Array.from({ length: 20 }, (_, i) => target + 1 + INCOMING + i);
  const doc = longNote(WORDS, linkTargets);
  const prepared = prepareContent(doc);
  const words = prepared.plainText.split(/\s+/).filter(Boolean).length;
  const { note: big } = createNote(db, { title: 'Drone strikes and the border (long)', content: doc }, new Date());
  const article = addHighlightedArticle(db, 1000);
  const highlightIds = (db.prepare('SELECT id FROM highlights WHERE document_id = ? ORDER BY id').all(article.bigId) as { id: number }[]).map((r) => r.id);
  db.transaction(() => {
    const at = new Date(Date.UTC(2025, 6, 1)).toISOString();
    for (let n = 0; n < 300; n++) {
      const quoted = highlightIds.slice(n * 3, n * 3 + 3);
      const contentJson = JSON.stringify({ type: 'doc', content: quoted.map((id) => ({ type: 'highlightRef', attrs: { highlightId: id, documentId: article.bigId, quote: null } })) });
      const id = insertNote(db, { title: `Quotes ${n}`, aliasesJson: null, contentJson, plainText: '', excerpt: '', createdAt: at, updatedAt: at });
      replaceNoteLinks(db, id, quoted.map((hid) => ({ kind: 'highlight' as const, id: hid, context: '' })));
    }
  })();
  console.log(
    `Notes benchmark: ${NOTES.toLocaleString('en')} notes, one with ${INCOMING.toLocaleString('en')} incoming links; a note of ${words.toLocaleString('en')} words, ${(prepared.contentJson.length / 1024).toFixed(0)} KB of JSON, ${prepared.links.length} links (built in ${((performance.now() - t0) / 1000).toFixed(1)} s; Node ${process.version}, ${os.cpus().length} cores)\n`,
  );

  // (a) Saving, in Node.
  row('save 5,000 words: validate + derive (prepareContent)', spread(time(RUNS, (i) => prepareContent(edited(doc, i)))));
  let version = big.version;
  row(
    'save 5,000 words: saveNote (Node, whole save)',
    spread(
      time(RUNS, (i) => {
        const result = saveNote(db, { id: big.id, baseVersion: version, content: edited(doc, i + 1000) }, new Date());
        version = result.note.version;
      }),
    ),
  );

  // (b) Backlinks, in Node.
  const raw = db.prepare(BACKLINKS_SQL);
  const count = (raw.all({ kind: 'note', id: target }) as unknown[]).length;
  const bare = db.prepare(`SELECT source_note_id, context FROM note_links WHERE target_kind = 'note' AND target_id = ?`);
  row(`backlinks (${count.toLocaleString('en')} notes): bare index read, no join`, spread(time(RUNS, () => bare.all(target))));
  row('backlinks: raw SQL (join, live notes, ordered)', spread(time(RUNS, () => raw.all({ kind: 'note', id: target }))));
  row('backlinks: repository (backlinksTo)', spread(time(RUNS, () => backlinksTo(db, 'note', target))));
  row('backlinks: library call (contract shape)', spread(time(RUNS, () => backlinks(db, { kind: 'note', id: target }))));
  const counted = highlightBacklinkCounts(db, article.bigId).length;
  row(`backlink counts, 1,000 highlights (${counted} quoted): repository`, spread(time(RUNS, () => highlightBacklinkCounts(db, article.bigId))));
  closeLibrary(db);

  // The real browser host and Chromium, as the e2e tests run them.
  const app = await openApp(libraryFile);
  try {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Library' }).waitFor();

    row('round trip: notes.save, 5,000 words, from the page', spread(await saveTrips(page, big.id, doc, RUNS)));
    row('round trip: notes.backlinks (1,000) from the page', spread(await roundTrips(page, 'notes.backlinks', { target: { kind: 'note', id: target } }, RUNS)));
    row('round trip: notes.get, 5,000 words, from the page', spread(await roundTrips(page, 'notes.get', { id: big.id }, RUNS)));
    row('round trip: notes.backlinkCounts (1,000 highlights)', spread(await roundTrips(page, 'notes.backlinkCounts', { documentId: article.bigId }, RUNS)));

    // (c) Typing in the editor, when the notes view has one.
    const editor = page.getByRole('textbox', { name: 'Note text' });
    let available = false;
    let reason = '';
    try {
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Notes' }).click();
      await page.getByRole('listbox', { name: 'Notes' }).getByRole('option', { name: /Drone strikes and the border \(long\)/ }).click({ timeout: 30_000 });
      await editor.waitFor({ timeout: 30_000 });
      available = true;
    } catch (error) {
      available = false;
      reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    }
    if (!available) {
      console.log(`typing latency: editor not available (${reason})`);
    } else {
      await editor.click();
      await page.keyboard.press('Control+End');
      const atEnd = await typingLatency(page, KEYSTROKES);
      row(`typing at the end (${atEnd.frame.length} keys): keydown → frame`, `p95 ${ms(p95(atEnd.frame))}; ${spread(atEnd.frame)}`);
      row('typing at the end: keydown → DOM changed', `p95 ${ms(p95(atEnd.dom))}; ${spread(atEnd.dom)}`);
      // A fresh page, so the first run's listeners are gone.
      await page.reload();
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Notes' }).click();
      await page.getByRole('listbox', { name: 'Notes' }).getByRole('option', { name: /Drone strikes and the border \(long\)/ }).click();
      await editor.waitFor();
      const middleAgain = editor.locator('p').nth(Math.floor((await editor.locator('p').count()) / 2));
      await middleAgain.click();
      await page.keyboard.press('End');
      const inMiddle = await typingLatency(page, KEYSTROKES);
      row(`typing in the middle (${inMiddle.frame.length} keys): keydown → frame`, `p95 ${ms(p95(inMiddle.frame))}; ${spread(inMiddle.frame)}`);
      row('typing in the middle: keydown → DOM changed', `p95 ${ms(p95(inMiddle.dom))}; ${spread(inMiddle.dom)}`);
    }
  } finally {
    await app.close();
  }
  console.log('\nTargets: saveNote ≤ 30 ms for 5,000 words; backlinks ≤ 10 ms; typing p95 ≤ 16 ms per keystroke.');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
