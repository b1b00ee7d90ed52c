/**
 * `commonplace review --due` and `commonplace review export --anki` through the built CLI
 * (`out/main/cli.cjs`, as users run it: build first with `npx tsx build/scripts/build.ts node`),
 * on a real library made with the real migrations.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { closeLibrary, openLibrary } from '../../db/open';
import { insertHighlight, type HighlightColor } from '../../db/repos/highlights';
import { getReviewCard } from '../../db/repos/review';
import { ensureTag, tagHighlight } from '../../db/repos/tags';
import type { ReviewItem } from '../../main/contract/review';
import { answerReview, updateReviewSettings } from '../../main/library/review';
import { createCloze } from '../../main/library/review/recall';
import { repoRoot } from '../unit/fixtures';
import { insertArticle, paragraph } from './annotations-helpers';
import { tempDir } from './helpers';

const exec = promisify(execFile);
const builtCli = path.join(repoRoot, process.env.COMMONPLACE_OUT ?? 'out', 'main/cli.cjs');

async function commonplace(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [builtCli, ...args], { cwd: repoRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(() => {
  if (!existsSync(builtCli)) throw new Error(`${builtCli} is missing: build it first with \`npx tsx build/scripts/build.ts node\`.`);
});

/** A library of 14 highlights: 4 answered ten days ago (due now), 1 retired, 9 never reviewed; hostile text in one. */
function makeLibrary(): { file: string; ids: number[] } {
  const file = path.join(tempDir(), 'review.commonplace');
  const db = openLibrary(file);
  const doc = insertArticle(db, [paragraph('Words.')], { title: 'Title \u001b[2Jwith an escape' }).id;
  const ids: number[] = [];
  const add = (exact: string, fields: { color?: HighlightColor; comment?: string; prefix?: string; suffix?: string } = {}) => {
    const now = new Date().toISOString();
    ids.push(
      insertHighlight(db, {
        documentId: doc,
        sourceDocumentId: null,
        color: fields.color ?? 'yellow',
        comment: fields.comment ?? null,
        start: 0,
        end: 5,
        exact,
        prefix: fields.prefix ?? '',
        suffix: fields.suffix ?? '',
        status: 'ok',
        score: 1,
        previousExact: null,
        createdAt: now,
        updatedAt: now,
      }),
    );
  };
  add('A quote with\ta tab and\ntwo lines \u001b]0;pwned\u0007', { comment: 'Mine: "quoted" <b>bold</b>', prefix: 'Before the ', suffix: ' and after.' });
  add('#not a header line', { color: 'green' });
  for (let i = 0; i < 12; i++) add(`Plain quote ${i}`);
  tagHighlight(db, ids[0]!, ensureTag(db, 'region/south asia'));
  tagHighlight(db, ids[0]!, ensureTag(db, 'evidence'));
  const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000);
  for (const id of ids.slice(0, 4)) answerReview(db, { highlightId: id, rating: 'keep', now: tenDaysAgo, timeZone: 'UTC' });
  answerReview(db, { highlightId: ids[13]!, rating: 'never', now: tenDaysAgo, timeZone: 'UTC' });
  closeLibrary(db);
  return { file, ids };
}

