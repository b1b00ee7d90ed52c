/**
 * Starts the built Electron app (`out/main/electron.cjs`, via package.json "main") with its
 * library in a fresh temp folder, and records every request its window makes.
 */
import { _electron as electron, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const articlesDir = path.resolve(repoRoot, '../shared/fixtures/articles');

export interface RunningApp {
  electronApp: ElectronApplication;
  page: Page;
  /** Every URL the window requested once it was open, to check that nothing left the app. */
  requests: string[];
  close(): Promise<void>;
}

export async function launchApp(): Promise<RunningApp> {
  const home = mkdtempSync(path.join(os.tmpdir(), 'commonplace-electron-'));
  // The library lives in the OS's user data folder (main/library/paths.ts); pointing the
  // variables it reads at a temp folder keeps the tester's own library out of reach.
  const electronApp = await electron.launch({
    args: [repoRoot],
    cwd: repoRoot,
    env: { ...process.env, HOME: home, USERPROFILE: home, APPDATA: home, XDG_CONFIG_HOME: home },
  });
  const page = await electronApp.firstWindow();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  return {
    electronApp,
    page,
    requests,
    async close() {
      await electronApp.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * Makes the next native open dialog answer with these paths: Playwright cannot click in an OS
 * dialog, so the main process's `dialog.showOpenDialog` is replaced, and everything after it
 * (host.chooseImportFiles, import.run with path sources) is the app's own path.
 */
export async function answerOpenDialog(electronApp: ElectronApplication, filePaths: string[]): Promise<void> {
  await electronApp.evaluate(({ dialog }, paths) => {
    dialog.showOpenDialog = (() => Promise.resolve({ canceled: false, filePaths: paths })) as typeof dialog.showOpenDialog;
  }, filePaths);
}
