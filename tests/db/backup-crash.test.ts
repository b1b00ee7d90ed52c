/**
 * Crash test: SIGKILL a process at random points while it backs up a library of a few thousand
 * articles (and writes to it between backups). After each kill the library passes
 * integrity_check, every file under a final backup name is whole and sound, and the next backup
 * sweeps the killed one's temp file.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeLibrary, openLibrary } from '../../db/open';
import { insertDocument } from '../../db/repos/documents';
import { createBackup } from '../../main/library/backup';
import { parseBackupFileName } from '../../main/library/backup/names';
import { repoRoot } from '../unit/fixtures';
import { newDocument, tempDir } from './helpers';

const ROUNDS = 6;

function check(file: string, sql: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return String(db.prepare(sql).pluck().get());
  } finally {
    db.close();
  }
}

/** Starts the child, waits until it has made `after` backups (0: until it starts), then kills it `delayMs` later. */
function runAndKill(library: string, delayMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'tests/db/backup-crash-child.ts'), library], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      // The first backup landed: the process is up and in its loop; kill it somewhere in a later one.
      if (timer === undefined && out.includes('\n')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`child ended without being killed (code ${code}): ${err}`));
      else resolve(out);
    });
  });
}

describe('a backup killed with SIGKILL', () => {
  it('leaves the library sound and no half backup under a final name', async () => {
    const dir = tempDir();
    const library = path.join(dir, 'library.commonplace');
    const db = openLibrary(library);
    const body = 'Words of an article that make the file large enough for a backup to take several steps. '.repeat(20);
    db.transaction(() => {
      for (let i = 0; i < 3000; i++) insertDocument(db, newDocument({ plainText: `${i} ${body}`, blocksJson: JSON.stringify([{ kind: 'paragraph', text: `${i} ${body}` }]) }));
    })();
    closeLibrary(db);
    const folder = path.join(dir, 'Backups');
    let tempsSeen = 0;

    for (let round = 0; round < ROUNDS; round++) {
      // From right after the first backup to a few backups later: kills land in the copy, the
      // check, the rename, the rotation and the writes between.
      await runAndKill(library, Math.floor(Math.random() * 400));
      expect(check(library, 'PRAGMA integrity_check')).toBe('ok');
      for (const entry of readdirSync(folder)) {
        const file = path.join(folder, entry);
        if (entry.includes('.commonplace-backup-tmp')) {
          tempsSeen++;
          continue;
        }
        expect(parseBackupFileName('library', entry), entry).not.toBeNull();
        expect(check(file, 'PRAGMA integrity_check'), entry).toBe('ok');
        expect(Number(check(file, 'SELECT count(*) FROM documents')), entry).toBeGreaterThanOrEqual(3000);
      }
    }

    // The next backup (in this process) works, and sweeps whatever temp a kill left.
    const again = openLibrary(library);
    await createBackup(again);
    closeLibrary(again);
    expect(readdirSync(folder).filter((f) => f.includes('tmp'))).toEqual([]);
    console.log(`${ROUNDS} kills; ${tempsSeen} temp copies left by them, swept by the next backup`);
  }, 180_000);
});