describe('commonplace review (built CLI)', () => {
  it('lists today’s round: the due ones, then new ones, never a retired one; control characters escaped', async () => {
    const { file, ids } = makeLibrary();
    const text = await commonplace('review', '--due', '--time-zone', 'UTC', '--library', file);
    expect(text.code, text.stderr).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect(text.stdout).toMatch(new RegExp(`^Today’s review, ${today}: 10 of 10 left\\.\\n`));
    expect(text.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text.stdout).toContain('Title \\x1b[2Jwith an escape');
    expect(text.stdout).toContain('  > A quote with\ta tab and\n  > two lines \\x1b]0;pwned\\x07');
    expect(text.stdout).toContain('Tags: #evidence #region/south asia');
    expect(text.stdout).toMatch(/#\d+  due \d{4}-\d\d-\d\d, seen 1×  yellow \(Important\)/);
    expect(text.stdout).not.toContain(`#${ids[13]}  `);
    expect(text.stdout).not.toContain('Drawn with the weights');

    const json = await commonplace('review', '--json', '--time-zone', 'Europe/Berlin', '--library', file);
    const round = JSON.parse(json.stdout) as { day: string; size: number; done: number; items: ReviewItem[] };
    expect(round.size).toBe(10);
    expect(round.items.map((i) => i.kind)).toEqual([...Array<string>(4).fill('due'), ...Array<string>(6).fill('new')]);
    expect(round.items.slice(0, 4).map((i) => i.highlightId).sort((a, b) => a - b)).toEqual(ids.slice(0, 4));
    expect(round.items.map((i) => i.highlightId)).not.toContain(ids[13]);
    // The same round when asked again.
    expect(JSON.parse((await commonplace('review', '--json', '--time-zone', 'Europe/Berlin', '--library', file)).stdout)).toEqual(round);
  });

  it('says which weights drew the round when they are not the defaults', async () => {
    const { file } = makeLibrary();
    const db = openLibrary(file);
    updateReviewSettings(db, { colorWeights: { green: 3, pink: 0 }, tagWeights: { region: 2 }, recency: 1.5 });
    closeLibrary(db);
    const text = await commonplace('review', '--due', '--time-zone', 'UTC', '--library', file);
    expect(text.stdout).toMatch(/\n\nDrawn with the weights: colours green ×3, pink ×0; tags region ×2; recency 1\.5\.\n$/);
  });

  it('exports the highlights still in review for Anki: three fields a line, nothing breaking a field or a line', async () => {
    const { file, ids } = makeLibrary();
    const out = path.join(tempDir(), 'anki.txt');
    const run = await commonplace('review', 'export', '--anki', out, '--library', file);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Wrote 13 highlights to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} for Anki`));
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines.slice(0, 4)).toEqual(['#separator:tab', '#html:true', '#tags column:3', '#columns:Front\tBack\tTags']);
    expect(lines.at(-1)).toBe('');
    const notes = lines.slice(4, -1);
    expect(notes).toHaveLength(13);
    for (const note of notes) {
      expect(note.split('\t')).toHaveLength(3);
      expect(note.startsWith('#')).toBe(false);
      expect(note).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    expect(notes[0]!.split('\t')).toEqual([
      'A quote with&#9;a tab and<br>two lines ]0;pwned',
      '…Before the <b>A quote with&#9;a tab and<br>two lines ]0;pwned</b> and after.…<br><br><i>Title [2Jwith an escape</i><br><br>Mine: &quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt;',
      'evidence region::south_asia',
    ]);
    expect(notes[1]!.split('\t')[0]).toBe('&#35;not a header line');
    expect(notes.join('\n')).not.toContain(`Plain quote 11`); // ids[13] is retired
    expect(ids).toHaveLength(14);

    const json = await commonplace('review', 'export', '--anki', out, '--json', '--library', file);
    expect(JSON.parse(json.stdout)).toEqual({ file: out, written: 13, cards: 0 });

    // Recall cards follow the highlights, one a line: the cloze's front with its blank.
    const db = openLibrary(file);
    createCloze(db, { highlightId: ids[2]!, ranges: [[0, 5]], now: new Date('2026-03-20T08:00:00Z') });
    closeLibrary(db);
    const withCards = await commonplace('review', 'export', '--anki', out, '--library', file);
    expect(withCards.stdout).toMatch(/^Wrote 13 highlights and 1 recall card to /);
    const cardLine = readFileSync(out, 'utf8').split('\n').slice(4, -1).at(-1)!.split('\t');
    expect(cardLine).toHaveLength(3);
    expect(cardLine[0]).toMatch(/^\[…\]/);
    expect(cardLine[1]).toMatch(/^<b>/);
  });

  it('recomputes every schedule from the review log, saying what it did; --dry-run changes nothing', async () => {
    const { file, ids } = makeLibrary();
    const asStored = await commonplace('review', 'recompute', '--library', file);
    expect(asStored.code, asStored.stderr).toBe(0);
    expect(asStored.stdout).toBe('Rebuilt 5 schedules from 5 answers in the review log: every one is as stored.\n');

    const db = openLibrary(file);
    const stored = getReviewCard(db, ids[0]!);
    db.prepare("UPDATE review_cards SET due = '2000-01-01T00:00:00.000Z' WHERE highlight_id IN (?, ?)").run(ids[0], ids[2]);
    closeLibrary(db);
    const dry = await commonplace('review', 'recompute', '--dry-run', '--json', '--library', file);
    expect(JSON.parse(dry.stdout)).toEqual({ cards: 5, answers: 5, changed: [ids[0], ids[2]], changedPrompts: [], dryRun: true });
    const fixed = await commonplace('review', 'recompute', '--library', file);
    expect(fixed.stdout).toBe(`Rebuilt 5 schedules from 5 answers in the review log: 2 changed (highlights #${ids[0]}, #${ids[2]}).\n`);
    const after = openLibrary(file, { mode: 'read' });
    expect(getReviewCard(after, ids[0]!)).toEqual(stored);
    closeLibrary(after);
    const misuse = await commonplace('review', '--dry-run', '--library', file);
    expect(misuse.code).toBe(2);
    expect(misuse.stderr).toContain('--dry-run goes with `review recompute`');
  });

  it('explains its usage', async () => {
    const { file } = makeLibrary();
    const noFile = await commonplace('review', 'export', '--library', file);
    expect(noFile.code).toBe(2);
    expect(noFile.stderr).toContain('commonplace review export --anki highlights.txt');
    const zone = await commonplace('review', '--due', '--time-zone', 'Mars/Olympus', '--library', file);
    expect(zone.code).toBe(2);
    expect(zone.stderr).toContain('"Mars/Olympus" is not a time zone');
    const word = await commonplace('review', 'tomorrow', '--library', file);
    expect(word.code).toBe(2);
    const help = await commonplace('review', '--help');
    expect(help.stdout).toContain('--anki FILE');
  });
});
