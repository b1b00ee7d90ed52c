/**
 * The library a host serves, behind one handler map that stays the same object: opened at start,
 * or, when the file fails to open as damaged, a damaged session. Then every call is refused with
 * what is wrong except `backups.damaged` (what the window shows: the damage and the newest good
 * backup) and `backups.restoreDamaged` (restore that backup, keeping the damaged file as
 * `<library>.damaged`, open the result, and from then on serve it like any library). No Electron
 * here: the browser host (preview.ts) and the Electron host wire it the same way.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { countLibrary } from '../../db/backup';
import type { Db } from '../../db/open';
import { contract, type Method } from '../contract';
import { decideOpenFailure, newestGoodBackup, offeredBackup, pendingRestoreFile, readBackupSettings, restoreLibrary, type DamagedLibrary } from '../library/backup';
import type { Handler, Handlers, HostHandlers } from '../handlers/types';
import { AppError } from '../library/errors';
import { checkTarget, copyCompanions, copyLibraryVerified, removeOldLibrary } from '../library/location';
import { decideRestart } from './restart';

export interface LibrarySessionOptions {
  file: string;
  /**
   * Opens the library at `file` as the host does (staged restore, backups, read-only fallback);
   * throws if it cannot. `file` is the session's file: the start's, or one switched to in Settings.
   */
  open(file: string): Db;
  handlersFor(db: Db): Handlers;
  host: HostHandlers;
  nativeBinding?: string | undefined;
  /** Closes the library. */
  close(db: Db): void;
  /**
   * Electron: starts the app again and quits this one (called after the reply has gone). Without
   * it, "Restart now" reopens the library in place.
   */
  relaunch?: (() => void) | undefined;
  /** Keeps the library switched to in Settings where the host keeps its settings, so the next start opens it. */
  remember?: ((file: string) => void) | undefined;
}

export interface LibrarySession {
  /** The same object for the session's life; calls go to the library's handlers once it is open. */
  handlers: Handlers;
  /** The open library, or null while it is damaged. */
  db(): Db | null;
  /** Set while the library is damaged. */
  damaged(): DamagedLibrary | null;
  /** The library file served now (another after a switch in Settings). */
  file(): string;
}

