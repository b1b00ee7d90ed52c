/**
 * The export's journal and folder lock, driven by hand: what a killed run could leave (a journal
 * line with or without its rename, a torn line, a lock of a dead or a live process) and what the
 * next run must make of it. The real kills are in export-crash.test.ts.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JOURNAL_NAME, LOCK_NAME, MANIFEST_NAME, runExport } from '../../main/library/export';
import { hashOf } from '../../main/library/export/disk';
import { AppError } from '../../main/library/errors';
import { researchLibrary } from './export-helpers';
import { tempDir, tempLibrary } from './helpers';

async function exported() {
  const { db } = tempLibrary();
  const lib = await researchLibrary(db);
  const root = tempDir();
  await runExport(db, root);
  return { db, lib, root, file: (rel: string) => path.join(root, ...rel.split('/')) };
}

const NOTE = 'Notes/Field notes.md';

function journal(root: string, ...lines: object[]) {
  appendFileSync(path.join(root, JOURNAL_NAME), lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
}

function manifestEntry(root: string, rel: string): { item: string; hash: string } | undefined {
  return (JSON.parse(readFileSync(path.join(root, MANIFEST_NAME), 'utf8')) as { files: Record<string, { item: string; hash: string }> }).files[rel];
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('refused');
  return (error as AppError).message;
}

describe('export: the journal', () => {
  it('is gone after an export, and the lock too', async () => {
    const { root } = await exported();
    expect(existsSync(path.join(root, JOURNAL_NAME))).toBe(false);
    expect(existsSync(path.join(root, LOCK_NAME))).toBe(false);
  });

  it('adopts a file a killed run renamed into place: it is overwritten, not taken for an edit', async () => {
    const { db, root, file } = await exported();
    const killedRunWrote = `${readFileSync(file(NOTE), 'utf8')}\nWhat a killed run with other options wrote.\n`;
    writeFileSync(file(NOTE), killedRunWrote);
    journal(root, { path: NOTE, item: manifestEntry(root, NOTE)!.item, hash: hashOf(killedRunWrote) });
    const again = await runExport(db, root);
    expect(again.conflicts).toEqual([]);
    expect(again.written).toEqual([NOTE]);
    expect(readFileSync(file(NOTE), 'utf8')).not.toContain('killed run');
    expect(existsSync(path.join(root, JOURNAL_NAME))).toBe(false);
  });

  it('keeps the manifest’s entry where the rename never happened, so a later edit is still seen', async () => {
    const { db, root, file } = await exported();
    const recorded = manifestEntry(root, NOTE)!;
    journal(root, { path: NOTE, item: recorded.item, hash: hashOf('bytes that never reached their name') });
    expect(await runExport(db, root)).toMatchObject({ conflicts: [], written: [] });
    expect(manifestEntry(root, NOTE)!.hash).toBe(recorded.hash);

    writeFileSync(file(NOTE), `${readFileSync(file(NOTE), 'utf8')}\nmine\n`);
    journal(root, { path: NOTE, item: recorded.item, hash: hashOf('another never renamed') });
    const edited = await runExport(db, root);
    expect(edited.conflicts.map((c) => c.path)).toEqual([NOTE]);
    expect(readFileSync(file(NOTE), 'utf8')).toContain('mine');
  });

  it('skips a torn line and lines naming anything but an export file', async () => {
    const { db, root, file } = await exported();
    const outside = path.join(tempDir(), 'outside.md');
    writeFileSync(outside, 'not ours');
    journal(root, { path: '../outside.md', item: 'note:1', hash: hashOf('not ours') }, { path: NOTE, item: 'note:1', hash: 'not a hash' });
    appendFileSync(path.join(root, JOURNAL_NAME), `{"path": "${NOTE}", "item": "note:1", "ha`);
    expect(await runExport(db, root)).toMatchObject({ conflicts: [], written: [] });
    expect(readFileSync(outside, 'utf8')).toBe('not ours');
    expect(existsSync(file(NOTE))).toBe(true);
    expect(existsSync(path.join(root, JOURNAL_NAME))).toBe(false);
  });

  it('follows no link planted at its name, and says what is there', async () => {
    const { db, root } = await exported();
    const target = path.join(tempDir(), 'target.txt');
    writeFileSync(target, 'precious');
    symlinkSync(target, path.join(root, JOURNAL_NAME));
    expect(await refusal(runExport(db, root))).toBe(`The export journal ${JOURNAL_NAME} is a symbolic link. Remove it, or choose another folder.`);
    expect(readFileSync(target, 'utf8')).toBe('precious');
    expect(existsSync(path.join(root, LOCK_NAME))).toBe(false);
  });
});

/** A process that lives until killed, to hold a lock as another export would. */
function liveProcess() {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return { pid: child.pid!, stop: async () => (child.kill('SIGKILL'), await exited) };
}

