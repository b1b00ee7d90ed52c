/**
 * Crash test for note saves: a real process saves notes through the library API
 * (`tests/db/notes-save-crash-child.ts`) and is killed with SIGKILL at random points, several
 * rounds on the same library. After each kill the library passes `integrity_check`,
 * `foreign_key_check` and FTS5's `integrity-check` on every full-text table; every save the child
 * acknowledged is there with exactly its text, version, links and tags (the one save in flight at
 * the kill may have landed whole or not at all); and there is no duplicate note.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeLibrary, openLibrary } from '../../db/open';
import { prepareContent } from '../../main/library/notes/derive';
import { random } from '../bench/corpus';
import { repoRoot } from '../unit/fixtures';
import { tempDir } from './helpers';
import { expectStoreSound } from './store-checks';

const ROUNDS = 6;

type Try = { kind: 'create'; title: string; content: unknown } | { kind: 'save'; id: number; baseVersion: number; content: unknown };
type Ack = { kind: 'create'; title: string; id: number; version: number } | { kind: 'save'; id: number; status: string; version: number };

interface Expected {
  version: number;
  contentJson: string;
}

/**
 * Runs the child until it has acknowledged `acks` saves, then kills it with SIGKILL, either at
 * once or up to `jitterMs` later (so the kill lands anywhere in the next save: validation, the
 * transaction, the commit's fsync). Resolves with every whole line it printed.
 */
function runAndKill(library: string, round: number, seed: number, acks: number, jitterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'tests/db/notes-save-crash-child.ts'), library, String(round), String(seed)], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let seen = 0;
    let killing = false;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      if (killing) return;
      seen += d.split('\n').filter((l) => l.startsWith('ack ')).length;
      if (seen < acks) return;
      killing = true;
      if (jitterMs === 0) child.kill('SIGKILL');
      else setTimeout(() => child.kill('SIGKILL'), jitterMs);
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the child ended without being killed (code ${code}): ${err}`));
      // A line cut by the kill has no line feed: the child had not finished saying it.
      else resolve(out.split('\n').slice(0, -1));
    });
  });
}

/** Folds the child's lines into what the library must hold; returns the save in flight at the kill, if any. */
function fold(lines: string[], expected: Map<number, Expected>): Try | null {
  let pending: Try | null = null;
  for (const line of lines) {
    const space = line.indexOf(' ');
    const word = line.slice(0, space);
    const data = JSON.parse(line.slice(space + 1)) as Try | Ack;
    if (word === 'try') {
      expect(pending, 'a try before the previous save was acknowledged').toBeNull();
      pending = data as Try;
      continue;
    }
    const ack = data as Ack;
    expect(pending?.kind).toBe(ack.kind);
    if (ack.kind === 'save') expect(ack.status, `save of note ${ack.id}`).toBe('saved');
    expect(expected.has(ack.id)).toBe(ack.kind === 'save');
    expected.set(ack.id, { version: ack.version, contentJson: prepareContent(pending!.content).contentJson });
    pending = null;
  }
  return pending;
}

interface Row {
  id: number;
  title: string;
  version: number;
  content: string;
  plain_text: string;
}

/** Checks the library after a kill; returns whether the save in flight then had landed. */
function checkLibrary(file: string, expected: Map<number, Expected>, inFlight: Try | null): boolean {
  const db = new Database(file);
  let landed = false;
  try {
    expectStoreSound(db);

    const rows = new Map((db.prepare('SELECT id, title, version, content, plain_text FROM notes').all() as Row[]).map((r) => [r.id, r]));
    // The save in flight at the kill landed whole or not at all; adopt whichever it was.
    if (inFlight?.kind === 'create') {
      const row = [...rows.values()].find((r) => r.title === inFlight.title);
      landed = row !== undefined;
      if (row) expected.set(row.id, { version: 1, contentJson: prepareContent(inFlight.content).contentJson });
    } else if (inFlight?.kind === 'save') {
      const before = expected.get(inFlight.id)!;
      const row = rows.get(inFlight.id)!;
      landed = row.version !== before.version;
      if (landed) expected.set(inFlight.id, { version: before.version + 1, contentJson: prepareContent(inFlight.content).contentJson });
    }

    // No note that no save made, none twice.
    expect([...rows.keys()].sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b));
    expect(db.prepare('SELECT title FROM notes GROUP BY title HAVING count(*) > 1').pluck().all()).toEqual([]);

    const tagsOf = db.prepare('SELECT lower(t.name) FROM note_tags nt JOIN tags t ON t.id = nt.tag_id WHERE nt.note_id = ? ORDER BY 1').pluck();
    const linksOf = db.prepare("SELECT target_kind || ':' || target_id FROM note_links WHERE source_note_id = ? ORDER BY 1").pluck();
    const found = db.prepare('SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?').pluck();
    for (const [id, want] of expected) {
      const row = rows.get(id)!;
      expect(row.version, `note ${id}'s version`).toBe(want.version);
      expect(row.content, `note ${id}'s text`).toBe(want.contentJson);
      const derived = prepareContent(JSON.parse(want.contentJson));
      expect(row.plain_text).toBe(derived.plainText);
      expect(tagsOf.all(id)).toEqual([...new Set(derived.tags.map((t) => t.toLowerCase()))].sort());
      expect(linksOf.all(id)).toEqual(derived.links.map((l) => `${l.kind}:${l.id}`).sort());
      // The search index holds the saved text: the save's unique mark finds this note and no other.
      const mark = /^Saved as (r\d+n\d+)/.exec(derived.plainText)?.[1];
      expect(found.all(`"${mark}"`), `search for ${mark}`).toEqual([id]);
    }
    return landed;
  } finally {
    db.close();
  }
}

describe('note saves killed with SIGKILL', () => {
  it('keep every acknowledged save whole, once, with the library and its search index sound', async () => {
    const library = path.join(tempDir(), 'library.commonplace');
    closeLibrary(openLibrary(library));
    // A new seed each run (printed, and CRASH_SEED=… replays it): each run tries other kill points.
    const seed = Number(process.env.CRASH_SEED ?? Date.now() % 1_000_000);
    const next = random(seed);
    const expected = new Map<number, Expected>();
    let inFlightLanded = 0;
    let acked = 0;

    for (let round = 0; round < ROUNDS; round++) {
      const wanted = 1 + Math.floor(next() * 30);
      const jitter = next() < 0.3 ? 0 : Math.floor(next() * 40);
      const lines = await runAndKill(library, round, Math.floor(next() * 1e9), wanted, jitter);
      const inFlight = fold(lines, expected);
      const acks = lines.filter((l) => l.startsWith('ack ')).length;
      expect(acks).toBeGreaterThanOrEqual(wanted);
      acked += acks;
      if (checkLibrary(library, expected, inFlight)) inFlightLanded++;
    }
    console.log(`seed ${seed}: ${ROUNDS} kills, ${acked} acknowledged saves, ${expected.size} notes; the save in flight had landed at ${inFlightLanded} of the kills`);
  }, 240_000);
});
