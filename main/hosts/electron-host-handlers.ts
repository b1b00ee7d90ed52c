import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dialog, shell, type BrowserWindow } from 'electron';
import { version } from '../../package.json';
import type { HostHandlers } from '../handlers/types';
import { externalUrlToOpen, originalFileToOpen } from './electron-policy';

const ARTICLE_FILTERS = [
  { name: 'Articles, books and highlight exports', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'pdf', 'csv', 'epub'] },
  { name: 'All files', extensions: ['*'] },
];

const LIBRARY_FILTERS = [
  { name: 'Commonplace libraries', extensions: ['commonplace'] },
  { name: 'All files', extensions: ['*'] },
];

export function electronHostHandlers(window: () => BrowserWindow | null): HostHandlers {
  return {
    'host.info': () => ({ kind: 'electron', version }),
    'host.chooseImportFiles': async ({ folders }) => {
      const win = window();
      const options = {
        title: folders ? 'Import a folder of articles' : 'Import articles',
        properties: folders ? (['openDirectory', 'multiSelections'] as const) : (['openFile', 'multiSelections'] as const),
        filters: folders ? [] : ARTICLE_FILTERS,
      };
      const result = win ? await dialog.showOpenDialog(win, { ...options, properties: [...options.properties] }) : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
      return { supported: true, paths: result.canceled ? null : result.filePaths };
    },
    'host.chooseExportFolder': async () => {
      const win = window();
      const options = { title: 'Export to a folder', buttonLabel: 'Export here', properties: ['openDirectory', 'createDirectory', 'promptToCreate'] as Array<'openDirectory' | 'createDirectory' | 'promptToCreate'> };
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return { supported: true, path: result.canceled ? null : (result.filePaths[0] ?? null) };
    },
    // Open another library: an existing file. Create or move: a new name, in the save dialog (which asks before replacing; the library check refuses any file that exists anyway).
    'host.chooseLibraryFile': async ({ action }) => {
      const win = window();
      if (action === 'open') {
        const options = { title: 'Open another library', buttonLabel: 'Open library', properties: ['openFile'] as Array<'openFile'>, filters: LIBRARY_FILTERS };
        const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
        return { supported: true, path: result.canceled ? null : (result.filePaths[0] ?? null) };
      }
      const options = {
        title: action === 'create' ? 'Create a new library' : 'Move the library to',
        buttonLabel: action === 'create' ? 'Create library' : 'Move here',
        defaultPath: 'library.commonplace',
        filters: LIBRARY_FILTERS,
      };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return { supported: true, path: result.canceled ? null : (result.filePath ?? null) };
    },
    'host.showInFolder': async ({ path: folder }) => {
      // Only an existing folder is opened: opening a file would run it with its default program.
      if (!path.isAbsolute(folder)) return { shown: false };
      const stat = await fs.stat(folder).catch(() => null);
      if (!stat?.isDirectory()) return { shown: false };
      // openPath answers with an error message, or '' when the file manager opened.
      return { shown: (await shell.openPath(folder)) === '' };
    },
    'host.openExternal': async ({ url }) => {
      const target = externalUrlToOpen(url);
      if (target === null) return { opened: false };
      await shell.openExternal(target);
      return { opened: true };
    },
    'host.openOriginal': async ({ name, mediaType, base64 }) => {
      const bytes = Buffer.from(base64, 'base64');
      const decided = originalFileToOpen({ name, mediaType, bytes });
      if (decided === null) return { opened: false };
      // A folder of our own per opening, so two originals with one name never overwrite each other.
      const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'commonplace-original-'));
      const file = path.join(folder, decided.fileName);
      await fs.writeFile(file, bytes, { mode: 0o600 });
      return { opened: (await shell.openPath(file)) === '' };
    },
  };
}
