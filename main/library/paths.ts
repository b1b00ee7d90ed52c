/**
 * Where the app keeps its library by default: the OS's per-user app data folder, the same
 * folder Electron's `app.getPath('userData')` gives for "Commonplace", so the app, the CLI and
 * the preview all open the same file unless told otherwise.
 */
import os from 'node:os';
import path from 'node:path';

export const LIBRARY_FILE_NAME = 'library.commonplace';

export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Commonplace');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Commonplace');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Commonplace');
}

export function defaultLibraryPath(): string {
  return path.join(userDataDir(), LIBRARY_FILE_NAME);
}
