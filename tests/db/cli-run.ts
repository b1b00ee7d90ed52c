import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../unit/fixtures';

const exec = promisify(execFile);
const entry = ['--import', 'tsx', path.join(repoRoot, 'main/cli/index.ts')];

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the `commonplace` command from source as a real process; never throws on a non-zero exit. */
export async function cli(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [...entry, ...args], { cwd: repoRoot });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/**
 * The same, with `input` written to the command's standard input through a pipe (as
 * `printf … | commonplace import -` does) and extra environment variables.
 */
export function cliWith(options: { input?: string; env?: Record<string, string> }, ...args: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...entry, ...args], { cwd: repoRoot, env: { ...process.env, ...options.env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** An environment whose default library lives under `dir`, on every platform paths.ts knows. */
export function defaultLibraryEnv(dir: string): Record<string, string> {
  return { XDG_CONFIG_HOME: path.join(dir, 'config'), APPDATA: path.join(dir, 'appdata'), HOME: dir, USERPROFILE: dir };
}
