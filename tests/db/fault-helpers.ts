/**
 * Real faults for CLI tests: a small tmpfs (full disk, read-only mount) where this machine lets
 * us mount (as root, as CI runs), and a user other than root for permission tests, since root
 * ignores file modes (chmod 444 does not stop root writing).
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { repoRoot } from '../unit/fixtures';
import type { CliResult } from './cli-run';

export const isRoot = process.getuid?.() === 0;
/** The user the CLI runs as in permission tests: `nobody` when we are root, else ourselves. */
const NOBODY = 65_534;

const unmounts: (() => void)[] = [];
afterEach(() => {
  while (unmounts.length > 0) unmounts.pop()!();
});

function tryMount(dir: string, kib: number): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kib}k,mode=0777`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether tmpfs mounts work here (root with CAP_SYS_ADMIN); the tests that need them skip otherwise. */
export const canMount = ((): boolean => {
  if (!isRoot) return false;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'commonplace-mount-probe-'));
  const ok = tryMount(dir, 64);
  if (ok) execFileSync('umount', [dir]);
  rmdirSync(dir);
  return ok;
})();

/** A fresh tmpfs of `kib` KiB, unmounted and removed after the test. */
export function tmpfs(kib: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'commonplace-tmpfs-'));
  if (!tryMount(dir, kib)) throw new Error('mount failed');
  unmounts.push(() => {
    execFileSync('umount', ['-l', dir]);
    rmdirSync(dir);
  });
  return dir;
}

/** Makes a mounted tmpfs read-only from here on. */
export function remountReadOnly(dir: string): void {
  execFileSync('mount', ['-o', 'remount,ro', dir]);
}

/** Lets the other user reach a temp folder (mkdtemp makes them 0700). */
export function shareWithOtherUser(...dirs: string[]): void {
  if (isRoot) for (const d of dirs) chmodSync(d, 0o777);
}

/**
 * Runs the CLI as a real process; as the other user when `asOtherUser` and we are root, so
 * file modes apply to it as they do to anyone but root.
 */
export function cliRun(options: { asOtherUser?: boolean }, ...args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const other = options.asOtherUser === true && isRoot;
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'main/cli/index.ts'), ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(other ? { uid: NOBODY, gid: NOBODY, env: { ...process.env, HOME: os.tmpdir() } } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}
