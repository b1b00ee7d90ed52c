/**
 * `npm run preview -- --library <file> [--port N]`: serves the UI to a browser on 127.0.0.1 and
 * prints its URL. The e2e tests start exactly this.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closeLibrary, openLibrary } from '../../db/open';
import { createHandlers } from '../handlers/index';
import { applyPendingRestore, backupBeforeMigration, backupIfFirstToday } from '../library/backup';
import { bundledParser } from '../library/import/bundled-parser';
import { libraryAtStart, rememberLibrary } from '../library/location';
import { defaultLibraryPath, userDataDir } from '../library/paths';
import { startBrowserHost } from './browser';
import { browserHostHandlers } from './browser-host-handlers';
import { openLibrarySession } from './library-session';

async function main(): Promise<void> {
  // Strict: a mistyped option is refused rather than ignored (the library would silently be the default one).
  const { values } = parseArgs({ args: process.argv.slice(2), options: { library: { type: 'string' }, port: { type: 'string' } }, strict: true, allowPositionals: false });
  // Without --library: the library chosen last in Settings, else the default; a choice is then
  // remembered beside the default library, as the app does. With --library (the e2e tests), that
  // file, and a switch in Settings lasts for this run only: nothing is written to the user's folder.
  const settingsDir = values.library === undefined ? userDataDir() : null;
  const libraryFile = path.resolve(values.library ?? libraryAtStart(userDataDir(), defaultLibraryPath()));
  const port = Number(values.port ?? '0');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port must be a number from 0 to 65535.');
  // As the app: a restore staged from the Backups dialog first, a backup before any migration, the
  // day's first backup. A damaged library is served as such: the window offers its newest good backup.
  const open = (file: string) => {
    applyPendingRestore(file);
    const db = openLibrary(file, { beforeMigrate: backupBeforeMigration() });
    void backupIfFirstToday(db, { warn: (message) => console.error(`commonplace preview: ${message}`) });
    return db;
  };
  const host = browserHostHandlers();
  // "Restart now" after a staged restore reopens the library in place (a browser has no app to relaunch).
  const session = openLibrarySession({
    file: libraryFile,
    open,
    close: closeLibrary,
    host,
    handlersFor: (db) => createHandlers(db, host, bundledParser()),
    remember: settingsDir === null ? undefined : (file) => rememberLibrary(settingsDir, file),
  });
  const damaged = session.damaged();
  if (damaged) console.error(`commonplace preview: the library ${damaged.file} is damaged (${damaged.reason}); the window offers ${damaged.backup ? `the backup ${damaged.backup.file}` : 'no backup: none was found'}.`);
  const server = await startBrowserHost({
    rendererDir: path.join(__dirname, '..', 'renderer'),
    port,
    createHandlers: () => session.handlers,
  });
  console.log(`Commonplace preview of ${libraryFile}`);
  console.log(`Open: ${server.url}`);
  const stop = () => {
    void server.close().then(() => {
      const db = session.db();
      if (db) closeLibrary(db);
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`commonplace preview: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
