/**
 * The `commonplace` command: the same library code as the app, for scripts and terminals.
 * Results go to stdout (`--json` for scripts); messages and errors to stderr. Exit codes: 0 done,
 * 1 failed (the message says why), 2 bad usage (the message and a pointer to `--help`).
 */
import { version } from '../../package.json';
import path from 'node:path';
import { closeLibrary, translateStoreError } from '../../db/open';
import { LibraryDamagedError } from '../../db/errors';
// Not the backup barrel: listing and restoring backups are loaded only when a damaged library needs them.
import { backupBeforeMigration, backupIfFirstToday } from '../library/backup/auto';
import { COMMANDS, findCommand } from './commands';
import { startParserEarly, stopUnusedParser } from './early-parser';
import { commandHelpText, usageText } from './help';
import { libraryPath, openLibraryFor } from './library';
import { GLOBAL_OPTIONS, peek, type OptionTable } from './options';
import { UsageError } from './usage-error';
import { err, out } from './output';

const EVERY_OPTION: OptionTable = { ...GLOBAL_OPTIONS, ...Object.fromEntries(Object.values(COMMANDS).flatMap((c) => Object.entries(c.options))) };

async function run(argv: readonly string[]): Promise<number> {
  const asked = peek(argv, EVERY_OPTION);
  if (asked.version) {
    out(version);
    return 0;
  }
  const name = asked.command;
  if (name === undefined || name === 'help') return help(name === 'help' ? asked.topic : undefined, asked.help || name === 'help');
  // Known once the command's arguments are parsed: a store error met later (a full disk, a
  // damaged page) is then told in words about this file, not as SQLite's code.
  let libraryFile: string | undefined;
  try {
    const command = findCommand(name);
    if (!command) throw new UsageError(`Unknown command "${name}". The commands are: ${Object.keys(COMMANDS).join(', ')}.`);
    if (asked.help) {
      out(commandHelpText(name) ?? '');
      return 0;
    }
    const prepared = command.prepare(argv);
    libraryFile = libraryPath(prepared.library);
    if (prepared.closed) return await prepared.closed(libraryFile);
    if (prepared.parses) startParserEarly();
    const db = openLibraryFor(prepared.use, prepared.library, prepared.create, { beforeMigrate: backupBeforeMigration() });
    try {
      // The first write of the day backs the library up first (read commands never write).
      if (prepared.writes) await backupIfFirstToday(db, { warn: (message) => console.error(`commonplace: ${message}`) });
      return await prepared.run(db);
    } finally {
      closeLibrary(db);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw libraryFile === undefined ? error : await withBackupOffer(translateStoreError(error, libraryFile), libraryFile);
    err(`commonplace: ${error.message}`);
    err(`Run \`commonplace${findCommand(name) ? ` ${name}` : ''} --help\` for usage.`);
    return 2;
  } finally {
    await stopUnusedParser();
  }
}

/** A damaged library's message names the newest backup that passes the check, and how to restore it. */
async function withBackupOffer(error: unknown, libraryFile: string): Promise<unknown> {
  if (!(error instanceof LibraryDamagedError)) return error;
  const { newestGoodBackup } = await import('../library/backup/list');
  const good = newestGoodBackup(libraryFile);
  error.message += good
    ? ` The newest good backup is ${good.file} (${good.createdAt.slice(0, 16).replace('T', ' ')} UTC, ${good.articles} articles, ${good.notes} notes): \`commonplace restore "${good.file}"\` puts it back and keeps the damaged file as ${path.basename(libraryFile)}.damaged.`
    : ' No backup of it was found.';
  return error;
}

/** `commonplace`, `--help`, `help` and `help <command>`. Bare `commonplace` is a usage error. */
function help(topic: string | undefined, asked: boolean): number {
  if (topic !== undefined) {
    const text = commandHelpText(topic);
    if (text === undefined) {
      err(`commonplace: Unknown command "${topic}". The commands are: ${Object.keys(COMMANDS).join(', ')}.`);
      return 2;
    }
    out(text);
    return 0;
  }
  (asked ? out : err)(usageText());
  return asked ? 0 : 2;
}

// No process.exit: it would end the process before stdout has drained into a pipe (a reader
// slower than us got only its first 64 KiB). The exit code is set and the process ends once
// everything written has been taken.
run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    err(`commonplace: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
