/**
 * The desktop shell: one window, the menu, dialogs, IPC wiring and the security fences around
 * the renderer. Everything else is shared with the browser host through the handler map.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, type IpcMainInvokeEvent } from 'electron';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { closeLibrary, openLibraryOrReadOnly } from '../../db/open';
import { applyPendingRestore, backupBeforeMigration, backupIfFirstToday } from '../library/backup';
import type { EventName, EventPayload } from '../contract';
import { dispatch } from '../dispatch';
import { createHandlers } from '../handlers/index';
import { bundledParser } from '../library/import/bundled-parser';
import type { Handlers } from '../handlers/types';
import { libraryAtStart, rememberLibrary } from '../library/location';
import { defaultLibraryPath, userDataDir } from '../library/paths';
import { electronHostHandlers } from './electron-host-handlers';
import { openLibrarySession, type LibrarySession } from './library-session';
import { buildMenu } from './electron-menu';
import {
  allowsNavigation,
  allowsPermission,
  allowsRedirect,
  allowsRequest,
  allowsWebview,
  APP_ENTRY_URL,
  APP_SCHEME,
  appResponseHeaders,
  decideIpcCall,
  resolveAppFile,
  windowOpenDecision,
  type IpcSender,
} from './electron-policy';

const rendererDir = path.join(__dirname, '..', 'renderer');

protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let mainWindow: BrowserWindow | null = null;
let library: LibrarySession | null = null;
/** Set once the user asked to quit, so a window closing after its last save finishes the quit. */
let quitting = false;

function send<E extends EventName>(event: E, payload: EventPayload<E>): void {
  for (const win of BrowserWindow.getAllWindows()) win.webContents.send('commonplace:event', event, payload);
}

/** In development better-sqlite3 is rebuilt for Electron's ABI beside node_modules (see build/scripts/electron-native.ts). */
function nativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const file = path.join(app.getAppPath(), '.cache', 'electron-native', `better_sqlite3-electron-${process.versions.electron}.node`);
  return existsSync(file) ? file : undefined;
}

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, rendererDir);
    if (file === null) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    return new Response(response.body, { status: response.status, headers: appResponseHeaders(response.headers) });
  });
}

function lockDown(): void {
  const ses = session.defaultSession;
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !allowsRequest(details.url) }));
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(allowsPermission(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => allowsPermission(permission));
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => {
      if (!allowsNavigation(event.url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!allowsRedirect(event.url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event, _webPreferences, params) => {
      if (!allowsWebview(params.src ?? '')) event.preventDefault();
    });
    contents.setWindowOpenHandler((details) => windowOpenDecision(details.url));
  });
}

/** The facts the policy needs about who sent a call; the identity checks need Electron's objects. */
function senderOf(event: IpcMainInvokeEvent): IpcSender {
  const frame = event.senderFrame;
  const contents = mainWindow?.webContents;
  const fromMainWindow = contents !== undefined && event.sender === contents;
  const isMainFrame = fromMainWindow && frame !== null && frame === contents.mainFrame;
  // A frame's URL is read only once it is known to be ours: other frames may be disposed.
  return { fromMainWindow, isMainFrame, frameUrl: isMainFrame && frame !== null ? frame.url : null };
}

function wireIpc(handlers: Handlers): void {
  ipcMain.handle('commonplace:invoke', async (event, method: unknown, input: unknown) => {
    const decision = decideIpcCall(senderOf(event), method);
    if (!decision.accept) return decision.reply;
    return dispatch(handlers, decision.method, input, { emit: send });
  });
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 720,
    minHeight: 480,
    title: 'Commonplace',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
    // The notes editor postpones a close to save its last keystrokes, then closes the window
    // itself; a quit that close interrupted (Cmd+Q on macOS) is finished here.
    if (quitting) app.quit();
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

/**
 * Opens the library: a restore staged from the Backups dialog is applied first (the library is
 * not open yet), a backup is made before any migration, and the day's first backup after.
 */
function openWithBackups(file: string, binding: string | undefined): ReturnType<typeof openLibraryOrReadOnly> {
  try {
    applyPendingRestore(file, binding ? { nativeBinding: binding } : {});
  } catch (error) {
    dialog.showErrorBox('The backup could not be restored', `${error instanceof Error ? error.message : String(error)}\n\nYour library opens as it was.`);
  }
  const options = binding ? { nativeBinding: binding } : {};
  const opened = openLibraryOrReadOnly(file, { ...options, beforeMigrate: backupBeforeMigration(options) });
  // A library open read-only is never backed up by the app: it cannot have changed.
  if (!opened.readOnly) void backupIfFirstToday(opened.db, { ...options, warn: (message) => console.error(message) });
  return opened;
}

/**
 * "Restart now" after a staged restore: a new process applies it before opening. A quit rather
 * than app.exit(), so the window's save-before-close of an open note runs first.
 */
function relaunch(): void {
  app.relaunch();
  app.quit();
}

async function start(): Promise<void> {
  await app.whenReady();
  lockDown();
  serveRenderer();
  let readOnly = null as string | null;
  // The library chosen last in Settings (library-location.json in the user data folder), else the default.
  const file = libraryAtStart(userDataDir(), defaultLibraryPath());
  const binding = nativeBinding();
  const host = electronHostHandlers(() => mainWindow);
  try {
    // Where the library cannot be written (read-only place, full disk) it is opened for
    // reading, and the window says so, rather than not starting at all. A damaged library
    // opens the window on the damage, offering its newest good backup (library-session.ts).
    library = openLibrarySession({
      file,
      nativeBinding: binding,
      host,
      open: (chosen) => {
        const opened = openWithBackups(chosen, binding);
        readOnly = opened.readOnly?.what ?? null;
        return opened.db;
      },
      handlersFor: (db) => createHandlers(db, host, bundledParser()),
      close: closeLibrary,
      relaunch,
      remember: (chosen) => rememberLibrary(userDataDir(), chosen),
    });
  } catch (error) {
    dialog.showErrorBox('Commonplace cannot open your library', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  wireIpc(library.handlers);
  Menu.setApplicationMenu(buildMenu(send, process.platform === 'darwin'));
  mainWindow = createWindow();
  if (readOnly !== null) {
    const fix = readOnly.includes('is full') ? 'Free some space on that disk, then restart Commonplace.' : 'Make it writable or move the library, then restart Commonplace.';
    void dialog.showMessageBox(mainWindow, {
      type: 'warning',
      message: 'Your library is open read-only',
      detail: `Commonplace cannot save changes: ${readOnly}. You can read, search and export; changes you try will not be kept. ${fix}`,
    });
  }
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', () => {
    const db = library?.db();
    if (db) closeLibrary(db);
    library = null;
  });
  void start();
}