const lockOf = (pid: number, host = os.hostname()) => `${JSON.stringify({ pid, host, startedAt: new Date().toISOString() })}\n`;

describe('export: one export per folder', () => {
  it('refuses a second export of a folder while the first one’s process lives, then takes the lock over once it is dead', async () => {
    const { db, root } = await exported();
    const other = liveProcess();
    try {
      writeFileSync(path.join(root, LOCK_NAME), lockOf(other.pid));
      const message = await refusal(runExport(db, root));
      expect(message).toContain(`Another export into “${root}” is running (process ${other.pid})`);
      expect(message).toContain(`remove “${LOCK_NAME}”`);
    } finally {
      await other.stop();
    }
    // Killed: its lock is stale, and its temp files are ours to remove at once.
    writeFileSync(path.join(root, 'Notes', '.0123456789ab.commonplace-tmp'), 'half');
    expect(await runExport(db, root)).toMatchObject({ conflicts: [], cancelled: false });
    expect(existsSync(path.join(root, LOCK_NAME))).toBe(false);
    expect(existsSync(path.join(root, 'Notes', '.0123456789ab.commonplace-tmp'))).toBe(false);
  });

  it('refuses the same app exporting the same folder twice at once', async () => {
    const { db, root } = await exported();
    let startSecond!: (started: { export: Promise<unknown> }) => void;
    const secondStarted = new Promise<{ export: Promise<unknown> }>((resolve) => (startSecond = resolve));
    let second: Promise<unknown> | null = null;
    const first = runExport(db, root, {
      allArticles: true,
      onProgress: () => {
        // The first holds the lock from before its first progress report until it has finished
        // (six files, each synced): the second, started now, finds it held.
        if (second) return;
        second = runExport(db, root);
        startSecond({ export: second });
      },
    });
    const message = await refusal((await secondStarted).export);
    expect(message).toContain(`(process ${process.pid})`);
    expect(await first).toMatchObject({ conflicts: [], cancelled: false });
    expect(existsSync(path.join(root, 'Notes', 'Field notes.md'))).toBe(true);
  });

  it('waits on a lock from another machine or one being written, and takes over an old empty one', async () => {
    const { db, root } = await exported();
    const lock = path.join(root, LOCK_NAME);
    writeFileSync(lock, lockOf(1, 'another-machine'));
    expect(await refusal(runExport(db, root))).toContain('(process 1 on another-machine)');
    writeFileSync(lock, '');
    expect(await refusal(runExport(db, root))).toContain('Another export into');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    expect(await runExport(db, root)).toMatchObject({ conflicts: [] });
    expect(existsSync(lock)).toBe(false);
  });

  it('refuses a lock that is not a file, and releases its own when the export fails', async () => {
    const { db, root } = await exported();
    mkdirSync(path.join(root, LOCK_NAME));
    expect(await refusal(runExport(db, root))).toContain('is not a file Commonplace made');

    const { db: db2, root: root2 } = await exported();
    writeFileSync(path.join(root2, MANIFEST_NAME), '{ damaged');
    expect(await refusal(runExport(db2, root2))).toContain('is damaged');
    expect(existsSync(path.join(root2, LOCK_NAME))).toBe(false);
  });
});