/** Opens the library; a damaged one gives a damaged session, any other failure is thrown. */
export function openLibrarySession(options: LibrarySessionOptions): LibrarySession {
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  let file = options.file;
  const open = () => options.open(file);
  let db: Db | null = null;
  let damaged: DamagedLibrary | null = null;
  let current: Handlers;
  try {
    db = open();
    current = options.handlersFor(db);
  } catch (error) {
    const decision = decideOpenFailure(error, options.file, {
      newestGoodBackup: (file) => newestGoodBackup(file, binding),
      backupFolder: (file) => readBackupSettings(file).folder,
    });
    if (decision.kind === 'fail') throw error;
    damaged = decision.damaged;
    current = damagedHandlers(damaged, options.host, ({ name }) => {
      const offered = damaged === null ? null : offeredBackup(damaged, name);
      if (damaged === null || offered === null) throw new AppError('not_found', `${name} is not the backup offered for this library. Reload the window to see what is offered now.`);
      const restored = restoreLibrary(damaged.file, offered.file, { ...binding, damaged: true });
      // The file is the backup now, never again to be restored over as damaged; open it as the host opens a library.
      damaged = null;
      current = unavailableHandlers(options.host, 'The backup was restored, but Commonplace could not open it. Quit and reopen Commonplace.');
      const opened = open();
      db = opened;
      current = options.handlersFor(opened);
      return { restored: true as const, articles: restored.articles, notes: restored.notes, keptAs: restored.beforeRestore ?? `${restored.library}.damaged` };
    });
  }
  // Calls still running (those that answer later: import, export, backup, cleanup), so a restart never closes the library under one.
  let running = 0;
  const restartNow: Handler<'backups.restartNow'> = () => {
    const decision = decideRestart({ staged: existsSync(pendingRestoreFile(file)), damaged: damaged !== null, canRelaunch: options.relaunch !== undefined, busy: running > 0 });
    if (decision.kind === 'refuse') throw new AppError('refused', decision.message);
    if (decision.kind === 'relaunch') {
      // After this reply has been sent: the new process applies the restore before it opens.
      setImmediate(() => options.relaunch?.());
      return { how: 'relaunch' as const, articles: null, notes: null };
    }
    // In place: no call runs meanwhile (this is synchronous); the host's open applies the restore.
    if (db) options.close(db);
    db = null;
    current = unavailableHandlers(options.host, 'Commonplace could not open your library again after the restore. Quit and reopen Commonplace.');
    const reopen = (): Db => {
      const opened = open();
      db = opened;
      current = options.handlersFor(opened);
      return opened;
    };
    try {
      return { how: 'reopened' as const, ...countLibrary(reopen()) };
    } catch (error) {
      // The restore was refused (its marker is gone either way): the library opens as it was, and the reply says why.
      reopen();
      throw error;
    }
  };
  const delegate = (method: Method) => (input: never, ctx: never) => {
    const result = (current[method] as (i: never, c: never) => unknown)(input, ctx);
    if (!(result instanceof Promise)) return result;
    running++;
    return result.finally(() => running--);
  };
  // Settings' Open another, Create a new, Move (issue 11): the decision is main/library/location's;
  // here the libraries are closed and opened. Synchronous from the check to the end, so no call
  // runs in between; refused while one that answers later (an import, an export) is running.
  const checkLibraryTarget: Handler<'library.checkTarget'> = ({ action, path: typed }) => {
    if (damaged) throw new AppError('refused', 'Your library is damaged and not open: restore its newest good backup first.');
    return checkTarget(action, typed, db, file, binding);
  };
  const switchLibrary: Handler<'library.switch'> = ({ action, path: typed }) => {
    if (damaged || !db) throw new AppError('refused', 'Your library is damaged and not open: restore its newest good backup first.');
    if (running > 0) throw new AppError('refused', 'Commonplace is still working (an import, an export, a backup or a cleanup). Let it finish, then try again. Nothing was changed.');
    const target = checkTarget(action, typed, db, file, binding);
    const old = { file, db };
    if (action === 'move') {
      copyLibraryVerified(old.db, target.file, binding);
      copyCompanions(old.file, target.file);
    }
    // The old library closes only now; if the other will not open, the old one opens again and nothing changed.
    options.close(old.db);
    db = null;
    current = unavailableHandlers(options.host, 'Commonplace could not open your library again. Quit and reopen Commonplace.');
    let opened: Db;
    try {
      file = target.file;
      opened = open();
    } catch (error) {
      file = old.file;
      db = open();
      current = options.handlersFor(db);
      if (action === 'move') removeOldLibrary(target.file);
      throw error;
    }
    db = opened;
    current = options.handlersFor(opened);
    // A move is done once the copy is open as the library: only then does the old file go.
    if (action === 'move') removeOldLibrary(old.file);
    options.remember?.(file);
    return { action, file, ...countLibrary(opened) };
  };
  const own: Partial<Record<Method, unknown>> = { 'backups.restartNow': restartNow, 'library.checkTarget': checkLibraryTarget, 'library.switch': switchLibrary };
  const handlers = Object.fromEntries((Object.keys(contract) as Method[]).map((method) => [method, own[method] ?? delegate(method)])) as unknown as Handlers;
  return { handlers, db: () => db, damaged: () => damaged, file: () => file };
}

/** No library open: every call but the host's is refused with `message`. */
function unavailableHandlers(host: HostHandlers, message: string): Handlers {
  const refuse = () => {
    throw new AppError('refused', message);
  };
  return { ...(Object.fromEntries((Object.keys(contract) as Method[]).map((method) => [method, refuse])) as unknown as Handlers), ...host };
}

function damagedHandlers(damaged: DamagedLibrary, host: HostHandlers, restore: Handler<'backups.restoreDamaged'>): Handlers {
  const message = `Your library ${damaged.file} is damaged (${damaged.reason}), so it is not open. ${damaged.backup ? 'Restore the newest good backup to go on.' : 'No backup of it was found.'}`;
  return {
    ...unavailableHandlers(host, message),
    'backups.damaged': () => ({
      damaged: {
        file: damaged.file,
        reason: damaged.reason,
        folder: damaged.folder,
        keptAs: damaged.keptAs,
        backup: damaged.backup && {
          name: path.basename(damaged.backup.file),
          createdAt: damaged.backup.createdAt,
          size: damaged.backup.size,
          articles: damaged.backup.articles,
          notes: damaged.backup.notes,
        },
      },
    }),
    'backups.restoreDamaged': restore,
  };
}
